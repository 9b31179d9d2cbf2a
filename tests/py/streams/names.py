# Host names: 'localhost' is answered at once (CPython: /etc/hosts); a name
# no DNS server knows ('.invalid' never resolves: RFC 6761) is asked of the
# DNS server (under MPYDOS slirp's 10.0.2.3, which asks the host's) and
# fails with getaddrinfo's EAI_NONAME error, as socket.gaierror in CPython.
# A dotted quad (leading zeros too) is taken as it is, never looked up.
import asyncio
import socket


async def echo_line(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(echo_line, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('localhost', port)
    w.write(b'through localhost\n')
    print(await r.readline(), w.get_extra_info('peername') == ('127.0.0.1', port))
    w.close()
    await w.wait_closed()
    r, w = await asyncio.open_connection('127.000.000.001', port)
    w.write(b'through a dotted quad\n')
    print(await r.readline(), w.get_extra_info('peername') == ('127.0.0.1', port))
    w.close()
    await w.wait_closed()
    for name in ('no-such-host.invalid', 'No-Such-Host.Invalid'):
        try:
            await asyncio.open_connection(name, port)
        except socket.gaierror as e:
            print(name, type(e).__name__, isinstance(e, OSError), 'errno',
                  e.errno, repr(e.strerror), str(e))
    server.close()
    await server.wait_closed()


asyncio.run(main())
