# Server: async with, serve_forever until cancelled, is_serving, sockets,
# start_serving=False; 20 clients at once; drain with a large write.
import asyncio

SIZE = 300000


async def echo(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


async def client(port, n):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    msg = ('client ' + str(n) + '\n').encode()
    w.write(msg)
    await w.drain()
    line = await r.readline()
    w.close()
    await w.wait_closed()
    return line == msg


async def bulk(port):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    payload = ('0123456789abcdefghijklmnopqrstuvwxyz' * (SIZE // 36)).encode()

    async def send():
        w.write(payload)
        await w.drain()
        w.write_eof()

    sender = asyncio.create_task(send())
    got = 0
    total = 0
    while True:
        chunk = await r.read(4096)
        if not chunk:
            break
        got += len(chunk)
        total = (total + sum(chunk)) % 65521
    await sender
    w.close()
    await w.wait_closed()
    print('bulk', got == len(payload), total == sum(payload) % 65521)


async def main():
    server = await asyncio.start_server(echo, '127.0.0.1', 0, start_serving=False)
    print('serving before start', server.is_serving())
    async with server:
        port = server.sockets[0].getsockname()[1]
        forever = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        print('serving', server.is_serving())
        results = await asyncio.gather(*[client(port, i) for i in range(20)])
        print('20 clients', results.count(True))
        await bulk(port)
        forever.cancel()
        try:
            await forever
        except asyncio.CancelledError:
            print('serve_forever cancelled')
        print('serving after cancel', server.is_serving(), len(server.sockets))
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', 'is closed' in str(e))


asyncio.run(main())
