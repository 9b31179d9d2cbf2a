# IndentationError: nothing indented after an if statement
x = 1
if x:
print(x)
