# f-strings: nested quotes, specs from variables, conversions, debugging form with specs
name = "Ada"
items = {"k": [1, 2]}
print(f"{name!a}", f"{'é'!a}", f"{name:>{len(name) + 3}}", f"{items['k'][1]}", f'{"double"}')
v = 42
print(f"{v=:>5}", f"{v = }", f"{name=!s}", f"{v:#x}", f"{v:+08d}", f"{'%'}")
print(f"{'{'}{'}'}", f"{{{v}}}", f"{[x * 2 for x in range(3)]}", f"{(lambda: 'lam')()}")
w = 6
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|")
