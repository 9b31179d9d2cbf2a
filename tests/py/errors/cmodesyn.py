# mode: -c
# a SyntaxError in a -c program
print("never")
x = (1 +
