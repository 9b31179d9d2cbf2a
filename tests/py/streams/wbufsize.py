# The writer's buffer size counts only bytes not yet sent (issue 11: when a
# write was sent in part at once, the part sent stayed counted, so drain()
# eventually waited forever and a long echo stalled). Big writes over
# loopback are sent in part at once; once the reader has every byte the
# writer's buffer is empty.
import asyncio


async def main():
    got = asyncio.get_running_loop().create_future()
    sizes = (100, 70000, 5, 40000, 123457, 1, 65536, 200000)
    total = sum(sizes)

    async def sink(reader, writer):
        n = 0
        while chunk := await reader.read(1000):
            n += len(chunk)
            if n == total:
                got.set_result(n)
        writer.close()

    server = await asyncio.start_server(sink, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for size in sizes:
        writer.write(bytes([size & 0xFF]) * size)
        await writer.drain()
        print(size, 'written; buffered after drain <= 64 KiB:',
              writer.transport.get_write_buffer_size() <= 65536)
    print('received', await got, 'of', total)
    print('left in the writer buffer:', writer.transport.get_write_buffer_size())
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
