# local, enclosing, global and builtin scopes
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def local():
    x = "local"
    return x
print(outer(), local(), x)
def uses_builtin():
    return len("four")
print(uses_builtin())
len = lambda s: 42
print(uses_builtin())
del len
print(uses_builtin())
