def f():
    if x:
        pass
  # ok
   y = 1
