# global declarations inside nested functions and their errors
x = 0
def set_x():
    def inner():
        global x
        x = 42
    inner()
set_x()
print(x)
def reads_then_global():
    global y
    y = "module level"
reads_then_global()
print(y)
def local_unrelated():
    x = "local"
    return x
print(local_unrelated(), x)
