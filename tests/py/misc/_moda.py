"""Helper module for the import tests: prints when its body runs."""
print("_moda body runs, __name__ =", __name__)
VALUE = 10
items = []


def double(x):
    return x * 2


class Thing:
    def __repr__(self):
        return "Thing()"


_private = "hidden from star import"
