# DOS only: with little memory left, opening a connection raises OSError
# ENOMEM (not an abort), and the script goes on. One big bytearray leaves
# about 250 KB free first (a fifth of what is free, when that is more: a 4 MB PC).
import asyncio
import gc
import sys

HOST, PORT = sys.argv[1], int(sys.argv[2])


async def main():
    size = max(gc.mem_free() - 250_000, gc.mem_free() // 5)
    while True:
        try:
            hog = bytearray(size)
            break
        except MemoryError:
            size -= 16384
    conns = []
    try:
        while len(conns) < 60:
            conns.append(await asyncio.open_connection(HOST, PORT))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print("connected before running out:", len(conns) > 0)
    for _, writer in conns:
        writer.close()
    del hog
    gc.collect()
    reader, writer = await asyncio.open_connection(HOST, PORT)
    writer.write(b"still works")
    await writer.drain()
    print(await reader.read(100))
    writer.close()


asyncio.run(main())
