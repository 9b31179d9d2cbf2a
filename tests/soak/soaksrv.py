# The soak's echo server (tests/soak/soak.py drives it): echoes every
# connection's bytes back until the client closes. A connection whose first
# line is "MEM" gets the bytes in use after a collection instead
# (gc.mem_alloc() where MPYDOS has it, else 0). Says "listening" when ready;
# serves until Ctrl-C.
import asyncio
import gc
import sys

PORT = int(sys.argv[1])


def mem():
    gc.collect()
    return gc.mem_alloc() if hasattr(gc, "mem_alloc") else 0


async def handle(reader, writer):
    try:
        first = await reader.read(4096)
        if first.startswith(b"MEM\n"):
            writer.write(b"%d\n" % mem())
        else:
            while first:
                writer.write(first)
                await writer.drain()
                first = await reader.read(4096)
        await writer.drain()
    except OSError:
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '0.0.0.0', PORT)
    print("listening", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
