# SyntaxError: an invalid decimal literal
x = 1abc
