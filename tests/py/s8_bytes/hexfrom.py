# bytes.hex, bytes.fromhex and their errors
print(b"\x00\x0f\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("00 0f ff"), bytes.fromhex(""))
print(bytearray.fromhex("4142").hex(), bytes.fromhex("DEADbeef"))
for bad in ("0", "zz", "0 0"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
