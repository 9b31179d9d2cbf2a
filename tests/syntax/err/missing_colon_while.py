while x
 pass
