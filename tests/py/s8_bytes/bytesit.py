# iterating bytes gives ints; building bytes from generators; sorting, sum
b = b"\x03\x01\x02"
print([x for x in b], sum(b), max(b), sorted(b), bytes(sorted(b)), bytes(x * 2 for x in b))
print(list(reversed(b)), b"".join(bytes([c]) for c in b"abc"), bytearray(x for x in range(3)))
print(b"abc"[0:1] == b"a", b"abc"[0] == 97, b"a"[0] == b"a")
