# list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "neg"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.count(1), [1, 2, 1, 1].count(1))
l = [5, 2, 9, 1]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, len(l))
w = ["bb", "a", "ccc"]
w.sort(key=len); print(w)
print([1, 2, 3].index(3, 1), [0, 1, 0].index(0, 1))
