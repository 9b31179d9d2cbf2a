# 100,000 small objects (2-attribute instances) alive at once: run by
# benches/memory/report.py, which reads the peak RSS of the process.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
keep = [P(i, i) for i in range(N)]
print(len(keep))
