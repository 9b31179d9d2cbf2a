# eval/exec/compile: namespaces, functions, closures, errors
g = {"base": 10}
exec("def add(n):\n    return base + n\nresult = add(5)", g)
print(g["result"], "add" in g, "__builtins__" in g)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
def f():
    x = 3
    return eval("x * 2"), eval("len(y)", {"y": [1, 2]})
print(f())
code = compile("total = sum(range(n))", "<calc>", "exec")
for n in (3, 5):
    ns = {"n": n}
    exec(code, ns)
    print(ns["total"], end=" ")
print()
e = compile("2 ** 10", "<e>", "eval")
print(eval(e), type(e).__name__)
print(eval("  1 + 1"), eval("[k for k in 'ab']"), eval("(lambda q: q + 1)(1)"))
try:
    exec("raise ValueError('inside')")
except ValueError as err:
    print("ValueError", err)
try:
    compile("x = (", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError", err.filename, err.lineno)
try:
    eval("1", [])
except TypeError as err:
    print("TypeError", err)
try:
    compile("1", "<m>", "nope")
except ValueError as err:
    print("ValueError", err)
exec("import math\nroot = math.sqrt(16)")
print(root, eval("root + 1"))
class C:
    exec("inner = 7")
print(C.inner)
