# pickle's batches at and around 1000 items: lists, dicts and sets.
import pickle

for n in (0, 1, 2, 999, 1000, 1001, 2000, 2500):
    l = list(range(n))
    d = {i: str(i) for i in range(n)}
    objs = [l, d, set(l)]
    for proto in range(6):
        dumped = [pickle.dumps(o, proto) for o in objs]
        assert [pickle.loads(b) for b in dumped] == objs
        print(n, proto, [len(b) for b in dumped], [b[-14:].hex() for b in dumped])
