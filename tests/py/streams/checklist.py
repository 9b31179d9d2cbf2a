# ASYNCIO.md's Streams checklist rows not covered elsewhere: readline at
# EOF, a request split over many writes, 20 clients with many round trips,
# server.close() while connections live, cancelling a blocked read(), 8 MiB
# to a slow reader with drain.
import asyncio

ROUND_TRIPS = 10
BIG = 8 * 1024 * 1024
BLOCK = ('0123456789abcdefghijklmnopqrstuvwxyz' * 114)[:4096].encode()


async def lines(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b'got ' + line)
        await writer.drain()
    writer.close()


async def client(port, n):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    ok = 0
    for i in range(ROUND_TRIPS):
        msg = ('c' + str(n) + ' r' + str(i) + '\n').encode()
        w.write(msg)
        if await r.readline() == b'got ' + msg:
            ok += 1
    w.close()
    await w.wait_closed()
    return ok


async def big_sender(reader, writer):
    for _ in range(BIG // len(BLOCK)):
        writer.write(BLOCK)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(lines, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    r, w = await asyncio.open_connection('127.0.0.1', port)
    for piece in (b'a req', b'uest ', b'split', b' over', b' writes\n'):
        w.write(piece)
        await w.drain()
        await asyncio.sleep(0.01)
    print(await r.readline())
    w.write_eof()
    print('readline at EOF:', await r.readline(), await r.readline())
    w.close()

    results = await asyncio.gather(*[client(port, n) for n in range(20)])
    print('20 clients x', ROUND_TRIPS, 'round trips:', sum(results))

    r, w = await asyncio.open_connection('127.0.0.1', port)
    server.close()
    await server.wait_closed()
    w.write(b'still working\n')
    print('after server.close():', await r.readline())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError:
        print('new connections refused')
    blocked = asyncio.create_task(r.read(100))
    await asyncio.sleep(0.01)
    blocked.cancel()
    try:
        await blocked
    except asyncio.CancelledError:
        print('blocked read() cancelled')
    w.write(b'and after the cancel\n')
    print(await r.readline())
    w.close()
    await w.wait_closed()

    server = await asyncio.start_server(big_sender, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    got = bad = reads = 0
    while True:
        chunk = await r.read(4096)
        if not chunk:
            break
        at = got % len(BLOCK)
        if chunk != (BLOCK + BLOCK)[at:at + len(chunk)]:
            bad += 1
        got += len(chunk)
        reads += 1
        if reads % 256 == 0:
            await asyncio.sleep(0.001)  # a slow reader
    print('8 MiB to a slow reader:', got, 'bytes,', bad, 'bad chunks')
    w.close()
    server.close()


asyncio.run(main())
