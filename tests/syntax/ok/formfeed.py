if x:
    pass

def f():
    pass
