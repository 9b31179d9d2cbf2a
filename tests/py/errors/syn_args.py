# SyntaxError: positional argument after keyword argument
print(sep="-", "a")
