# struct: every standard format character with < and > byte orders
# (Q values past 2**63 need big ints: s11_bigint/bigstrct.py)
import struct
fmts = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "e", "f", "d", "?", "c", "s", "4s", "p", "x"]
vals = {"b": -5, "B": 250, "h": -300, "H": 65000, "i": -70000, "I": 4000000000, "l": -2, "L": 7,
        "q": -2**40, "Q": 2**62 + 3, "e": 1.5, "f": -0.25, "d": 1e100, "?": True, "c": b"z", "s": b"ab",
        "4s": b"abcdef", "p": b"pp"}
for f in fmts:
    for order in "<>":
        args = () if f == "x" else (vals[f],)
        packed = struct.pack(order + f, *args)
        print(order + f, struct.calcsize(order + f), packed.hex(), struct.unpack(order + f, packed))
print(struct.calcsize("<bhiq"), struct.calcsize("@bhiq") >= 15, struct.calcsize("=bhiq"))
