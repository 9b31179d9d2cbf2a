# big ints meet floats: exact comparison, hash agreement, conversion, correctly rounded true division
def show(t, f):
    try:
        print(t, '->', f())
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

show("exact ==", lambda: (2 ** 53 + 1 == 2.0 ** 53, 2 ** 70 + 1 == 2.0 ** 70, 2 ** 70 == 2.0 ** 70, 9007199254740993 == 9007199254740992.0))
show("exact <", lambda: (2 ** 53 + 1 > 2.0 ** 53, 9007199254740993 < 9007199254740992.0, 2 ** 70 > 2.0 ** 70 - 0.5, 1e30 < 10 ** 30 + 7))
show("huge", lambda: (2 ** 1024 > 1e308, 2 ** 1024 < float("inf"), -2 ** 1024 < -1e308, -2 ** 1024 > float("-inf")))
show("nan", lambda: (2 ** 70 == float("nan"), 2 ** 70 < float("nan"), 2 ** 70 != float("nan")))
show("hash", lambda: (hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2.0 ** 100), hash(-2 ** 64) == hash(-2.0 ** 64)))
show("dict keys", lambda: ({2 ** 64: 1}[2.0 ** 64], {2.0 ** 64: 1}[2 ** 64], {2 ** 53 + 1: 1}.get(2.0 ** 53), len({2 ** 70, 2.0 ** 70, 2 ** 70 + 1})))
show("float()", lambda: (float(2 ** 80), float(-2 ** 80 - 1), float(2 ** 1023), float(2 ** 1024 - 2 ** 970)))
show("float() inf", lambda: float(2 ** 1024 - 2 ** 969))
show("true division", lambda: ((10 ** 40) / (10 ** 20), (10 ** 40 + 1) / 3, (2 ** 1100) / (2 ** 1090), 1 / 2 ** 2000, 2 ** 2000 / 2 ** 1999, (-(10 ** 30)) / 7, 10 ** 400 / 10 ** 399))
show("rounding", lambda: ((2 ** 60 + 1) / 2 ** 60, (2 ** 80 + 2 ** 27 + 1) / 1, (3 ** 100) / (7 ** 50), 10 ** 300 / 3 ** 500))
show("division too large", lambda: 2 ** 2000 / 3)
show("mixed", lambda: (2 ** 70 + 0.5, 2 ** 70 // 2.5, 2 ** 70 % 7.5, divmod(2 ** 70, 7.5), 2 ** 70 ** 0.5, (2 ** 70) ** -1, (-3) ** -1, 2 ** -2))
show("mixed overflow", lambda: 2 ** 2000 * 1.0)
show("mixed overflow add", lambda: 2 ** 2000 + 1.0)
show("max/min", lambda: (max(2 ** 70, 2 ** 70 + 0.0), min(2 ** 65, 1e30), sorted([2 ** 70, 3.5, -2 ** 71, 1e21, 2 ** 63])))
