pass
x; y; z
x;
del x
del x, y
del x.y, x[0]
del (x, y)
del [x, y]
del (x)
global a
global a, b, c
nonlocal_ = 1
print(1)
x
1
'docstring'
...
None
True
False
x.y
-1
