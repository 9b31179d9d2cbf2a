# Issue 6: a 4 MB PC serves 32 connections at once. Every handler reads
# its client's message, then waits until COUNT clients have sent theirs,
# then answers in upper case: the server really holds them all together
# (a connection that sends nothing is closed and not counted). Says
# "listening" when ready; serves until Ctrl-C. Where gc has
# mem_alloc (MPYDOS), the bytes in use go to stderr: after `import asyncio`
# and with all connections open.
import asyncio
import gc
import sys

PORT = int(sys.argv[1])
COUNT = int(sys.argv[2])


def note(what):
    if hasattr(gc, "mem_alloc"):
        gc.collect()
        print(f"{what}: mem_alloc {gc.mem_alloc()} mem_free {gc.mem_free()}", file=sys.stderr)


note("after import asyncio")
opened = 0
all_open = asyncio.Event()


async def handle(reader, writer):
    global opened
    data = await reader.read(100)
    if not data:
        writer.close()
        return
    opened += 1
    if opened == COUNT:
        note(f"{COUNT} connections open")
        all_open.set()
    await all_open.wait()
    writer.write(data.upper())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '0.0.0.0', PORT)
    note("listening")
    print("listening", flush=True)
    await server.serve_forever()


asyncio.run(main())
