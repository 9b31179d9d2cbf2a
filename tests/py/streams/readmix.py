# StreamReader over a socket: many lines, lines split across writes, exact
# reads and partial reads mixed, a line longer than the limit, and the end
# of the stream in the middle of a line (the reader keeps a buffer and an
# offset; every call must see the bytes in order).
import asyncio


async def main():
    lines = [b'line %d %s\n' % (i, b'x' * (i % 37)) for i in range(3000)]
    payload = b''.join(lines) + b'HEADER' + bytes(range(256)) * 40 + b'tail without newline'

    async def send(reader, writer):
        step = 1
        pos = 0
        while pos < len(payload):
            writer.write(payload[pos:pos + step])
            pos += step
            step = step * 7 % 5003 + 1
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(send, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=4096)
    count = 0
    for want in lines:
        got = await reader.readline()
        if got != want:
            print('line', count, 'differs:', got[:40], want[:40])
            break
        count += 1
    print('lines read:', count)
    print(await reader.readexactly(6))
    block = await reader.readexactly(10240)
    print('block ok:', block == bytes(range(256)) * 40)
    print(await reader.read(5), await reader.readuntil(b'out'))
    try:
        await reader.readuntil(b'\n')
    except asyncio.IncompleteReadError as e:
        print('incomplete:', e.partial, e.expected)
    print('at eof:', reader.at_eof(), await reader.read(), await reader.readline())
    writer.close()
    server.close()

    # A line longer than the limit: ValueError, and the reader goes on.
    async def long_line(reader, writer):
        writer.write(b'y' * 10000 + b'\nshort\n')
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(long_line, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=1000)
    try:
        await reader.readline()
    except ValueError as e:
        print('ValueError:', e)
    rest = await reader.read()
    print('after the long line:', len(rest), rest[-7:])
    writer.close()
    server.close()


asyncio.run(main())
