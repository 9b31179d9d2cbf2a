# The manual page's TCP server: serves until Ctrl-C. (str(data, 'ascii')
# stands in for data.upper() until the VM's bytes has methods.)
import asyncio
import sys

PORT = int(sys.argv[1])


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(str(data, 'ascii').upper().encode())
    await writer.drain()
    writer.close()


asyncio.run(asyncio.start_server(handle, '0.0.0.0', PORT))
