# exceptions raised by Python code called from inside builtins propagate unchanged
class Boom(Exception):
    pass
def bad_key(x):
    raise Boom("from sort key")
class BadEq:
    def __eq__(self, other):
        raise Boom("from __eq__")
class BadHash:
    def __hash__(self):
        raise Boom("from __hash__")
class BadLen:
    def __len__(self):
        raise Boom("from __len__")
class BadBool:
    def __bool__(self):
        raise Boom("from __bool__")
class BadStr:
    def __str__(self):
        raise Boom("from __str__")
class BadIter:
    def __iter__(self):
        raise Boom("from __iter__")
class BadFormat:
    def __format__(self, spec):
        raise Boom("from __format__")
def gen():
    yield 1
    raise Boom("from a generator")
cases = [
    ("sorted key", lambda: sorted([2, 1], key=bad_key)),
    ("list.sort key", lambda: [2, 1].sort(key=bad_key)),
    ("max key", lambda: max([1, 2], key=bad_key)),
    ("map", lambda: list(map(bad_key, [1]))),
    ("filter", lambda: list(filter(bad_key, [1]))),
    ("in list", lambda: BadEq() in [1, 2]),
    ("list.index", lambda: [1].index(BadEq())),
    ("dict insert", lambda: {BadHash(): 1}),
    ("len", lambda: len(BadLen())),
    ("if", lambda: 1 if BadBool() else 0),
    ("print", lambda: print(BadStr())),
    ("str.join", lambda: "".join(gen())),
    ("for", lambda: [x for x in BadIter()]),
    ("f-string", lambda: f"{BadFormat()}"),
    ("sum", lambda: sum(gen())),
    ("tuple", lambda: tuple(gen())),
    ("unpack", lambda: [a for a, in [BadIter()]]),
]
for name, thunk in cases:
    try:
        thunk()
        print(name, "no exception")
    except Boom as e:
        print(name, "->", e)
    except TypeError as e:
        print(name, "-> TypeError", e)
