# SyntaxError: an unclosed parenthesis; nothing runs
print("not printed")
x = (1 +
