# an uncaught exception in a source file with CRLF (DOS) line endings
def divide(a, b):
    return a // b


print(divide(10, 2))
print(divide(1, 0))
