print(range(0,3,2) == range(0,4,2), range(0) == range(5,2), range(1,2,5) == range(1,3,7))
print(hash(range(0,3,2)) == hash(range(0,4,2)), hash(range(0)) == hash(range(3,1)))
print(range(0,3) == range(0,3,1), range(0,3) != range(1,3), range(2**64, 2**64+3) == range(2**64, 2**64+3))
print(range(10**20, 10**20 + 5, 2) == range(10**20, 10**20 + 6, 2))
print(list(reversed(range(2**64, 2**64 + 3))))
print(range(0, 3) == [0, 1, 2], range(1, 2)  < range(3) if False else 'n/a')
print(len(range(2**64, 2**64+3)), range(2**64) == range(0, 2**64))
print({range(3): 'a'}[range(0, 3, 1)], range(0, 10, 3)[::-1], list(range(2**63-5, 2**63-1, 3)[::1]))
r = range(-2**63, 2**63 - 1)
print(2**63 - 2 in r, r.index(2**63 - 2))
print(list(reversed(range(-2**63, -2**63+3))), list(reversed(range(2**64, 2**64 + 6, 2))))
print(list(reversed(range(5, 2**64, 2**63)))), list(reversed(range(0))), list(reversed(range(3, 0, -1)))
print(range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 7), range(2**64, 2**64) == range(0))
print(hash(range(2**64, 2**64 + 1)) == hash(range(2**64, 2**64 + 1, 7)), range(3) == 3, range(3) != (0, 1, 2))
# Lengths past 32 bits (DOS's word): no wrap-around in equality.
print(range(0, 2**32) == range(0, 0), range(0, 2**32 + 1) == range(7, 8), range(0, 2**40, 2**39) == range(0, 2**40 - 1, 2**39))
# bool() and len() never wrap: past sys.maxsize len() is OverflowError.
print(bool(range(2**32)), bool(range(2**64, 2**64)), bool(range(-2**63, 2**63 - 1)))
for r in (range(2**31 - 1), range(-2**63, 2**63 - 1), range(2**64)):
    try:
        print(len(r) == 2**31 - 1)
    except OverflowError as e:
        print("OverflowError:", e)
