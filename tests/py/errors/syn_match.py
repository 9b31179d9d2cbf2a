# SyntaxError: mismatched closing bracket
values = [1, 2, 3)
