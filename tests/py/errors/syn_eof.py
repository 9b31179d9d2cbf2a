# SyntaxError: file ends inside a block opener's expression
def f(a, b
