# class body scope: names visible in the body but not inside methods
class C:
    x = 10
    y = x * 2
    items = [x + i for i in range(2)] if False else [10, 11]
    def get(self):
        try:
            return x
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(C.y, C.items, C().get())
