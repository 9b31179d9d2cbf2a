# hand-written partial application and function composition
def partial(f, *pargs, **pkw):
    def call(*args, **kw):
        return f(*pargs, *args, **{**pkw, **kw})
    return call
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(5), partial(power, 2)(10), partial(power, 2, 5)())
print(list(map(partial(power, exp=3), range(5))))
