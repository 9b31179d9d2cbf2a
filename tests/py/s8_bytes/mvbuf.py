# memoryview exports: a bytearray with live views cannot change its length
ba = bytearray(b"abc")
m = memoryview(ba)
for change in (lambda: ba.append(1), lambda: ba.extend(b"x"), lambda: ba.pop(), lambda: ba.clear(),
               lambda: ba.insert(0, 1), lambda: ba.remove(97)):
    try:
        change()
    except BufferError as e:
        print(type(e).__name__, e)
try:
    ba += b"!"
except BufferError as e:
    print("+=", e)
try:
    ba *= 2
except BufferError as e:
    print("*=", e)
try:
    del ba[0]
except BufferError as e:
    print("del", e)
try:
    ba[0:1] = b"xy"
except BufferError as e:
    print("slice", e)
ba[0:2] = b"AB"
ba.reverse()
ba += b""
print(ba, m.tobytes())
part = m[1:]
m.release()
try:
    ba.append(33)
except BufferError as e:
    print("still exported by the slice:", e)
part.release()
ba.append(33)
print(ba, repr(m).startswith("<released memory at 0x"))
with memoryview(ba) as v:
    v[0] = 0x7A
    try:
        ba.pop()
    except BufferError:
        print("inside with: exported")
ba.pop()
print(ba)
v = memoryview(ba)
del v
ba.append(0x21)
print(ba)
