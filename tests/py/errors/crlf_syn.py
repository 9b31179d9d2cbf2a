# a SyntaxError in a source file with CRLF line endings
x = 1
if x = 1:
    pass
