# One interpreter workload, sized by the command line, for counting
# instructions under `dosrun --stats` (dos_speed.py runs it at two sizes and
# divides the difference by the extra work):
#   speed_work.py fib N      fib(N) by naive recursion
#   speed_work.py gen N      a generator resumed N times by a for loop
#   speed_work.py pystone N  N loops of benches/pystone.py (as PYSTONE.PY)
#   speed_work.py cmul N     N complex multiplies (z = z * w in a for loop)
#   speed_work.py fmul N     the same loop multiplying floats
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def numbers(n):
    for i in range(n):
        yield i


kind, n = sys.argv[1], int(sys.argv[2])
if kind == "fib":
    print(fib(n))
elif kind == "gen":
    for _ in numbers(n):
        pass
elif kind == "pystone":
    sys.argv[1:] = [str(n)]
    import PYSTONE
elif kind in ("cmul", "fmul"):
    z, w = (1 + 0j, 0.6 + 0.8j) if kind == "cmul" else (1.0, 0.9999999)
    for _ in range(n):
        z = z * w
    print(abs(z))
