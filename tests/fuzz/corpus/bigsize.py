# issue 11, found by `make fuzz` (seed 1796683931): list/tuple/bytes of a
# range past sys.maxsize filled memory for minutes instead of OverflowError;
# bytes(2**64) and big repeat counts gave IndexError instead of OverflowError.
for e in ['tuple(range(2**64))', 'list(range(2**64))', 'bytes(range(2**64))',
          'bytes(2**64 + 3)', 'bytes(-2**100)', '[0] * Idx(2**70)', 'range(2**64)[::-1]']:
    class Idx:
        def __init__(self, n):
            self.n = n

        def __index__(self):
            return self.n
    try:
        r = eval(e)
        print(e, type(r).__name__)
    except Exception as x:
        print(e, type(x).__name__, x)
