# The manual page's fetch_motd, the qotd server's address from argv
# (10.0.2.2 from MPYDOS, 127.0.0.1 from CPython; port 17 when free).
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])


async def fetch_motd():
    r, w = await asyncio.open_connection(HOST, PORT)  # qotd
    line = await r.readline()
    print('motd:', line)
    print('rest:', await r.read())
    w.close()
    await w.wait_closed()


asyncio.run(fetch_motd())
