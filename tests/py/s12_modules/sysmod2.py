# sys: argv, path, modules, std streams, recursion limit, exit
import sys
print(sys.argv[0], isinstance(sys.path, list), "sys" in sys.modules, sys.modules["sys"] is sys)
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.byteorder in ("little", "big"), sys.maxsize > 0, type(sys.version_info).__name__ != "")
sys.stdout.write("direct write\n")
