# an exception raised while handling another: "During handling ..."
try:
    1 // 0
except ZeroDivisionError:
    undefined_function()
