# The statistics module: averages (mean, fmean, geometric_mean,
# harmonic_mean, median and its variants, mode, multimode), spread
# (variance, pvariance, stdev, pstdev), quantiles and StatisticsError.
# Sums are exact (over Fractions) and come back in the data's own type
# (int, float, Fraction or Decimal), as CPython's do.

import math
from fractions import Fraction

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
           "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _is_decimal(x):
    return _is_decimal_type(type(x))


def _is_decimal_type(T):
    return getattr(T, "__name__", "") == "Decimal" and hasattr(T, "as_tuple")


def _exact(x):
    """x as (numerator, denominator); a nan or inf stays a float."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            return x
        return x.as_integer_ratio()
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    if _is_decimal(x):
        if not x.is_finite():
            return x
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(T, S):
    """The type a sum of T and S values comes back in."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("can't convert type '%s' to numerator/denominator" % S.__name__)


def _sum(data):
    """(type, exact sum as a Fraction or a float nan/inf, count)."""
    T = int
    count = 0
    partials = {}
    special = None
    for x in data:
        T = _coerce(T, type(x))
        e = _exact(x)
        count += 1
        if isinstance(e, tuple):
            n, d = e
            partials[d] = partials.get(d, 0) + n
        else:
            special = e if special is None else special + e
    if special is not None:
        return T, special, count
    total = sum(Fraction(n, d) for d, n in partials.items())
    return T, Fraction(total), count


def _convert(value, T):
    if type(value) is T:
        return value
    if not isinstance(value, Fraction):
        return T(value) if T is not int else value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if issubclass(T, float) or T is float:
        return value.numerator / value.denominator
    if _is_decimal_type(T):
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or _is_decimal(x):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError("expected number but got %r" % (obj,))
    L = x - interval / 2
    below = data.index(x)
    count = n - below - data[::-1].index(x)
    return L + interval * (n / 2 - below) / count


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean, count)."""
    data = list(data)
    if c is not None:
        T, total, n = _sum((x - c) ** 2 for x in data)
        return T, total, n
    T, total, n = _sum(data)
    if not isinstance(total, Fraction):
        return T, total, n
    if n == 0:
        return T, total, n
    m = total / n
    ss = Fraction(0)
    for x in data:
        e = _exact(x)
        d = Fraction(e[0], e[1]) - m
        ss += d * d
    return T, ss, n


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _sqrt_frac(n, m):
    """The float nearest sqrt(n/m), correctly rounded: an integer root
    with 55+ bits rounded to odd, so the one rounding to 53 bits is right."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        a = math.isqrt(n // (m << 2 * q))
        exact = a * a * (m << 2 * q) == n
        return ((a | (not exact)) << q) / 1
    num = n << -2 * q
    a = math.isqrt(num // m)
    a |= a * a * m != num
    return a / (1 << -q)


def _spread_sqrt(value, T):
    if isinstance(value, Fraction):
        if _is_decimal_type(T):
            return (T(value.numerator) / T(value.denominator)).sqrt()
        return _sqrt_frac(value.numerator, value.denominator)
    return math.sqrt(value)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _spread_sqrt(ss / (n - 1) if isinstance(ss, Fraction) else ss / (n - 1), T)


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _spread_sqrt(ss / n, T)


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))
