# mode: -c
# an uncaught exception in a -c program: frames are in "<string>", without source lines
def f():
    return [][0]
print("before")
f()
