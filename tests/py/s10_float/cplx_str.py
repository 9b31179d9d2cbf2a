# complex(): numbers, __complex__/__float__/__index__, strings in every
# form CPython accepts, and its errors; repr and str.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

class C:
    def __complex__(self):
        return 3+4j

class BadC:
    def __complex__(self):
        return 5

class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return 7

for t in ["complex()", "complex(1)", "complex(1, 2)", "complex(1.5, -0.0)", "complex(-0.0, 0)",
          "complex(real=1, imag=2)", "complex(imag=2)", "complex(1j, 1j)", "complex(1j)",
          "complex(2+3j, 4)", "complex(1, 2+3j)", "complex(True, False)",
          "complex(C())", "complex(BadC())", "complex(F())", "complex(F(), F())", "complex(I())",
          "complex(1, C())", "complex(None)", "complex(1, None)", "complex([])",
          "complex(b'1')", "complex(1, '2')", "complex('1', 2)", "complex(1, 2, 3)",
          "complex(x=1)", "complex.__new__(complex, 1)",
          "complex('1+2j')", "complex(' ( 1.5-2e3J ) ')", "complex('j')", "complex('-j')",
          "complex('+J')", "complex('1-j')", "complex('-1.5e-3-infJ')", "complex('inf+nanj')",
          "complex('NaN')", "complex('-Infinity')", "complex('infinityj')", "complex('1e500j')",
          "complex('1_0j')", "complex('1_000.5_5+2_0j')", "complex('1__0j')", "complex('_1j')",
          "complex('1+')", "complex('')", "complex('  ')", "complex('1 + 2j')", "complex('(1j')",
          "complex('1j)')", "complex('\\0')", "complex('1e')", "complex('1e5')", "complex('.5j')",
          "complex('5.j')", "complex('1jj')", "complex('j1')", "complex('(1+2j)')", "complex('( 3 )')",
          "complex('\\u0661+\\u0662j')", "complex('1\\u2003')", "complex('1+2i')",
          "repr(complex(0,-0.0))", "repr(-0j)", "repr(complex(-0.0,0))",
          "repr(complex(float('nan'),float('inf')))", "repr(complex(1,-float('nan')))",
          "repr(complex(-float('inf'), -0.0))", "repr(1e16j)", "repr(123456789012345678j)",
          "repr(complex(1e-7, 1e22))", "str(1+1j)", "str(complex(0.1, 0.2))", "'%s %r' % (1j, 2j)",
          "[1j, (1+1j)]", "f'{1+2j}'", "f'{1j!r:>8}'"]:
    show(t)
