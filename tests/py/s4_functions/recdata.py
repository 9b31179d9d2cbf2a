# recursive functions over nested data: tree depth, flatten, sum, printing
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(t):
    return t["v"] + sum(total(k) for k in t["kids"])
def depth(t):
    return 1 + max((depth(k) for k in t["kids"]), default=0)
def show(t, indent=0):
    print(" " * indent + str(t["v"]))
    for k in t["kids"]:
        show(k, indent + 2)
print(total(tree), depth(tree))
show(tree)
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
