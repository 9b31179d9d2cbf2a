# The cmath module: every function on finite values (printed to 12
# significant digits: libm and the C library may differ in the last bit),
# branch cuts' signed zeros, errors, and the constants.
import cmath, math

vals = [0j, 1+0j, -1+0j, 1j, -1j, 2+3j, -2.5+0.5j, 0.3-0.7j, -0.0-0j, complex(0.0, -0.0),
        complex(-0.0, 0.0), 1e-310+1e-310j, 1e300+1e300j, -1e300-2e300j, 1e200j, 0.9+0.4j,
        1+1e-200j, complex(1, -0.0), 100+0j, -100+0j, 800+0.5j, -800-0.5j, 5, -3.5, 10**20,
        complex(-2, 0.0), complex(-2, -0.0), complex(2, -0.0), 0.5j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']


def show(z):
    if isinstance(z, complex):
        return '(%.12g, %.12g)' % (z.real, z.imag)
    return '%.12g' % z


for n in names:
    f = getattr(cmath, n)
    for v in vals:
        try:
            r = show(f(v))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(n, repr(v), r)
for v in vals:
    print('phase', repr(v), show(cmath.phase(v)))
    try:
        print('polar', repr(v), [show(x) for x in cmath.polar(v)])
    except Exception as e:
        print('polar', repr(v), type(e).__name__, e)
    print('isfinite/isinf/isnan', cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
inf, nan = float('inf'), float('nan')
for v in [complex(inf, 0), complex(nan, 1), complex(1, inf), complex(-inf, nan)]:
    print('predicates', repr(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
for r, phi in [(1, 0), (2, math.pi / 2), (1, -0.0), (0, 1), (3, 1.5), (inf, 1), (-inf, 2),
               (nan, 1), (1, inf), (0, inf), (-0.0, nan), (inf, 0), (inf, -0.0), (-inf, 0),
               (nan, nan), (0.0, 0.0)]:
    try:
        print('rect', r, phi, repr(cmath.rect(r, phi)) if phi in (0, inf) or r != r or not math.isfinite(phi) else show(cmath.rect(r, phi)))
    except Exception as e:
        print('rect', r, phi, type(e).__name__, e)
for a, b in [(1 + 1j, 1 + 1j + 1e-10), (1j, 1.1j), (0j, 1e-12j), (complex(inf), complex(inf)),
             (complex(nan), complex(nan)), (complex(inf), 1e308)]:
    print('isclose', a, b, cmath.isclose(a, b), cmath.isclose(a, b, abs_tol=1e-9),
          cmath.isclose(a, b, rel_tol=0.2))
for e in ['cmath.log(2,1)', 'cmath.log(0)', 'cmath.log(1,0)', 'cmath.log(8, 2)',
          'cmath.log(-1+0j, 10)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.sinh(-1000j)',
          'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.sqrt("a")', 'cmath.sqrt(None)',
          'cmath.rect(1j, 1)', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.sqrt()',
          'cmath.log(1, 2, 3)', 'cmath.log()', 'cmath.phase(1, 2)', 'cmath.rect(1)',
          'cmath.polar(1e308+1e308j)', 'cmath.exp(complex(inf, inf))', 'cmath.cos(complex(inf, 0))',
          'cmath.sqrt(complex(inf, nan))', 'cmath.sqrt(complex(-inf, 1))', 'cmath.sqrt(complex(1, -inf))']:
    try:
        print(e, show(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


print(cmath.sqrt(C()), abs(complex(C())), cmath.sqrt(F()), cmath.phase(F()))
