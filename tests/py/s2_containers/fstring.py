# f-strings: expressions, conversions, specs, nesting
name, n = "world", 42
print(f"hello {name}!", f"{n + 1}", f"{n:>6}|", f"{n:08b}", f"{name!r}", f"{name.upper()}")
items = [1, 2, 3]
print(f"{len(items)} items: {items}", f"{items[0]}-{items[-1]}", f"{'quoted'}", f"{{braces}}")
width = 7
print(f"{name:^{width}}|", f"{n:{'x'}}", f"{n=}", f"{name = }", f"{3*4=}")
d = {"key": "val"}
print(f"{d['key']}", f"{'a' if n else 'b'}", f"{n:,}", f"{-n:+}", f"{'x' * 3}")
print(f"""multi
{name}""", f"{(lambda x: x * 2)(5)}", f"{n!s:>4}")
try:
    print(f"{n:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_thing}")
except NameError as e:
    print(type(e).__name__, e)
