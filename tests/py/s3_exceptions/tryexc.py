# try/except/else/finally flow
def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        return "handled"
    else:
        print("else", r)
        return r
    finally:
        print("finally")
print(run(2))
print(run(0))
try:
    pass
finally:
    print("finally without except")
