# complex arithmetic, comparison, hash, bool, abs, attributes and the
# errors CPython gives (issue 15: the complex type).
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for t in ["1j", "2J", "1.5e3j", "0j", "-0j", "1+2j", "1e16j", "1e-5j",
          "1j//1", "divmod(1j,1)", "1j%1", "1j<2j", "1j<1", "1>=1j",
          "int(1j)", "float(1j)", "round(1j)", "pow(1j,2,3)",
          "0j**-1", "0j**1j", "0j**0", "1/0j", "1j/0", "1.5/0j",
          "(1e300+1e300j)**2", "complex(float('inf'),0)**2", "(1e200+0j)**2",
          "(10.0+0j)**400", "(1+1j)**1000", "10**400*1j",
          "hash(1+2j)", "hash(2.5-3j)", "hash(complex(3,0))", "hash(3.5+0j)==hash(3.5)",
          "hash(-1+0j)", "hash(complex(0,-1))",
          "1j.real", "(1+2j).imag", "(1+2j).conjugate()", "abs(3+4j)",
          "abs(complex(1e308,1e308))", "abs(complex(float('inf'),float('nan')))",
          "abs(complex(float('nan'),1))",
          "bool(0j)", "bool(-0j)", "bool(1e-300j)", "not 1j", "-(1+2j)", "+(-0j)",
          "(1+2j)**0.5", "(1+2j)**(1+1j)", "2**(1j)", "(1+2j)/(3-4j)", "(1+2j)*(3+4j)",
          "1j**2", "(-1)**0.5", "(-8)**(1/3)", "(1+1j)**-3", "(2+0j)**-2",
          "1j==1j", "1+0j==1", "1j!=1", "1j==None", "1j!='a'", "2**53+1 == complex(2**53+1)",
          "complex(1.5,2)==complex(1.5,2)", "float('nan')*1j == float('nan')*1j",
          "(1j).__add__(2)", "(1j).__add__('a')", "(2).__add__(1j)", "(2.5).__mul__(1j)",
          "(1j).__rsub__(3)", "(1j).__rtruediv__(1)", "(1j).__pow__(2)", "(1j).__rpow__(2)",
          "(1j).__eq__(1j)", "(1j).__eq__('x')", "(1j).__ne__(0)",
          "1j+'a'", "'a'*1j", "[1]*1j", "1j & 1", "~1j", "{1j:2}[1j]", "{1:2}[1+0j]",
          "{0: 'a'}[-0j]", "1j in [1j]", "sum([1j,2,3.5])", "(1+2j)-(3.5)", "2**100*1j",
          "1j*True", "True + 1j", "1j - True", "1j / 2", "3 / 1j", "2.0 / (1+1j)",
          "complex(2**100)", "complex(10**400)", "type(1j)", "isinstance(1j, complex)",
          "isinstance(1j, (int, float))", "complex.__name__", "(1j).__complex__()",
          "(1j).__getnewargs__()", "max(1j,2j)", "sorted([1j, 2j])",
          "-1j", "1j * -1", "(-0.0)*1j", "0*1j", "1j ** 0", "(1+1j) ** 3",
          "2 ** (0.5+0j)", "sorted({1j, 1j, 2, 2+0j}, key=abs)"]:
    show(t)

x = 1j
x += 1
x *= 2
x **= 2
x /= 4j
print(x)
z = 1 + 2j
print(z.real.__class__.__name__, z.imag.__class__.__name__)
try:
    z.real = 3
except AttributeError as e:
    print('AttributeError')
