# array 'l' and 'L': as wide as the C long of the platform (8 bytes on the
# 64-bit host; DOS has 4, so this test is host-only), and their overflows.
from array import array as A

for c in "lL":
    a = A(c, [1, 2])
    print(c, a.itemsize, a, memoryview(a).format, len(bytes(a)))
    for v in [2**63, 2**64, -1, -2**63, -2**63 - 1, 10**30]:
        try:
            a.append(v)
            print(" ok", v)
        except OverflowError as e:
            print(" OverflowError", e)
print(A('l', [-2**63, 2**63 - 1]), A('L', [2**64 - 1]))
