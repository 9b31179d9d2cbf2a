# a dict-like class with __getitem__/__missing__-style behaviour
class Defaulting:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        try:
            return self.data[k]
        except KeyError:
            return f"<no {k}>"
    def __setitem__(self, k, v):
        self.data[k] = v
d = Defaulting()
d["a"] = 1
print(d["a"], d["b"])
