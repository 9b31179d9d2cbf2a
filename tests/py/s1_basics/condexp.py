# conditional expressions nest, short-circuit, and mix with lambdas
def grade(n):
    return "A" if n >= 90 else "B" if n >= 80 else "C" if n >= 70 else "F"
print([grade(n) for n in (95, 85, 75, 10)])
def loud(v):
    print("evaluated", v)
    return v
print(loud(1) if True else loud(2))
print(loud(3) if False else loud(4))
f = (lambda x: "neg") if -1 < 0 else (lambda x: "pos")
print(f(0), (1 if [] else 2), ("yes" if "s" else "no"))
