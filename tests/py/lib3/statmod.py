# statistics: averages, spread, quantiles, mixed types, errors
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9]
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]), st.mean([F(1, 2), 2]), st.mean(iter(ints)))
print(st.fmean(ints), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]),
      st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([3]), st.harmonic_mean([1, 0]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([F(1), F(2)]),
      st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbc"),
      st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.variance(data, 1.5), st.pvariance(ints, 4),
      st.stdev([1, 2, 3, 4, 5]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([1, 1]), st.stdev([0.1, 0.2, 0.3]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                    106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                    103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2.5], n=3),
      st.quantiles(range(10), n=1), st.quantiles([1, 9], n=5, method="inclusive"))
print(st.mean([float("inf"), 1]), st.fmean([1e307, 1e307]), st.median([float("nan")]))
errs = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
        lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([1]),
        lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"),
        lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([]), lambda: st.mean(["a"]),
        lambda: st.fmean([1, 2], weights=[1])]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(st.StatisticsError, ValueError))
