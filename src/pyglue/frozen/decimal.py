# The decimal module: Decimal floating point after the General Decimal
# Arithmetic specification, as CPython 3.11 documents it: contexts
# (precision, rounding, exponent limits, flags and traps), the signals, and
# the arithmetic (+ - * / // % divmod, integral **, sqrt, exp, ln, log10,
# quantize, to_integral, comparisons, hashing equal to int and float), the
# logical operations, digit shifts and rotations, and next_plus/minus/toward.
# A Decimal is a sign, an int coefficient and an int exponent (or a
# special: infinity, quiet or signaling NaN); each operation is computed
# exactly (or with a sticky digit) and rounded once by _finish.

import math as _math
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = False
HAVE_CONTEXTVAR = False


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in the order Context's repr lists them.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
            Underflow]
# ... and in the order flags and traps hold them.
_DICT_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
               Clamped]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent")


# --- contexts ----------------------------------------------------------

class _SignalDict(dict):
    """flags and traps: a dict of the signals that refuses other keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        dict.__setitem__(self, key, bool(value))

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        return dict.__getitem__(self, key)

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (s.__name__, self[s]) for s in _DICT_ORDER) + "}"


def _signal_dict(on):
    d = _SignalDict()
    for s in _DICT_ORDER:
        dict.__setitem__(d, s, s in on)
    return d


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = [s for s in _SIGNALS if dc.traps[s]] if dc else [InvalidOperation, DivisionByZero, Overflow]
        if isinstance(traps, dict):
            traps = [s for s in _SIGNALS if traps.get(s)]
        self.traps = _signal_dict(traps)
        if flags is None:
            flags = []
        if isinstance(flags, dict):
            flags = [s for s in _SIGNALS if flags.get(s)]
        self.flags = _signal_dict(flags)

    def __setattr__(self, name, value):
        if name == "prec":
            _check_int(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            _check_int(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            _check_int(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")
        elif name in ("capitals", "clamp"):
            _check_int(value, 0, 1, "valid values for %s are 0 or 1" % name)
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name in ("flags", "traps"):
            if not isinstance(value, _SignalDict):
                raise TypeError("%s must be a signal dict" % name)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ", ".join(s.__name__ for s in _SIGNALS if self.flags[s]),
                   ", ".join(s.__name__ for s in _SIGNALS if self.traps[s])))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       [s for s in _SIGNALS if self.flags[s]], [s for s in _SIGNALS if self.traps[s]])

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        """Record `condition`; raise it if its signal is trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        dict.__setitem__(self.flags, signal, True)
        if dict.__getitem__(self.traps, signal):
            raise signal([condition])

    def _raise_all(self, conditions):
        """Record every condition of one result, then raise the trapped
        ones (as C's decimal: all flags are set before the trap fires)."""
        trapped = []
        for condition in conditions:
            signal = _CONDITION_SIGNAL.get(condition, condition)
            dict.__setitem__(self.flags, signal, True)
            if dict.__getitem__(self.traps, signal):
                trapped.append(condition)
        if trapped:
            raise _CONDITION_SIGNAL.get(trapped[0], trapped[0])(trapped)

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            return _nan_syntax(self)
        d = Decimal(num, self)
        if d._special and d._exp != "F" and len(str(d._int)) > self.prec - self.clamp and d._int:
            return _nan_syntax(self)
        return d._finish(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._finish(self)

    def _apply(self, name, *args):
        a = _convert(args[0], self, True)
        rest = [_convert(x, self, True) for x in args[1:]]
        return getattr(a, name)(*rest, context=self)

    def abs(self, a):
        return self._apply("__abs__", a)

    def add(self, a, b):
        return self._apply("__add__", a, b)

    def subtract(self, a, b):
        return self._apply("__sub__", a, b)

    def multiply(self, a, b):
        return self._apply("__mul__", a, b)

    def divide(self, a, b):
        return self._apply("__truediv__", a, b)

    def divide_int(self, a, b):
        return self._apply("__floordiv__", a, b)

    def remainder(self, a, b):
        return self._apply("__mod__", a, b)

    def divmod(self, a, b):
        return self._apply("__divmod__", a, b)

    def power(self, a, b, modulo=None):
        return _convert(a, self, True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return self._apply("__pos__", a)

    def minus(self, a):
        return self._apply("__neg__", a)

    def sqrt(self, a):
        return self._apply("sqrt", a)

    def exp(self, a):
        return self._apply("exp", a)

    def ln(self, a):
        return self._apply("ln", a)

    def log10(self, a):
        return self._apply("log10", a)

    def quantize(self, a, b):
        return self._apply("quantize", a, b)

    def compare(self, a, b):
        return self._apply("compare", a, b)

    def max(self, a, b):
        return self._apply("max", a, b)

    def min(self, a, b):
        return self._apply("min", a, b)

    def fma(self, a, b, c):
        return self._apply("fma", a, b, c)

    def normalize(self, a):
        return self._apply("normalize", a)

    def to_integral_value(self, a):
        return self._apply("to_integral_value", a)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._apply("to_integral_exact", a)

    def to_sci_string(self, a):
        return _convert(a, self, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, self, True).to_eng_string(context=self)

    def _plain(self, name, a):
        """Decimal method `name` (one that takes no context) of operand a."""
        return getattr(_convert(a, self, True), name)()

    def _decimal_only(self, name, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return getattr(a, name)()

    def compare_signal(self, a, b):
        return self._apply("compare_signal", a, b)

    def compare_total(self, a, b):
        return self._apply("compare_total", a, b)

    def compare_total_mag(self, a, b):
        return self._apply("compare_total_mag", a, b)

    def max_mag(self, a, b):
        return self._apply("max_mag", a, b)

    def min_mag(self, a, b):
        return self._apply("min_mag", a, b)

    def remainder_near(self, a, b):
        return self._apply("remainder_near", a, b)

    def logical_and(self, a, b):
        return self._apply("logical_and", a, b)

    def logical_or(self, a, b):
        return self._apply("logical_or", a, b)

    def logical_xor(self, a, b):
        return self._apply("logical_xor", a, b)

    def logical_invert(self, a):
        return self._apply("logical_invert", a)

    def shift(self, a, b):
        return self._apply("shift", a, b)

    def rotate(self, a, b):
        return self._apply("rotate", a, b)

    def scaleb(self, a, b):
        return self._apply("scaleb", a, b)

    def logb(self, a):
        return self._apply("logb", a)

    def next_plus(self, a):
        return self._apply("next_plus", a)

    def next_minus(self, a):
        return self._apply("next_minus", a)

    def next_toward(self, a, b):
        return self._apply("next_toward", a, b)

    def same_quantum(self, a, b):
        return self._apply("same_quantum", a, b)

    def copy_sign(self, a, b):
        return self._apply("copy_sign", a, b)

    def copy_abs(self, a):
        return self._plain("copy_abs", a)

    def copy_negate(self, a):
        return self._plain("copy_negate", a)

    def copy_decimal(self, a):
        return Decimal(_convert(a, self, True))

    def number_class(self, a):
        return self._apply("number_class", a)

    def is_normal(self, a):
        return self._apply("is_normal", a)

    def is_subnormal(self, a):
        return self._apply("is_subnormal", a)

    def is_finite(self, a):
        return self._plain("is_finite", a)

    def is_infinite(self, a):
        return self._plain("is_infinite", a)

    def is_nan(self, a):
        return self._plain("is_nan", a)

    def is_qnan(self, a):
        return self._plain("is_qnan", a)

    def is_snan(self, a):
        return self._plain("is_snan", a)

    def is_signed(self, a):
        return self._plain("is_signed", a)

    def is_zero(self, a):
        return self._plain("is_zero", a)

    def is_canonical(self, a):
        return self._decimal_only("is_canonical", a)

    def canonical(self, a):
        return self._decimal_only("canonical", a)

    def radix(self):
        return Decimal(10)


def _check_int(value, lo, hi, message):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not lo <= value <= hi:
        raise ValueError(message)


DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [], [InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(9, ROUND_HALF_UP, -999999, 999999, 1, 0, [],
                       [Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(9, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [], [])

_current = None


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k in ("flags", "traps"):
            v = _signal_dict(v)
        setattr(new, k, v)
    return _ContextManager(new)


# --- Decimal -----------------------------------------------------------

def _nan_syntax(context):
    context._raise(ConversionSyntax)
    return _make(0, 0, "n")


def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = isinstance(exp, str)
    return d


def _parse(s):
    """(sign, coefficient, exponent) of a numeric string, or None."""
    t = s.strip()
    for i, c in enumerate(t):
        if c == "_" and not (0 < i < len(t) - 1 and t[i - 1].isdigit() and t[i + 1].isdigit()):
            return None
    t = t.replace("_", "")
    if not t:
        return None
    sign = 0
    if t[0] in "+-":
        sign = t[0] == "-"
        t = t[1:]
    low = t.lower()
    if low in ("inf", "infinity"):
        return (int(sign), 0, "F")
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return (int(sign), int(payload or "0"), kind)
    exp = 0
    if "e" in low:
        low, _, e = low.partition("e")
        digits = e[1:] if e[:1] in ("+", "-") else e
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        exp = int(e)
    whole, _, frac = low.partition(".")
    if not (whole or frac):
        return None
    for part in (whole, frac):
        if part and not (part.isdigit() and part.isascii()):
            if not all("0" <= c <= "9" or c.isdigit() for c in part):
                return None
    digits = whole + frac
    try:
        coeff = int(digits)
    except ValueError:
        return None
    return (int(sign), coeff, exp - len(frac))


def _reflected(name):
    """The reflected form of binary operator `name`: the other operand as a
    Decimal, then its `name` with this one."""
    def reflected(self, other, context=None):
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    return reflected


class Decimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        self = object.__new__(cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                p = (0, 0, "n")
            self._sign, self._int, self._exp = p
        elif isinstance(value, int):
            self._sign = int(value < 0)
            self._int = abs(int(value))
            self._exp = 0
        elif isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp == "F":
                self._sign, self._int, self._exp = sign, 0, "F"
            else:
                coeff = 0
                for d in digits:
                    if not isinstance(d, int) or not 0 <= d <= 9:
                        raise ValueError("coefficient must be a tuple of digits")
                    coeff = coeff * 10 + d
                if exp in ("n", "N"):
                    self._sign, self._int, self._exp = sign, coeff, exp
                elif isinstance(exp, int):
                    self._sign, self._int, self._exp = sign, coeff, exp
                else:
                    raise ValueError("exponent must be an integer")
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        self._special = isinstance(self._exp, str)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls("NaN" if _math.copysign(1.0, f) > 0 else "-NaN")
        if f in (float("inf"), float("-inf")):
            return cls("Infinity" if f > 0 else "-Infinity")
        sign = int(_math.copysign(1.0, f) < 0)
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = _make(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # --- predicates and parts ---

    def _isnan(self):
        return 2 if self._exp == "N" else 1 if self._exp == "n" else 0

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if self._int or not self._special else ()
        if self._exp == "F":
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            return (-1) ** self._sign * self._int * 10 ** self._exp, 1
        n, d = self._int, 10 ** -self._exp
        g = _math.gcd(n, d)
        return (-1) ** self._sign * (n // g), d // g

    def copy_abs(self):
        return _make(0, self._int, self._exp)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, context, True)
        return _make(other._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        other = _convert(other, context, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        sign = "-" if self._sign else "+"
        if self.is_infinite():
            return sign + "Infinity"
        if self.is_zero():
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        return Decimal(10)

    # --- text ---

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._exp == "F":
                return sign + "Infinity"
            name = "sNaN" if self._exp == "N" else "NaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dot = leftdigits
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (leftdigits + 1) % 3 - 1
        else:
            dot = (leftdigits - 1) % 3 + 1
        if dot <= 0:
            intpart, frac = "0", "." + "0" * -dot + digits
        elif dot >= len(digits):
            intpart, frac = digits + "0" * (dot - len(digits)), ""
        else:
            intpart, frac = digits[:dot], "." + digits[dot:]
        if leftdigits == dot:
            exp = ""
        else:
            capitals = (context or getcontext()).capitals
            exp = ("E" if capitals else "e") + "%+d" % (leftdigits - dot)
        return sign + intpart + frac + exp

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec[-1] not in "eEfF%gGn":
            return _pad(str(self), spec)
        if self._special:
            return _pad(str(self), spec[:-1].partition(".")[0])
        kind = spec[-1]
        body = spec[:-1]
        prec = None
        if "." in body:
            body, _, p = body.rpartition(".")
            prec = int(p)
        if kind == "%":
            return _pad(_fixed(_make(self._sign, self._int, self._exp + 2), prec) + "%", body)
        if kind in "fF":
            return _pad(_fixed(self, prec), body)
        if kind in "eE":
            return _pad(_sci(self, prec, kind), body)
        if prec is None:
            return _pad(str(self), body)
        r = self._round_digits(max(prec, 1)) if self._int else self
        s = str(r)
        if "E" in s and -6 <= r.adjusted() < max(prec, 1):
            return _pad(_fixed(r, max(0, -r._exp)), body)
        return _pad(s if kind == "G" else s.replace("E", "e"), body)

    def _round_digits(self, n, rounding=ROUND_HALF_EVEN):
        drop = len(str(self._int)) - n
        if drop <= 0:
            return self
        c, _ = _round_coeff(self._int, drop, self._sign, rounding)
        return _make(self._sign, c, self._exp + drop)

    # --- conversions ---

    def __float__(self):
        if self._exp == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == "n":
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR)) if not self._special else int(self)

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING)) if not self._special else int(self)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_make(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __bool__(self):
        return self._special or self._int != 0

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2 ** 61 - 1
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, P) % P
        else:
            h = self._int * pow(pow(10, P - 2, P), -self._exp, P) % P
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # --- rounding to a context ---

    def _finish(self, context):
        """This result rounded to the context, with its signals."""
        if self._special:
            if self._exp in ("n", "N") and len(str(self._int)) > context.prec - context.clamp:
                return _make(self._sign, int(str(self._int)[-(context.prec - context.clamp):] or "0"), self._exp)
            return self
        etiny, etop = context.Etiny(), context.Etop()
        coeff, exp, sign = self._int, self._exp, self._sign
        if coeff == 0:
            top = context.Emax if not context.clamp else etop
            e = min(max(exp, etiny), top)
            if e != exp:
                context._raise(Clamped)
                return _make(sign, 0, e)
            return self
        ndigits = len(str(coeff))
        exp_min = ndigits + exp - context.prec
        if exp_min > etop:
            return _overflow(sign, context)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            coeff, inexact = _round_coeff(coeff, exp_min - exp, sign, context.rounding)
            exp = exp_min
            if len(str(coeff)) > context.prec:
                coeff //= 10
                exp += 1
                if exp > etop:
                    return _overflow(sign, context)
            conditions = []
            if subnormal:
                conditions.append(Subnormal)
                if inexact:
                    conditions.append(Underflow)
                if coeff == 0:
                    conditions.append(Clamped)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            context._raise_all(conditions)
            return _make(sign, coeff, exp)
        if subnormal:
            context._raise(Subnormal)
        if context.clamp and exp > etop:
            context._raise(Clamped)
            return _make(sign, coeff * 10 ** (exp - etop), etop)
        return self

    def _rescale(self, exp, rounding):
        """This value with exponent `exp` (rounded; no signals)."""
        if self._special:
            return self
        if exp <= self._exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        c, _ = _round_coeff(self._int, exp - self._exp, self._sign, rounding)
        return _make(self._sign, c, exp)

    # --- NaN propagation ---

    def _check_nans(self, other, context):
        """The NaN result of an operation with a NaN operand, or None."""
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if not (a or b):
            return None
        if a == 2:
            context._raise(InvalidOperation)
            return _make(self._sign, self._int, "n")._finish(context)
        if b == 2:
            context._raise(InvalidOperation)
            return _make(other._sign, other._int, "n")._finish(context)
        return (self if a else other)._finish(context)

    # --- arithmetic ---

    def __pos__(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._finish(context)
        return self._finish(context)

    def __neg__(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._finish(context)
        return self.copy_negate()._finish(context)

    def __abs__(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        return _make(0, self._int, self._exp)._finish(context)

    def __add__(self, other, context=None):
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._exp == "F" or other._exp == "F":
            if self._exp == "F" and other._exp == "F" and self._sign != other._sign:
                context._raise(InvalidOperation)
                return _make(0, 0, "n")
            return self if self._exp == "F" else other
        exp = min(self._exp, other._exp)
        if not self._int and not other._int:
            sign = min(self._sign, other._sign)
            if context.rounding == ROUND_FLOOR and self._sign != other._sign:
                sign = 1
            return _make(sign, 0, exp)._finish(context)
        a, b = self, other
        if not a._int:
            a = _make(a._sign, 0, max(a._exp, b._exp - context.prec - 1))
        elif not b._int:
            b = _make(b._sign, 0, max(b._exp, a._exp - context.prec - 1))
        else:
            a, b = _align_far(a, b, context.prec)
        exp = min(a._exp, b._exp)
        total = _scaled(a, exp) + _scaled(b, exp)
        if total == 0:
            return _make(1 if context.rounding == ROUND_FLOOR else 0, 0, exp)._finish(context)
        return _make(int(total < 0), abs(total), exp)._finish(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        if other.is_nan():
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    __rsub__ = _reflected("__sub__")

    def __mul__(self, other, context=None):
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._exp == "F" or other._exp == "F":
            if (self._exp != "F" and not self._int) or (other._exp != "F" and not other._int):
                context._raise(InvalidOperation)
                return _make(0, 0, "n")
            return _make(sign, 0, "F")
        return _make(sign, self._int * other._int, self._exp + other._exp)._finish(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            if other._exp == "F":
                context._raise(InvalidOperation)
                return _make(0, 0, "n")
            return _make(sign, 0, "F")
        if other._exp == "F":
            context._raise(Clamped)
            return _make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                return _make(0, 0, "n")
            context._raise(DivisionByZero)
            return _make(sign, 0, "F")
        ideal = self._exp - other._exp
        if not self._int:
            return _make(sign, 0, ideal)._finish(context)
        shift = len(str(other._int)) - len(str(self._int)) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp)._finish(context)

    __rtruediv__ = _reflected("__truediv__")

    def _divide_int(self, other, context):
        """(integer quotient, remainder) of finite nonzero-divisor operands,
        or None with DivisionImpossible when the quotient is too long."""
        sign = self._sign ^ other._sign
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or expdiff <= -2:
            ideal = min(self._exp, other._exp)
            return _make(sign, 0, 0), self._rescale(ideal, context.rounding)._finish(context)
        if expdiff <= context.prec:
            e = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - e)
            b = other._int * 10 ** (other._exp - e)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _make(sign, q, 0), _make(self._sign, r, e)._finish(context)
        context._raise(DivisionImpossible)
        return None

    def _int_div_specials(self, other, context, what):
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._exp == "F":
            if other._exp == "F":
                context._raise(InvalidOperation)
                return _make(0, 0, "n"), _make(0, 0, "n")
            if what != "//":
                context._raise(InvalidOperation)
            return _make(sign, 0, "F"), _make(0, 0, "n")
        if other._exp == "F":
            return _make(sign, 0, 0), self._finish(context)
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                return _make(0, 0, "n"), _make(0, 0, "n")
            if what == "%":
                context._raise(InvalidOperation)
                return None, _make(0, 0, "n")
            # CPython's divmod raises InvalidOperation when both trap.
            if what == "divmod":
                context._raise(InvalidOperation)
            context._raise(DivisionByZero)
            return _make(sign, 0, "F"), _make(0, 0, "n")
        return None

    def __floordiv__(self, other, context=None):
        qr = self._int_division(other, context, "//")
        return qr if qr is NotImplemented else qr[0]

    __rfloordiv__ = _reflected("__floordiv__")

    def __mod__(self, other, context=None):
        qr = self._int_division(other, context, "%")
        return qr if qr is NotImplemented else qr[1]

    __rmod__ = _reflected("__mod__")

    def __divmod__(self, other, context=None):
        return self._int_division(other, context, "divmod")

    def _int_division(self, other, context, what):
        """(quotient, remainder) of //, % and divmod (`what`), or
        NotImplemented."""
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        special = self._int_div_specials(other, context, what)
        if special is not None:
            return special
        qr = self._divide_int(other, context)
        return (_make(0, 0, "n"), _make(0, 0, "n")) if qr is None else qr

    __rdivmod__ = _reflected("__divmod__")

    def remainder_near(self, other, context=None):
        other = _convert(other, context, True)
        context = context or getcontext()
        special = self._int_div_specials(other, context, "%")
        if special is not None:
            return special[1]
        qr = self._divide_int(other, context)
        if qr is None:
            return _make(0, 0, "n")
        q, r = qr
        twice = abs(r._int * 10 ** (r._exp - min(r._exp, other._exp))) * 2
        div = other._int * 10 ** (other._exp - min(r._exp, other._exp))
        if twice > div or (twice == div and q._int % 2 == 1):
            r = r.__sub__(_make(self._sign, other._int, other._exp), context)
        return r

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert(other, context)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._exp == "F" or self._exp == "F" or not other._int or not self._int:
            return self._power_special(other, context)
        integral = other._exp >= 0 or other._int % 10 ** -other._exp == 0
        if self._sign and not integral:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if integral:
            n = int(other)
            sign = self._sign if n % 2 else 0
            base = _make(0, self._int, self._exp)
            if n >= 0 and len(str(self._int)) * n <= context.prec + 20:
                r = _make(sign, self._int ** n, self._exp * n)
                return r._finish(context)
            return _power_approx(base, n, sign, context)
        # A non-integral power: exp(y * ln(x)) with guard digits.
        with localcontext(context) as c:
            c.prec = context.prec + 12
            c.traps[Inexact] = c.traps[Rounded] = c.traps[Underflow] = c.traps[Overflow] = False
            c.clear_flags()
            r = self.ln(c).__mul__(other, c).exp(c)
        r = _make(r._sign, r._int, r._exp)
        out = r._finish(context)
        context._raise_all([Inexact, Rounded])
        return out

    def _power_special(self, other, context):
        """x ** y when x or y is zero or infinite."""
        neg_odd = self._sign and other._exp != "F" and (other._exp >= 0 or other._int % 10 ** -other._exp == 0) \
            and int(other) % 2 == 1
        sign = 1 if neg_odd else 0
        if not other._int and other._exp != "F":
            if not self._int and self._exp != "F":
                context._raise(InvalidOperation)
                return _make(0, 0, "n")
            return _make(0, 1, 0)._finish(context)
        if self._sign and other._exp == "F":
            if self._exp != "F" and self._int:
                context._raise(InvalidOperation)
                return _make(0, 0, "n")
        if not self._int and self._exp != "F":
            if other._sign:
                context._raise(DivisionByZero)
                return _make(sign, 0, "F")
            return _make(sign, 0, 0)
        if self._exp == "F":
            return _make(sign, 0, "F") if not other._sign else _make(sign, 0, 0)
        # other is infinite, self finite nonzero positive
        cmp1 = _compare_values(_make(0, self._int, self._exp), _make(0, 1, 0))
        if cmp1 == 0:
            context._raise_all([Inexact, Rounded])
            return _make(0, 10 ** (context.prec - 1), 1 - context.prec)
        big = (cmp1 > 0) != bool(other._sign)
        return _make(0, 0, "F") if big else _make(0, 0, 0)

    __rpow__ = _reflected("__pow__")

    def _power_modulo(self, other, modulo, context):
        context = context or getcontext()
        other = _convert(other, context, True)
        modulo = _convert(modulo, context, True)
        for v in (self, other, modulo):
            if v._special or v._exp < 0 and v._int % 10 ** -v._exp:
                context._raise(InvalidOperation)
                return _make(0, 0, "n")
        if other._sign or not modulo._int:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        m = abs(int(modulo))
        r = pow(abs(int(self)), int(other), m)
        sign = self._sign if int(other) % 2 else 0
        return _make(sign, r, 0)

    def fma(self, other, third, context=None):
        other = _convert(other, context, True)
        third = _convert(third, context, True)
        context = context or getcontext()
        for d in (self, other):
            if d.is_snan():
                return d._check_nans(None, context)
        work = context.copy()
        work.prec, work.Emax, work.Emin = 999999999, MAX_EMAX, MIN_EMIN
        work.clear_traps()
        work.clear_flags()
        product = self.__mul__(other, work)
        if work.flags[InvalidOperation]:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        return product.__add__(third, context)

    def sqrt(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self._special and not self._int:
            return _make(self._sign, 0, self._exp // 2)._finish(context)
        if self._sign:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if self._exp == "F":
            return self
        prec = context.prec + 1
        ideal = self._exp // 2
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        # Scale c by a power of 100 so its root has prec digits.
        shift = prec - (len(str(c)) + 1) // 2
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, rem = divmod(c, 100 ** -shift)
            exact = not rem
        root = _math.isqrt(c)
        e = e // 2 - shift
        if exact and root * root == c:
            while e < ideal and root % 10 == 0:
                root //= 10
                e += 1
        elif root % 5 == 0:
            root += 1
        saved = context.rounding
        context.rounding = ROUND_HALF_EVEN
        try:
            return _make(0, root, e)._finish(context)
        finally:
            context.rounding = saved

    def exp(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            return _make(0, 0, 0) if self._sign else self
        if not self._int:
            return _make(0, 1, 0)
        if self.adjusted() > 19:
            if self._sign:
                return _make(0, 1, context.Etiny() - 1)._finish(context)
            return _overflow(0, context)
        p = context.prec + 12
        x = _to_fixed(self, p)
        v = _fixed_exp(x, p)
        r = _make(0, v, -p)
        return _inexact_result(r, context)

    def ln(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self._special and not self._int:
            return _make(1, 0, "F")
        if self._sign:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if self._exp == "F":
            return self
        if self._int == 1 and self._exp == 0:
            return _make(0, 0, 0)
        p = context.prec + 12 + len(str(abs(self.adjusted())))
        v = _fixed_ln(self, p)
        return _inexact_result(_make(int(v < 0), abs(v), -p), context)

    def log10(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if not self._special and not self._int:
            return _make(1, 0, "F")
        if self._sign:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if self._exp == "F":
            return self
        s = str(self._int).rstrip("0")
        if s == "1":
            return Decimal(self._exp + len(str(self._int)) - 1)._finish(context)
        p = context.prec + 12 + len(str(abs(self.adjusted())))
        v = _fixed_ln(self, p) * 10 ** p // _fixed_ln(_make(0, 10, 0), p)
        return _inexact_result(_make(int(v < 0), abs(v), -p), context)

    def logb(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._check_nans(None, context)
        if self._exp == "F":
            return _make(0, 0, "F")
        if not self._int:
            context._raise(DivisionByZero)
            return _make(1, 0, "F")
        return Decimal(self.adjusted())._finish(context)

    def scaleb(self, other, context=None):
        context = context or getcontext()
        other = _convert(other, context, True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._exp != 0 or other._special or other._int > 2 * (context.Emax + context.prec):
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if self._special:
            return self
        return _make(self._sign, self._int, self._exp + int(other))._finish(context)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, context, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._check_nans(exp, context)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._exp == "F" and exp._exp == "F":
                return self
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        e = exp._exp
        if not context.Etiny() <= e <= context.Emax:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if not self._int:
            return _make(self._sign, 0, e)._finish(context)
        if self.adjusted() > context.Emax:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if self.adjusted() - e + 1 > context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        r = self._rescale(e, rounding)
        if len(str(r._int)) > context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if r._int and r.adjusted() < context.Emin:
            context._raise(Subnormal)
        if e > self._exp:
            exact = r._int * 10 ** (e - self._exp) == self._int
            context._raise_all([Rounded] if exact else [Inexact, Rounded])
        return r

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._special or self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._special or self._exp >= 0:
            return self
        if not self._int:
            return _make(self._sign, 0, 0)
        r = self._rescale(0, rounding or context.rounding)
        exact = r._int * 10 ** -self._exp == self._int
        context._raise_all([Rounded] if exact else [Inexact, Rounded])
        return r

    def normalize(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        r = self._finish(context)
        if r._special:
            return r
        if not r._int:
            return _make(r._sign, 0, 0)
        c, e = r._int, r._exp
        top = context.Emax if not context.clamp else context.Etop()
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _make(r._sign, c, e)

    # --- comparison ---

    def _compare_check(self, other, context, op):
        """The comparison's NaN result (None when there is no NaN)."""
        if self.is_nan() or other.is_nan():
            context = context or getcontext()
            if op in ("==", "!="):
                if self.is_snan() or other.is_snan():
                    context._raise(InvalidOperation)
                return op == "!="
            context._raise(InvalidOperation)
            return False
        return None

    def _cmp(self, other, op):
        if isinstance(other, float):
            getcontext()._raise(FloatOperation) if op not in ("==", "!=") else \
                dict.__setitem__(getcontext().flags, FloatOperation, True)
            other = Decimal.from_float(other)
        else:
            other = _convert(other, None)
            if other is NotImplemented:
                return None, other
        nan = self._compare_check(other, None, op)
        if nan is not None:
            return None, nan
        return _compare_values(self, other), None

    def __eq__(self, other):
        c, r = self._cmp(other, "==")
        return (c == 0) if c is not None else r

    def __ne__(self, other):
        c, r = self._cmp(other, "!=")
        return (c != 0) if c is not None else r

    def __lt__(self, other):
        c, r = self._cmp(other, "<")
        return (c < 0) if c is not None else r

    def __le__(self, other):
        c, r = self._cmp(other, "<=")
        return (c <= 0) if c is not None else r

    def __gt__(self, other):
        c, r = self._cmp(other, ">")
        return (c > 0) if c is not None else r

    def __ge__(self, other):
        c, r = self._cmp(other, ">=")
        return (c >= 0) if c is not None else r

    def compare(self, other, context=None):
        other = _convert(other, context, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(_compare_values(self, other))

    def compare_signal(self, other, context=None):
        other = _convert(other, context, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            context._raise(InvalidOperation)
            return self._check_nans(other, context) or _make(0, 0, "n")
        return Decimal(_compare_values(self, other))

    def compare_total(self, other, context=None):
        other = _convert(other, context, True)
        if self._sign != other._sign:
            return Decimal(-1 if self._sign else 1)
        key = lambda d: (d._isnan() and 3 + (2 - d._isnan()), d._exp == "F") if d._special else (0, 0)
        ka, kb = key(self), key(other)
        if ka == kb == (0, 0):
            c = _compare_values(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = (self._exp > other._exp) - (self._exp < other._exp)
        elif ka[0] and kb[0] and ka == kb:
            c = (self._int > other._int) - (self._int < other._int)
        else:
            ra = (ka[0] or 0) * 2 + ka[1]
            rb = (kb[0] or 0) * 2 + kb[1]
            c = (ra > rb) - (ra < rb)
        return Decimal(-c if self._sign else c)

    def _pick(self, other, context, larger, mag):
        """max/min (of the magnitudes when `mag`); a quiet NaN loses to a
        number, equal values are ordered by compare_total."""
        other = _convert(other, context, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._finish(context)
            if other.is_qnan() and not self.is_nan():
                return self._finish(context)
            return self._check_nans(other, context)
        c = _compare_values(self.copy_abs(), other.copy_abs()) if mag else _compare_values(self, other)
        if c == 0:
            c = int(self.compare_total(other))
        return (self if (c >= 0 if larger else c <= 0) else other)._finish(context)

    def max(self, other, context=None):
        return self._pick(other, context, True, False)

    def min(self, other, context=None):
        return self._pick(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._pick(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._pick(other, context, False, True)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, context, True)
        return self.copy_abs().compare_total(other.copy_abs())

    # --- logical operations and digit moves ---

    def _logical(self, other, context, op):
        """The digit-wise `op` (on Python ints) of two logical operands:
        finite, sign +, exponent 0, digits 0 and 1 only; the result keeps
        the last `prec` digits."""
        context = context or getcontext()
        bits = [_logical_bits(d) for d in ((self,) if other is None else (self, _convert(other, context, True)))]
        if None in bits:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        r = op(context.prec, *bits)
        if r.bit_length() > context.prec:
            r &= (1 << context.prec) - 1
        return _make(0, int(format(r, "b")), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda prec, a, b: a & b)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda prec, a, b: a | b)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda prec, a, b: a ^ b)

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda prec, a: ~a & ((1 << prec) - 1))

    def _move_digits(self, other, context, rotate):
        """shift or rotate the coefficient, seen as `prec` digits, by the
        integral `other` places (left when positive); exponent and sign
        stay."""
        other = _convert(other, context, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        prec = context.prec
        if other._special or other._exp != 0 or other._int > prec:
            context._raise(InvalidOperation)
            return _make(0, 0, "n")
        if self._special:
            return self
        n = -other._int if other._sign else other._int
        coeff = _low_digits(self._int, prec)
        if rotate:
            n %= prec
            if len(str(coeff)) + n <= prec:
                coeff *= 10 ** n
            else:
                coeff = coeff % 10 ** (prec - n) * 10 ** n + coeff // 10 ** (prec - n)
        elif n >= 0:
            coeff = _low_digits(coeff * 10 ** n, prec)
        else:
            coeff //= 10 ** -n
        return _make(self._sign, coeff, self._exp)

    def shift(self, other, context=None):
        return self._move_digits(other, context, False)

    def rotate(self, other, context=None):
        return self._move_digits(other, context, True)

    # --- neighbours ---

    def _next(self, context, up):
        """The closest representable value above (`up`) or below, without
        signals but for a signaling NaN."""
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            if (self._sign == 0) == up:
                return self
            return _make(self._sign, 10 ** context.prec - 1, context.Etop())
        work = context.copy()
        work.clear_traps()
        work.rounding = ROUND_CEILING if up else ROUND_FLOOR
        r = self._finish(work)
        if _compare_values(r, self) != 0:
            return r
        return self.__add__(_make(0 if up else 1, 1, context.Etiny() - 1), work)

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        other = _convert(other, context, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        c = _compare_values(self, other)
        if c == 0:
            return self.copy_sign(other)
        r = self._next(context, c < 0)
        if r._exp == "F":
            context._raise_all([Overflow, Inexact, Rounded])
        elif r.adjusted() < context.Emin:
            context._raise_all([Underflow, Subnormal, Inexact, Rounded] + ([] if r._int else [Clamped]))
        return r

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)


def _convert(other, context, strict=False):
    """An int or Decimal operand as a Decimal; NotImplemented (or, when
    strict, TypeError) otherwise."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _logical_bits(d):
    """The digits of logical operand d read as a binary number, or None
    when d is not one (finite, sign +, exponent 0, digits 0 and 1 only)."""
    if d._special or d._sign or d._exp != 0:
        return None
    digits = str(d._int)
    if digits.strip("01"):
        return None
    return int(digits, 2)


def _scaled(d, exp):
    """Finite d's signed coefficient at exponent exp (<= d's); a zero
    stays 0 without a power of ten as long as the exponent gap."""
    if not d._int:
        return 0
    return d._int * 10 ** (d._exp - exp) * (-1 if d._sign else 1)


def _low_digits(coeff, n):
    """coeff cut to its last n digits."""
    return coeff if len(str(coeff)) <= n else coeff % 10 ** n


def _compare_values(a, b):
    """-1, 0 or 1: a against b, both non-NaN."""
    if a._exp == "F" or b._exp == "F":
        va = 0 if a._exp != "F" else (-1 if a._sign else 1)
        vb = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if va == vb == 0:
            return 0
        if va != vb:
            if va == 0:
                return -vb
            if vb == 0:
                return va
            return (va > vb) - (va < vb)
        return 0
    if not a._int and not b._int:
        return 0
    if not a._int:
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa, ab = a.adjusted(), b.adjusted()
    if aa != ab:
        c = 1 if aa > ab else -1
    else:
        e = min(a._exp, b._exp)
        x, y = a._int * 10 ** (a._exp - e), b._int * 10 ** (b._exp - e)
        c = (x > y) - (x < y)
    return -c if a._sign else c


def _align_far(a, b, prec):
    """When one operand lies wholly below the other's precision, replace
    it by a one-digit sticky value just below, so the sum stays small."""
    if a._exp < b._exp:
        b, a = _align_far(b, a, prec)
        return a, b
    alen = len(str(a._int))
    blen = len(str(b._int))
    exp = a._exp + min(-1, alen - prec - 2)
    if blen + b._exp - 1 < exp:
        b = _make(b._sign, 1, exp)
    return a, b


def _round_coeff(coeff, drop, sign, rounding):
    """(coefficient with `drop` digits rounded off, inexact?)."""
    if drop <= 0:
        return coeff, False
    if drop > len(str(coeff)) + 1:
        rest_nonzero = coeff != 0
        if not rest_nonzero:
            return 0, False
        up = rounding in (ROUND_UP,) or (rounding == ROUND_CEILING and not sign) or \
            (rounding == ROUND_FLOOR and sign) or rounding == ROUND_05UP
        return (1 if up else 0), True
    p = 10 ** drop
    q, r = divmod(coeff, p)
    if not r:
        return q, False
    half = p // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 10 in (0, 5)
    return q + up, True


def _overflow(sign, context):
    context._raise_all([Overflow, Inexact, Rounded])
    r = context.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _make(sign, 0, "F")
    return _make(sign, 10 ** context.prec - 1, context.Etop())


def _inexact_result(r, context, rounding=ROUND_HALF_EVEN):
    """Round r (computed with guard digits and never exact) to context,
    by `rounding` (exp and ln always round half even; power as the
    context says)."""
    sticky = r._int * 10 + 1
    out = _make(r._sign, sticky, r._exp - 1)
    saved = context.rounding
    context.rounding = rounding
    try:
        out = out._finish(context)
    finally:
        context.rounding = saved
    context._raise_all([Inexact, Rounded])
    return out


def _power_approx(base, n, sign, context):
    """base ** n (base positive) for big or negative integral n, with
    guard digits, then given `sign` and rounded to the context."""
    with localcontext(context) as c:
        c.prec = context.prec + 10 + len(str(abs(n)))
        c.traps[Inexact] = c.traps[Rounded] = c.traps[Underflow] = c.traps[Overflow] = False
        c.traps[Clamped] = False
        c.clear_flags()
        c.rounding = ROUND_HALF_EVEN
        c.Emax, c.Emin = MAX_EMAX, MIN_EMIN
        result = _make(0, 1, 0)
        x = base
        k = abs(n)
        while k:
            if k & 1:
                result = result.__mul__(x, c)
            k >>= 1
            if k:
                x = x.__mul__(x, c)
        if n < 0:
            result = _make(0, 1, 0).__truediv__(result, c)
        inexact = c.flags[Inexact]
    result = _make(sign, result._int, result._exp)
    if inexact:
        return _inexact_result(result, context, context.rounding)
    return result._finish(context)


def _to_fixed(d, p):
    """d * 10**p as an int (truncated)."""
    e = d._exp + p
    v = d._int * 10 ** e if e >= 0 else d._int // 10 ** -e
    return -v if d._sign else v


def _fixed_exp(x, p):
    """exp(x / 10**p) * 10**p: halve x until small, sum the series, square
    back."""
    one = 10 ** p
    k = 0
    while abs(x) > one // 8:
        x = x // 2 if x > 0 else -((-x) // 2)
        k += 1
    guard = 10 ** 10
    x *= guard
    one_g = one * guard
    term = one_g
    total = one_g
    i = 1
    while term:
        term = term * x // (one_g * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one_g
    return total // guard


def _fixed_ln(d, p):
    """ln(d) * 10**p for a positive finite Decimal: d = m * 10**e with m in
    [0.1, 1) ... written as ln(m) + e*ln(10), ln by the atanh series."""
    guard = 10 ** 10
    one = 10 ** p * guard
    e = d.adjusted() + 1
    digits = len(str(d._int))
    m = d._int * one // 10 ** digits
    # bring m close to 1 by factors of 2
    k = 0
    while m > one * 3 // 2:
        m = m // 2
        k += 1
    while m < one * 2 // 3:
        m = m * 2
        k -= 1
    lnm = _atanh_ln(m, one)
    ln2 = _atanh_ln(one * 2, one) if k else 0
    ln10 = _ln10(one) if e else 0
    return (lnm + k * ln2 + e * ln10) // guard


def _atanh_ln(m, one):
    """ln(m/one) * one by 2 * atanh((m - one) / (m + one))."""
    if m == one:
        return 0
    if m < one:
        return -_atanh_ln(one * one // m, one)
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    return 2 * total


def _ln10(one):
    # ln 10 = 3 ln 2 + ln 1.25
    return 3 * _atanh_ln(one * 2, one) + _atanh_ln(one * 5 // 4, one)


def _fixed(d, prec):
    """Fixed-point text of d with `prec` places (all if None)."""
    if prec is not None:
        d = d._rescale(-prec, ROUND_HALF_EVEN)
    sign = "-" if d._sign else ""
    s = str(d._int)
    if d._exp >= 0:
        return sign + s + "0" * d._exp
    s = s.rjust(-d._exp + 1, "0")
    return sign + s[:d._exp] + "." + s[d._exp:]


def _sci(d, prec, kind):
    if prec is not None and d._int:
        d = d._round_digits(prec + 1)
    digits = str(d._int)
    if prec is not None:
        digits = digits.ljust(prec + 1, "0")
    exp = d._exp + len(str(d._int)) - 1
    body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return ("-" if d._sign else "") + body + kind + "%+d" % exp


def _pad(s, spec):
    """Text `s` of a number laid out by the rest of a format spec:
    [[fill]align][sign][0][width][,|_]."""
    fill, align = " ", ">"
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align, spec = spec[0], spec[1], spec[2:]
    elif spec[:1] in ("<", ">", "=", "^"):
        align, spec = spec[0], spec[1:]
    sign = "-"
    if spec[:1] in ("+", "-", " "):
        sign, spec = spec[0], spec[1:]
    if spec[:1] == "0":
        fill, align, spec = "0", "=", spec[1:]
    group = ""
    if spec[-1:] in (",", "_"):
        group, spec = spec[-1], spec[:-1]
    width = int(spec) if spec else 0
    neg = s.startswith("-")
    body = s[1:] if neg else s
    if group:
        whole, dot, rest = body.partition(".")
        if whole.isdigit():
            parts = []
            while len(whole) > 3:
                parts.insert(0, whole[-3:])
                whole = whole[:-3]
            body = group.join([whole] + parts) + dot + rest
    prefix = "-" if neg else ("+" if sign == "+" else " " if sign == " " else "")
    n = width - len(prefix) - len(body)
    if n <= 0:
        return prefix + body
    if align == "=":
        return prefix + fill * n + body
    if align == "<":
        return prefix + body + fill * n
    if align == "^":
        return fill * (n // 2) + prefix + body + fill * (n - n // 2)
    return fill * n + prefix + body


def _register_with_numbers():
    # numbers.Rational/Number lists this module's class if numbers is
    # already loaded (else numbers does it when it loads).
    import sys
    if 'numbers' in sys.modules:
        sys.modules['numbers']._register_late('decimal')


_register_with_numbers()
