# IndentationError: a dedent to no enclosing level
if True:
        a = 1
    b = 2
