# an exception in __init__ propagates; the partly built object is not returned
class Conn:
    opened = []
    def __init__(self, host):
        Conn.opened.append(host)
        if not host:
            raise ValueError("empty host")
        self.host = host
ok = Conn("a")
try:
    bad = Conn("")
except ValueError as e:
    print(type(e).__name__, e)
print(Conn.opened, ok.host, "bad" in dir())
class BadNew:
    def __new__(cls):
        raise RuntimeError("no instances")
try:
    BadNew()
except RuntimeError as e:
    print(type(e).__name__, e)
