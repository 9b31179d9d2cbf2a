# eval, exec and compile with globals and locals
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def f(n):\n    return n * n\ny = f(7)", ns)
print(ns["y"], ns["f"](3))
code = compile("z = 5\nprint('compiled', z)", "<string>", "exec")
exec(code)
print(eval(compile("[i for i in range(3)]", "<e>", "eval")))
for bad in ("1 +", "x = ", "def"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
exec("counter = 10")
print(counter)
