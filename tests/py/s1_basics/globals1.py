# global statement and module-level names
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
def bad():
    print(local_later)
    local_later = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError as e:
    print("NameError", e)
print(isinstance(UnboundLocalError(), NameError))
