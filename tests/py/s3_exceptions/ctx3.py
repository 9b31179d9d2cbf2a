# a chain of three implicit contexts
try:
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise KeyError("two")
    except KeyError:
        raise IndexError("three")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
