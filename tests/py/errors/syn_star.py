# SyntaxError: a starred assignment target alone
*a = [1, 2]
