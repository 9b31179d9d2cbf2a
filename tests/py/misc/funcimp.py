# imports inside functions and conditionals bind local names; modules are cached
def use():
    import _moda
    from _moda import double
    return double(_moda.VALUE)
print(use(), use())
print("_moda" in dir())
if True:
    import _moda as alias
print(alias.VALUE)
try:
    import _moda.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
