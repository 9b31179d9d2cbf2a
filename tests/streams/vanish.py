# A peer that vanishes (dosrun --net-cut: every frame lost from then on)
# under a reader parked in read(): keep-alive probes go unanswered and the
# read ends with TimeoutError, errno 110, as CPython's does when the
# kernel's keep-alive gives up on the connection.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])


async def main():
    r, w = await asyncio.open_connection(HOST, PORT)
    w.write(b'ping\n')
    print('echo', await r.readline())
    try:
        print('read', await r.read())
    except OSError as e:
        print(type(e).__name__, e.errno, str(e))
    w.close()


asyncio.run(main())
