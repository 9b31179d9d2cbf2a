try:
 pass
x
