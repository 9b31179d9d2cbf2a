# The manual page's TCP server, as printed (dist/EXAMPLES/ECHOSRV.PY), with
# the port from argv: serves until Ctrl-C.
import asyncio
import sys

PORT = int(sys.argv[1])


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()


asyncio.run(asyncio.start_server(handle, '0.0.0.0', PORT))
