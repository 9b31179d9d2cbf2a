# bytearray += grows in place (also from views); wrong operands; bytes += bytearray
ba = bytearray(b"ab")
ba += bytes(ba)
ba += memoryview(b"xyz")[1:3]
print(ba)
try:
    ba += "x"
except TypeError as e:
    print(e)
try:
    ba += 5
except TypeError as e:
    print(e)
b = b"x"
b += bytearray(b"y")
print(b)
