# Benchmark: SIZE bytes from a host source into a Python loop reading
# 4 KiB chunks; prints the elapsed loop time.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
SIZE = int(sys.argv[3])


async def main():
    loop = asyncio.get_running_loop()
    r, w = await asyncio.open_connection(HOST, PORT)
    start = loop.time()
    w.write((str(SIZE) + '\n').encode())
    got = 0
    while True:
        chunk = await r.read(4096)
        if not chunk:
            break
        got += len(chunk)
    elapsed = loop.time() - start
    w.close()
    print('bytes', got, 'seconds', elapsed)


asyncio.run(main())
