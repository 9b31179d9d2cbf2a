# A server and clients in one script on 127.0.0.1: echo, readline,
# readexactly, readuntil, read(-1), async for, get_extra_info, write_eof.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    writer.write(peer[0].encode() + b'\n')
    async for line in reader:
        writer.write(b'<' + line[:-1] + b'>' + line[-1:])
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('serving', server.is_serving(), server.sockets[0].getsockname()[0])
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print('sockname host', w.get_extra_info('sockname')[0])
    print('peername', w.get_extra_info('peername') == ('127.0.0.1', port))
    print('server saw', await r.readline())
    w.write(b'hello\n')
    print(await r.readline())
    w.writelines([b'abc', b'def\nxyz--', b'END\n'])
    print(await r.readexactly(4))
    print(await r.readuntil(b'\n'))
    print(await r.readuntil(b'--'))
    print(await r.readline())
    print(w.can_write_eof(), w.is_closing())
    w.write_eof()
    print(await r.read())
    print(r.at_eof())
    w.close()
    print(w.is_closing())
    await w.wait_closed()
    server.close()
    await server.wait_closed()
    print('serving', server.is_serving(), server.sockets)


asyncio.run(main())
