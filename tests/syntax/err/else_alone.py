else:
 pass
