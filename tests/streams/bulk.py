# SIZE bytes each way through a host echo peer: sends while reading the
# echo back in 4 KiB chunks; prints the byte count, how many chunks differ
# from the bytes sent at their offset, and the CRC-32 of all bytes sent and
# of all bytes received.
import asyncio
import binascii
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])
SIZE = int(sys.argv[3])
BLOCK = ('0123456789abcdefghijklmnopqrstuvwxyz' * 114)[:4096].encode()
TWO_BLOCKS = BLOCK + BLOCK


async def main():
    r, w = await asyncio.open_connection(HOST, PORT)

    sent_crc = 0

    async def send():
        nonlocal sent_crc
        left = SIZE
        while left > 0:
            block = BLOCK[:min(left, len(BLOCK))]
            sent_crc = binascii.crc32(block, sent_crc)
            w.write(block)
            left -= len(BLOCK)
            await w.drain()
        w.write_eof()

    sender = asyncio.create_task(send())
    got = 0
    bad = 0
    crc = 0
    while True:
        chunk = await r.read(4096)
        if not chunk:
            break
        at = got % len(BLOCK)
        if chunk != TWO_BLOCKS[at:at + len(chunk)]:
            bad += 1
        crc = binascii.crc32(chunk, crc)
        got += len(chunk)
    await sender
    w.close()
    await w.wait_closed()
    print('received', got, 'bad chunks', bad)
    print('crc32 sent', hex(sent_crc), 'received', hex(crc))


asyncio.run(main())
