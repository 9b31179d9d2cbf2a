# The random module: Random, its distributions and the module-level
# functions bound to one shared instance. Written here from the documented
# behaviour of Python 3.11's random module; the draws are taken in the
# same order as python3 (whole numbers by rejection sampling over
# getrandbits, floats from random()), so one seed gives the same results.
# The generator itself (_seed, _random, _getrandbits) is native (random.rs).

from math import log as _log, sqrt as _sqrt, ceil as _ceil, floor as _floor, cos as _cos, sin as _sin, pi as _pi, isfinite as _isfinite
from math import exp as _exp, acos as _acos, e as _e

_TWOPI = 2.0 * _pi
_NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
_LOG4 = _log(4.0)
_SG_MAGICCONST = 1.0 + _log(4.5)
_RECIP_BPF = 2 ** -53


class Random:
    """A Mersenne Twister generator with the documented distributions."""

    def __init__(self, x=None):
        self._state = [0] * 625
        self.seed(x)

    def seed(self, a=None, version=2):
        if version == 2 and isinstance(a, (str, bytes, bytearray)):
            # As CPython: the text's bytes followed by their SHA-512, as an int.
            from hashlib import sha512
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + sha512(a).digest(), "big")
        _seed(self._state, a)
        self._next_gauss = None

    def random(self):
        return _random(self._state)

    def getrandbits(self, k):
        return _getrandbits(self._state, k)

    def getstate(self):
        return (3, tuple(self._state), self._next_gauss)

    def setstate(self, state):
        version = state[0]
        if version != 3:
            raise ValueError("state with version %s passed to Random.setstate() of version 3" % (version,))
        words = state[1]
        if len(words) != 625 or not all(isinstance(w, int) for w in words):
            raise ValueError("state vector is the wrong size")
        self._state = list(words)
        self._next_gauss = state[2]

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def _randbelow(self, n):
        """A whole number in [0, n): draw bit_length(n) bits until < n."""
        bits = n.bit_length()
        r = self.getrandbits(bits)
        while r >= n:
            r = self.getrandbits(bits)
        return r

    def randrange(self, start, stop=None, step=1):
        start = _as_int(start, 'non-integer arg 1 for randrange()')
        if stop is None:
            if start > 0:
                return self._randbelow(start)
            raise ValueError('empty range for randrange()')
        stop = _as_int(stop, 'non-integer stop for randrange()')
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f'empty range for randrange() ({start}, {stop}, {width})')
        step = _as_int(step, 'non-integer step for randrange()')
        if step == 0:
            raise ValueError('zero step for randrange()')
        count = -(-width // step)  # the number of values in range(start, stop, step)
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return start + step * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Fisher-Yates from the end: slot i swaps with a slot in [0, i]."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        if counts is not None:
            # Sample positions in the expanded population, then map back.
            bounds = []
            total = 0
            for c in counts:
                total += c
                bounds.append(total)
            if len(bounds) != len(population):
                raise ValueError('The number of counts does not match the population')
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k)
            return [population[_bisect(bounds, p)] for p in picks]
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        # Small populations: partial shuffle of a copy. Large ones: draw
        # indexes and redraw repeats (the same threshold as python3, so the
        # same draws are made).
        small_limit = 21
        if k > 5:
            small_limit += 4 ** _ceil(_log(k * 3, 4))
        if n <= small_limit:
            pool = list(population)
            picks = []
            for i in range(k):
                j = self._randbelow(n - i)
                picks.append(pool[j])
                pool[j] = pool[n - i - 1]
            return picks
        taken = set()
        picks = []
        for _ in range(k):
            j = self._randbelow(n)
            while j in taken:
                j = self._randbelow(n)
            taken.add(j)
            picks.append(population[j])
        return picks

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(self.random() * n)] for _ in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, last)]
                for _ in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            # Mirror: the upper side is the lower side of the flipped shape.
            u, c, low, high = 1.0 - u, 1.0 - c, high, low
        return low + (high - low) * _sqrt(u * c)

    def gauss(self, mu=0.0, sigma=1.0):
        """Box-Muller: two draws give two normal values; the second is
        kept for the next call."""
        z = self._next_gauss
        self._next_gauss = None
        if z is None:
            angle = self.random() * 2.0 * _pi
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self._next_gauss = _sin(angle) * radius
        return mu + z * sigma

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    # The distributions below draw exactly as python3's do (the documented
    # methods: Kinderman-Monahan ratio of uniforms, Best-Fisher for von
    # Mises, Cheng's and Ahrens-Dieter's rejection for gamma), so one seed
    # gives the same values.

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return _TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % _TWOPI
        return (mu - _acos(f)) % _TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    return x * beta
            elif u1 <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Draws from os.urandom, the best entropy the platform has; seed and
    state do not apply."""

    def __init__(self, x=None):
        self._next_gauss = None

    def random(self):
        from os import urandom
        return (int.from_bytes(urandom(7), "big") >> 3) * _RECIP_BPF

    def getrandbits(self, k):
        from os import urandom
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        n = (k + 7) // 8
        return int.from_bytes(urandom(n), "big") >> (n * 8 - k)

    def randbytes(self, n):
        from os import urandom
        return urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


def _as_int(v, message):
    # Python 3.11 still accepts integral floats (with a DeprecationWarning).
    if isinstance(v, int):
        return v
    i = int(v)
    if i != v:
        raise ValueError(message)
    return i


def _bisect(a, x, lo=0, hi=None):
    # bisect_right: the first index whose item is greater than x.
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_inst = Random()
seed = _inst.seed
random = _inst.random
getrandbits = _inst.getrandbits
getstate = _inst.getstate
setstate = _inst.setstate
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
choices = _inst.choices
shuffle = _inst.shuffle
sample = _inst.sample
uniform = _inst.uniform
triangular = _inst.triangular
gauss = _inst.gauss
expovariate = _inst.expovariate
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
randbytes = _inst.randbytes
