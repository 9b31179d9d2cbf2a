# SIZE bytes each way through a host echo peer: sends while reading the
# echo back in 4 KiB chunks; prints the byte count and how many chunks
# differ from the bytes sent at their offset.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
SIZE = int(sys.argv[3])
BLOCK = ('0123456789abcdefghijklmnopqrstuvwxyz' * 114)[:4096].encode()
TWO_BLOCKS = BLOCK + BLOCK


async def main():
    r, w = await asyncio.open_connection(HOST, PORT)

    async def send():
        left = SIZE
        while left > 0:
            w.write(BLOCK[:min(left, len(BLOCK))])
            left -= len(BLOCK)
            await w.drain()
        w.write_eof()

    sender = asyncio.create_task(send())
    got = 0
    bad = 0
    while True:
        chunk = await r.read(4096)
        if not chunk:
            break
        at = got % len(BLOCK)
        if chunk != TWO_BLOCKS[at:at + len(chunk)]:
            bad += 1
        got += len(chunk)
    await sender
    w.close()
    await w.wait_closed()
    print('received', got, 'bad chunks', bad)


asyncio.run(main())
