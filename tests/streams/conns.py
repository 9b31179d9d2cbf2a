# Benchmark: holds COUNT connections to a host echo peer open at once
# (dosrun's peak memory, against COUNT=0, gives RAM per connection).
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
COUNT = int(sys.argv[3])


async def main():
    conns = []
    for _ in range(COUNT):
        r, w = await asyncio.open_connection(HOST, PORT)
        w.write(b'x\n')
        await r.readline()
        conns.append((r, w))
    print('open', len(conns))
    for r, w in conns:
        w.close()


asyncio.run(main())
