# a file whose last line has no newline
x = 1
print("no trailing newline", x)