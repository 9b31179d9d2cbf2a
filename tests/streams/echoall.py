# An echo server that sends back every byte until the client's end of
# stream, for one connection, then exits (issue 11: a 1 MiB echo at
# `dosrun --mem 4` once stalled). Prints "listening" when ready and, at the
# end, the bytes echoed. Usage: echoall.py PORT [READ_SIZE]
import asyncio
import sys

PORT = int(sys.argv[1])
READ_SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 4096


async def main():
    done = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        total = 0
        while True:
            data = await reader.read(READ_SIZE)
            if not data:
                break
            total += len(data)
            writer.write(data)
            await writer.drain()
        writer.close()
        await writer.wait_closed()
        done.set_result(total)

    server = await asyncio.start_server(handle, '0.0.0.0', PORT)
    print('listening', flush=True)
    total = await done
    server.close()
    print('echoed', total)


asyncio.run(main())
