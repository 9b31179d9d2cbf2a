# SyntaxError: a character that is not Python
price = 5 $ 3
