# NameError messages for undefined names
try:
    print(not_defined)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del nothing_here
except NameError as e:
    print(type(e).__name__, e)
