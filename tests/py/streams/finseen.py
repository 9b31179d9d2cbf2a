# A close by one side over 127.0.0.1 reaches the other side's parked read
# at once, with nothing else in the loop to wake it (no timers, no other
# tasks): the server's close ends the client's read(); the client's close
# ends the server's read(), and at_eof() says so; and at_eof() turns True
# when the peer's close arrives even if nobody reads (CPython's transport
# feeds the end of the stream as it comes).
import asyncio

seen = asyncio.Queue()


async def write_and_close(reader, writer):
    writer.write(b'bye')
    writer.close()


async def close_when_asked(reader, writer):
    writer.write(b'bye')
    await reader.readexactly(1)
    writer.close()


async def read_to_eof(reader, writer):
    data = await reader.read()
    await seen.put((data, reader.at_eof()))
    writer.close()


async def client_reads_to_eof(port):
    for _ in range(3):
        r, w = await asyncio.open_connection('127.0.0.1', port)
        print('client read', await r.read(), r.at_eof())
        w.close()
        await w.wait_closed()


async def at_eof_without_read(port):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print('read', await r.readexactly(3), 'at_eof', r.at_eof())
    w.write(b'x')
    polls = 0
    while not r.at_eof() and polls < 500:  # 10 s at most, not a timing test
        await asyncio.sleep(0.02)
        polls += 1
    print('at_eof without a read once the server closed:', r.at_eof())
    print('read after', await r.read(), r.at_eof())
    w.close()
    await w.wait_closed()


async def server_reads_to_eof(port):
    for _ in range(3):
        r, w = await asyncio.open_connection('127.0.0.1', port)
        w.write(b'hello')
        w.close()
        await w.wait_closed()
        print('server read', await seen.get())


async def main():
    for handler, client in ((write_and_close, client_reads_to_eof),
                            (close_when_asked, at_eof_without_read),
                            (read_to_eof, server_reads_to_eof)):
        server = await asyncio.start_server(handler, '127.0.0.1', 0)
        await client(server.sockets[0].getsockname()[1])
        server.close()
        await server.wait_closed()


asyncio.run(main())
