# SyntaxError: a keyword argument repeated in a call
print(sep="", sep="-")
