# Closing: extra info survives close, writes after close are ignored, a
# reader parked while its own writer closes sees the end of the stream,
# wait_closed after the peer has gone.
import asyncio


async def silent(reader, writer):
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(silent, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    peer = w.get_extra_info('peername')
    w.close()
    print('peername after close', w.get_extra_info('peername') == peer)
    print('unknown extra', w.get_extra_info('nothing', 'default'))
    w.write(b'ignored')
    await w.wait_closed()
    print('closed', w.is_closing())

    r, w = await asyncio.open_connection('127.0.0.1', port)
    reading = asyncio.create_task(r.read(10))
    await asyncio.sleep(0)
    w.write_eof()
    print('read while the peer finishes:', await reading)
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
