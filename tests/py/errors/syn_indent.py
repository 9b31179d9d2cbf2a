# IndentationError: nothing indented after a block opener
def f():
return 1
