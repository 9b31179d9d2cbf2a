# hand-written zip_longest/chain/groupby-style helpers built from generators
def chain(*its):
    for it in its:
        yield from it
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def group(it, key):
    cur, items = object(), []
    for x in it:
        k = key(x)
        if items and k != cur:
            yield cur, items
            items = []
        cur = k
        items.append(x)
    if items:
        yield cur, items
print(list(chain("ab", [1], range(2))), list(pairwise([1, 2, 3, 4])))
print(list(group([1, 1, 2, 3, 3, 3], lambda x: x)))
print(list(group("aAbB", str.lower)))
