with a:
b
