# KeyError str/repr for different key types
for key in ("s", 1, (1, 2), None, "", "quote'"):
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
