# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Row:
    def __init__(self, *vals):
        self.vals = list(vals)
    def __len__(self):
        return len(self.vals)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Row(*self.vals[i])
        return self.vals[i]
    def __setitem__(self, i, v):
        self.vals[i] = v
    def __delitem__(self, i):
        del self.vals[i]
    def __repr__(self):
        return f"Row{tuple(self.vals)}"
r = Row(1, 2, 3, 4)
r[0] = 10
del r[1]
print(r, len(r), r[-1], r[0:2], 3 in r, 99 in r, list(r), bool(Row()))
for v in r:
    print("iter", v)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(OnlyGetitem()), 4 in OnlyGetitem())
try:
    len(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
