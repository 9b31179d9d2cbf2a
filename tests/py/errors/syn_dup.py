# SyntaxError: duplicate argument names
def f(a, a):
    pass
