"""Expected bytes.hex(sep, bytes_per_sep) and bytes.fromhex(text), from CPython.
hex rows: "hex", data as hex, sep (empty for none), bytes_per_sep, result.
fromhex rows: "fromhex", text, "", "", result as hex."""
import random
from casefile import outcome, write_table

rng = random.Random(16)
rows = []
blobs = [b"", b"\x00", b"\x01\x02\x03", b"abcdef", bytes(range(256))]
blobs += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 9))) for _ in range(60)]
for data in blobs:
    for sep in [None, ":", " ", "\u00e9", b"-"[0:1]]:
        for per in [1, 2, 3, 4, -1, -2, -3, 0, 100, -100]:
            args = () if sep is None else (sep, per)
            shown_sep = "" if sep is None else (sep.decode() if isinstance(sep, bytes) else sep)
            rows.append(("hex", data.hex(), shown_sep, per if sep is not None else 1,
                         outcome(lambda: data.hex(*args))))
texts = ["", "a", "zz", "01 02", " 0102 ", "0 1", "01\x1c02", "01\u00e9", "\u00e901", "gg01", "0",
         "\t\n0a\x0b\x0c\r", "z\u00e9", "DEADbeef", "de ad be ef", "dea dbeef", "0x12", "1g"]
texts += ["".join(rng.choice("0123456789abcdefABCDEF  g") for _ in range(rng.randint(1, 12))) for _ in range(300)]
for text in texts:
    rows.append(("fromhex", text, "", "", outcome(lambda: bytes.fromhex(text).hex())))
write_table("hex_cases.txt", rows)
