# SyntaxError: an unclosed bracket spanning lines
items = [
    1,
    2,

print(items)
