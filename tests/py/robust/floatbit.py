# Bitwise and shift operators with a float operand are TypeError (never a crash); int methods answer NotImplemented for floats.
ops = ['<<', '>>', '&', '|', '^']
values = [1.5, 2, True, 2 ** 100, -0.0, float('inf')]
for op in ops:
    for a in values:
        for b in values:
            if isinstance(a, float) or isinstance(b, float):
                try:
                    eval('a %s b' % op)
                    print(op, repr(a), repr(b), 'ok')
                except TypeError as e:
                    print(op, repr(a), repr(b), e)
x = 1.5
for op in ['<<=', '>>=', '&=', '|=', '^=']:
    try:
        exec('x %s 1' % op)
    except TypeError as e:
        print(op, e)
print((1).__add__(1.5), (1).__lshift__(1.0), (1.5).__radd__(1))
print(hasattr(1.0, '__lshift__'), hasattr(1.0, '__and__'), hasattr(1.0, '__add__'))
class I(int):
    pass
print(I(1) + 1.5, 1.5 * I(2), I(3) << 1)
try:
    I(1) << 1.0
except TypeError as e:
    print(e)
for a, b in [(2 ** 100, 's'), ('s', 2 ** 100), ([0], 2 ** 100), (b'x', -2 ** 100), ((1,), 2 ** 64)]:
    try:
        a * b
    except OverflowError as e:
        print('OverflowError', e)
