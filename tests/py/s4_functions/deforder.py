# a function is defined when its def runs; redefining replaces it
try:
    later()
except NameError as e:
    print(type(e).__name__, e)
def later():
    return "v1"
print(later())
def later():
    return "v2"
print(later())
if True:
    def cond():
        return "true branch"
else:
    def cond():
        return "false branch"
print(cond())
