# statistics: NormalDist (every method, arithmetic, errors) and the
# two-variable functions covariance, correlation, linear_regression
from statistics import NormalDist, StatisticsError, correlation, covariance, linear_regression
from fractions import Fraction


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


n = NormalDist(100, 15)
print(n, repr(NormalDist()), n.mean, n.median, n.mode, n.stdev, n.variance)
for x in (40, 85, 100, 115.5, 160):
    print(x, n.pdf(x), n.cdf(x), n.zscore(x))
for p in (1e-300, 1e-20, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.97575, 0.999, 1 - 1e-12):
    print(p, NormalDist().inv_cdf(p), n.inv_cdf(p))
print(n.quantiles(), n.quantiles(10), NormalDist(2, 3).quantiles(n=3))
print(n.overlap(NormalDist(110, 15)), n.overlap(NormalDist(100, 30)), NormalDist(5, 2).overlap(NormalDist(3, 1)), n.overlap(n))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 4, n / -4, +n, -n)
print(n + NormalDist(10, 20), n - NormalDist(10, 20))
print(n == NormalDist(100.0, 15.0), n == NormalDist(100, 16), n != 3, n.__eq__(3), hash(n) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist(Fraction(1, 2), 2), NormalDist(True, False), type(NormalDist(1, 2).mean).__name__)
print(n.samples(4, seed=42), NormalDist(0, 1).samples(3, seed="abc"), len(n.samples(7)), NormalDist().samples(0))
print(attempt(lambda: NormalDist(0, -1)), attempt(lambda: NormalDist(1, 0).pdf(1)), attempt(lambda: NormalDist(1, 0).cdf(1)))
print(attempt(lambda: NormalDist(1, 0).inv_cdf(0.5)), attempt(lambda: n.inv_cdf(0)), attempt(lambda: n.inv_cdf(1.0)))
print(attempt(lambda: NormalDist(1, 0).zscore(1)), attempt(lambda: n.overlap(3)), attempt(lambda: n.overlap(NormalDist(1, 0))))
print(attempt(lambda: NormalDist.from_samples([1])), attempt(lambda: n.x), attempt(lambda: setattr(n, "x", 1)))
import pickle, copy
print(pickle.loads(pickle.dumps(n)), copy.copy(n), copy.deepcopy(n) == n)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), covariance(y, x), covariance([1.5, 2.5], [0.5, 7]), correlation(x, x), correlation(x, y))
print(correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), correlation([1, 2, 3], [2.5, 3.5, 4.0]))
r = linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12])
print(r, r.slope, r.intercept, type(r).__name__, linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(linear_regression(range(10), [2 * i + 1 for i in range(10)]))
for bad in (lambda: covariance([1], [1]), lambda: covariance([1, 2], [1]), lambda: correlation([1, 1, 1], [1, 2, 3]),
            lambda: correlation([1], [2]), lambda: correlation([1, 2], [1, 2, 3]), lambda: linear_regression([1, 1], [1, 2]),
            lambda: linear_regression([1], [1]), lambda: linear_regression([1, 2], [1]),
            lambda: linear_regression([1, 2], [1, 2], True)):
    print(attempt(bad))
print(issubclass(StatisticsError, ValueError))
