if x:
  pass
   y
