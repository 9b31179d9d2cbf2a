# Slices of bytes, bytearray, memoryview, str, list and tuple: step 1 runs
# (copied at once), negative and other steps, out-of-range bounds, empty
# results, and the searches and appends that move bytes in bulk.
data = bytes(range(256))
text = "aé€𝄞" * 10 + "plain ascii tail"
ascii_text = "the quick brown fox jumps over the lazy dog" * 2
bounds = [None, 0, 1, 5, 17, 255, 256, 257, 10000, -1, -5, -17, -255, -256, -10000]
steps = [None, 1, 2, 3, -1, -2, -7, 1000, -1000]


def digest(seq):
    # A short fingerprint that is the same for every sequence type.
    total = 0
    for i, x in enumerate(seq):
        v = x if isinstance(x, int) else ord(x)
        total = (total * 31 + v * (i + 1)) % 1000003
    return len(seq), total


for name, seq in [("bytes", data), ("bytearray", bytearray(data)),
                  ("str", text), ("ascii", ascii_text), ("list", list(data[:100])),
                  ("tuple", tuple(text))]:
    results = []
    for a in bounds:
        for b in bounds[::3]:
            for c in steps:
                part = seq[a:b:c]
                assert type(part) is type(seq), (name, a, b, c)
                results.append(digest(part))
    print(name, len(results), sum(n for n, _ in results), sum(d for _, d in results) % 99991)

view = memoryview(bytearray(data))
for a, b, c in [(None, None, None), (3, 200, None), (-10, None, None), (5, 250, 3),
                (None, None, -1), (250, 5, -4), (10000, None, None), (-10000, 2, None)]:
    part = view[a:b:c]
    print("memoryview", a, b, c, len(part), bytes(part) == data[a:b:c], part.contiguous)
    assert part.tobytes() == data[a:b:c]

# Writing through slices of a memoryview, contiguous and strided.
buf = bytearray(20)
mv = memoryview(buf)
mv[2:7] = b"hello"
mv[10:20:2] = b"WORLD"
mv[-1:] = b"!"
print(buf)

# Bulk byte paths: bytearray +=, bytes(bytearray), join, find, in.
acc = bytearray()
for i in range(50):
    acc += data[i:i + 37]
    acc += bytearray(b"|")
    acc += memoryview(b"mv")
acc += bytes(acc)
print(len(acc), bytes(acc[:12]), acc[-5:])
frozen = bytes(acc)
print(type(frozen).__name__, frozen == acc, len(frozen))
print(len(b"-".join([data[i:i + 9] for i in range(0, 256, 9)])))
hay = b"x" * 1000 + b"needle" + b"y" * 500 + b"needle" + b"\n"
print(hay.find(b"needle"), hay.rfind(b"needle"), hay.find(b"needle", 1001),
      hay.find(b"\n"), hay.find(b"nee", 1010, 1508), hay.rfind(b"x"),
      hay.find(b""), hay.rfind(b""), hay.find(b"zz"), hay.count(b"needle"))
print(b"needle" in hay, b"needles" in hay, b"" in hay, 110 in hay, 0 in hay)
print(bytearray(hay).find(b"dle\n"), memoryview(hay)[1000:1006] == b"needle")
