# a traceback through a lambda and a method
class Calc:
    def apply(self, f, x):
        return f(x)


inverse = lambda x: 1 // x
print(Calc().apply(inverse, 1))
print(Calc().apply(inverse, 0))
