# module globals are visible in functions of imported modules only through the module
import _moda
VALUE = "main's VALUE"
print(_moda.VALUE, VALUE)
def get():
    return VALUE
print(get())
