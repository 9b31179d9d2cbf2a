# class body scope: names visible in the body but not inside methods
class C:
    x = 10
    y = x * 2
    def get(self):
        try:
            return x
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(C.y, C().get())
