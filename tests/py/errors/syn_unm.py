# SyntaxError: an unmatched closing parenthesis
x = 1)
