# The fractions module: Fraction, exact rational numbers over ints, with
# CPython's construction from int, str, float and Decimal, arithmetic mixed
# with int and float, limit_denominator, rounding, and the numeric hash
# (equal values hash equal across int, float and Fraction).

import math

__all__ = ["Fraction"]

_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(s):
    """(numerator, denominator) of a string like ' -3/7 ', '1.5e-3'."""
    t = s.strip()
    for i, c in enumerate(t):
        if c == "_" and not (0 < i < len(t) - 1 and t[i - 1].isdigit() and t[i + 1].isdigit()):
            return None
    t = t.replace("_", "")
    if not t:
        return None
    sign = 1
    if t[0] in "+-":
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    if "/" in t:
        num, _, den = t.partition("/")
        if not (num.isdigit() and den.isdigit() and num.isascii() and den.isascii()):
            return None
        return sign * int(num), int(den)
    exp = 0
    low = t.lower()
    if "e" in low:
        low, _, e = low.partition("e")
        if e[:1] in ("+", "-"):
            digits = e[1:]
        else:
            digits = e
        if not digits.isdigit() or not digits.isascii():
            return None
        exp = int(e)
    whole, dot, frac = low.partition(".")
    if not (whole or frac) or not all(p == "" or (p.isdigit() and p.isascii()) for p in (whole, frac)):
        return None
    num = int(whole + frac or "0")
    exp -= len(frac)
    if exp >= 0:
        return sign * num * 10 ** exp, 1
    return sign * num, 10 ** -exp


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                numerator, denominator = int(numerator), 1
            elif isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio") and type(numerator).__name__ == "Decimal":
                numerator, denominator = numerator.as_integer_ratio()
            elif hasattr(numerator, "numerator") and hasattr(numerator, "denominator"):
                numerator, denominator = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif all(isinstance(x, (int, Fraction)) for x in (numerator, denominator)):
            a, b = Fraction(numerator), Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = b._numerator * a._denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until q would pass
        # the limit, then pick the nearer of the last convergent and the
        # best semiconvergent below it.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _operands(self, other):
        """other as (numerator, denominator), or None for other types."""
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        return None

    def _arith(self, other, op, fop, reverse):
        pair = self._operands(other)
        if pair is not None:
            a, b = (pair, (self._numerator, self._denominator)) if reverse else \
                ((self._numerator, self._denominator), pair)
            return op(a, b)
        if isinstance(other, float):
            return fop(other, float(self)) if reverse else fop(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._arith(other, _add, lambda x, y: x + y, False)

    def __radd__(self, other):
        return self._arith(other, _add, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._arith(other, _sub, lambda x, y: x - y, False)

    def __rsub__(self, other):
        return self._arith(other, _sub, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._arith(other, _mul, lambda x, y: x * y, False)

    def __rmul__(self, other):
        return self._arith(other, _mul, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._arith(other, _div, lambda x, y: x / y, False)

    def __rtruediv__(self, other):
        return self._arith(other, _div, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._arith(other, _floordiv, lambda x, y: x // y, False)

    def __rfloordiv__(self, other):
        return self._arith(other, _floordiv, lambda x, y: x // y, True)

    def __mod__(self, other):
        return self._arith(other, _mod, lambda x, y: x % y, False)

    def __rmod__(self, other):
        return self._arith(other, _mod, lambda x, y: x % y, True)

    def __divmod__(self, other):
        return self._arith(other, _divmod, divmod, False)

    def __rdivmod__(self, other):
        return self._arith(other, _divmod, divmod, True)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other) if isinstance(other, int) else other._numerator
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power, _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction(self._denominator ** -power, self._numerator ** -power, _normalize=False)
            return Fraction((-self._denominator) ** -power, (-self._numerator) ** -power, _normalize=False)
        if isinstance(other, (float, Fraction)):
            return float(self) ** (float(other) if isinstance(other, Fraction) else other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if r * 2 < self._denominator or (r * 2 == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inv = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._numerator == other and self._denominator == 1
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return False
            return self == Fraction.from_float(other)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            n, d = self._operands(other)
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return op(0.0, other)
            return self._richcmp(Fraction.from_float(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._richcmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._richcmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._richcmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _add(a, b):
    return Fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _sub(a, b):
    return Fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _mul(a, b):
    return Fraction(a[0] * b[0], a[1] * b[1])


def _div(a, b):
    if b[0] == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (a[0] * b[1]))
    return Fraction(a[0] * b[1], a[1] * b[0])


def _floordiv(a, b):
    return (a[0] * b[1]) // (b[0] * a[1])


def _mod(a, b):
    d = a[1] * b[1]
    return Fraction((a[0] * b[1]) % (b[0] * a[1]), d)


def _divmod(a, b):
    q, r = divmod(a[0] * b[1], a[1] * b[0])
    return q, Fraction(r, a[1] * b[1])


def _register_with_numbers():
    # numbers.Rational/Number lists this module's class if numbers is
    # already loaded (else numbers does it when it loads).
    import sys
    if 'numbers' in sys.modules:
        sys.modules['numbers']._register_late('fractions')


_register_with_numbers()
