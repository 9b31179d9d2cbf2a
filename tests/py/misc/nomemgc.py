# memory: 6
# After a MemoryError the memory freed is usable again, in one piece: grow a
# list until memory runs out, drop it, collect, then make big objects (the
# heap gives the emptied blocks back to the DPMI host, which hands them out
# again as one block).
import gc


def fill():
    items = []
    try:
        while True:
            items.append(len(items))
    except MemoryError:
        return len(items) > 1000


print("filled up:", fill())
gc.collect()
print(len(bytes(1_000_000)), len(bytearray(1_500_000)))
