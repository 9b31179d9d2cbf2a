# docstrings of functions, classes and modules
"""Module doc."""
def f():
    """Function doc."""
class C:
    """Class doc."""
    def m(self):
        "Method doc."
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)
