# mode: -c
# args: first second
# the program text given with -c: sys.argv[0] is "-c", the arguments follow
import sys
print(sys.argv)
print(__name__, sum(range(5)))
import _moda
print(_moda.double(21))
