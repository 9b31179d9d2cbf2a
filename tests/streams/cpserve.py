# The reference for echosrv.py: CPython's asyncio.run returns at once
# from start_server (MPYDOS serves until Ctrl-C), so serve the same
# handler forever here.
import asyncio
import sys

import echosrv


async def main():
    server = await asyncio.start_server(echosrv.handle, '127.0.0.1', int(sys.argv[1]))
    await server.serve_forever()


asyncio.run(main())
