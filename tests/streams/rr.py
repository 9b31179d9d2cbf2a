# Benchmark: COUNT request/response round trips (a 32-byte line echoed by
# a host peer); prints the elapsed loop time.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
COUNT = int(sys.argv[3])
LINE = b'0123456789012345678901234567890\n'


async def main():
    loop = asyncio.get_running_loop()
    r, w = await asyncio.open_connection(HOST, PORT)
    start = loop.time()
    for _ in range(COUNT):
        w.write(LINE)
        if await r.readline() != LINE:
            print('wrong answer')
            break
    elapsed = loop.time() - start
    w.close()
    print('round trips', COUNT, 'seconds', elapsed)


asyncio.run(main())
