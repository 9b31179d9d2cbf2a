# Issue 10: a server that holds every connection for HOLD seconds before
# answering, so clients opened at once are all open together; on a small
# PC some are refused for lack of memory, and the server's log says so
# (asyncio's "socket.accept() out of system resource"). Says "listening"
# when ready; serves until Ctrl-C.
import asyncio
import sys

PORT = int(sys.argv[1])
HOLD = float(sys.argv[2])


async def handle(reader, writer):
    data = await reader.read(100)
    await asyncio.sleep(HOLD)
    writer.write(data.upper())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '0.0.0.0', PORT)
    print("listening", flush=True)
    async with server:
        await server.serve_forever()

asyncio.run(main())
