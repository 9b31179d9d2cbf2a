# A host peer that resets the connection: ConnectionResetError with errno.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])


async def main():
    r, w = await asyncio.open_connection(HOST, PORT)
    w.write(b'hello\n')
    try:
        while await r.read(100):
            pass
        print('eof')
    except ConnectionResetError as e:
        print('reset:', type(e).__name__, e.errno)
    w.close()


asyncio.run(main())
