# Caret lines in a chained traceback: assert with a comparison, subscripts, a binary op
def check(values):
    assert len(values) == 3, "need three"


def first(table, key):
    return table[key][0] // table["zero"]


try:
    check([1, 2])
except AssertionError:
    try:
        print(first({"k": [7], "zero": 0}, "k"))
    except ZeroDivisionError as e:
        raise KeyError("after") from e
