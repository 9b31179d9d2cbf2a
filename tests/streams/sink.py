# Benchmark: SIZE bytes from a host source into a Python loop reading
# 4 KiB chunks, with read(4096) or, given `exactly`, readexactly(4096) (a
# part of what the reader buffered, not all of it); prints the elapsed
# loop time.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
SIZE = int(sys.argv[3])
EXACTLY = sys.argv[4:] == ['exactly']


async def chunk_of(r):
    if not EXACTLY:
        return await r.read(4096)
    try:
        return await r.readexactly(4096)
    except asyncio.IncompleteReadError as e:
        return e.partial


async def main():
    loop = asyncio.get_running_loop()
    r, w = await asyncio.open_connection(HOST, PORT)
    start = loop.time()
    w.write((str(SIZE) + '\n').encode())
    got = 0
    while True:
        chunk = await chunk_of(r)
        if not chunk:
            break
        got += len(chunk)
    elapsed = loop.time() - start
    w.close()
    print('bytes', got, 'seconds', elapsed)


asyncio.run(main())
