# several except clauses, tuples, order and bare except
def f(kind):
    try:
        if kind == 0:
            raise KeyError("k")
        if kind == 1:
            raise IndexError("i")
        if kind == 2:
            raise ValueError("v")
        if kind == 3:
            raise TypeError("t")
        return "none"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError as e:
        return "value " + str(e)
    except:
        return "bare"
for k in range(5):
    print(k, f(k))
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
