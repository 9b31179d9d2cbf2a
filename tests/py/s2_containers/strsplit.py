# split/rsplit/splitlines/partition/join
print("a b  c".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  lead and trail  ".split(), "".split(), "".split(","), "abc".split("abc"))
print("one\ntwo\r\nthree\rfour".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("key=value=x".partition("="), "novalue".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(3)))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
