# The exceptions streams raise, as CPython 3.11 raises them.
import asyncio


async def closed_port():
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port


async def send_then_close(reader, writer):
    writer.write(b'12345 no newline here')
    await writer.drain()
    writer.close()


async def main():
    port = await closed_port()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused:', type(e).__name__, e.errno, isinstance(e, OSError))

    server = await asyncio.start_server(send_then_close, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    try:
        await r.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print('incomplete:', e.partial, e.expected, isinstance(e, EOFError))
        print(str(e))
    w.close()

    r, w = await asyncio.open_connection('127.0.0.1', port, limit=4)
    try:
        await r.readuntil(b' no')
    except asyncio.LimitOverrunError as e:
        print('overrun:', e.consumed, e.args[0])
    try:
        await r.readline()
    except ValueError as e:
        print('readline:', type(e).__name__, e)
    print('rest:', await r.read())
    try:
        await r.readuntil(b'x')
    except asyncio.IncompleteReadError as e:
        print('readuntil at eof:', e.partial, e.expected)
    for bad in (lambda: r.readexactly(-1), lambda: r.readuntil(b'')):
        try:
            await bad()
        except ValueError as e:
            print('ValueError:', e)
    print(await r.readexactly(0), await r.read(0), r.at_eof())
    w.close()
    await w.wait_closed()
    server.close()

    try:
        w.write('text')
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
