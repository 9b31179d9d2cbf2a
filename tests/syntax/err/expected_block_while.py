while x:
x
