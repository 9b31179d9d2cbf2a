# Host names through a DNS server: connect to each name given (the qotd
# peer's port first) and print the quote's first line or the lookup error
# (socket.gaierror, as CPython raises it). Under MPYDOS the names are asked
# of the test's DNS server (NAMESERVER 10.0.2.2:port in MTCPCFG); python3
# is given names its own resolver answers the same way.
import asyncio
import socket
import sys

PORT = int(sys.argv[1])


async def fetch(number, name):
    try:
        r, w = await asyncio.open_connection(name, PORT)
    except socket.gaierror as e:
        print(number, 'gaierror', e.errno, isinstance(e, OSError), str(e))
        return
    print(number, await r.readline())
    w.close()
    await w.wait_closed()


async def main():
    for number, name in enumerate(sys.argv[2:]):
        await fetch(number, name)


asyncio.run(main())
