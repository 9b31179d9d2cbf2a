# Blocking sockets beside asyncio: before, inside and after a running loop.
import asyncio
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]


async def client():
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'from asyncio\n')
    await w.drain()
    line = await r.readline()
    w.close()
    await w.wait_closed()
    return line


async def main():
    task = asyncio.create_task(client())
    await asyncio.sleep(0.05)
    # A blocking accept inside the loop: the connection is already queued.
    conn, _ = srv.accept()
    print(conn.recv(100))
    conn.sendall(b'from a socket\n')
    print(await task)
    conn.close()
    # UDP to ourselves, blocking, while the loop runs.
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(('127.0.0.1', 0))
    u.sendto(b'self', u.getsockname())
    print(u.recv(10))
    u.close()
    await asyncio.sleep(0.01)
    return 'loop done'


print(asyncio.run(main()))
c = socket.create_connection(('127.0.0.1', port))
conn, _ = srv.accept()
c.sendall(b'after the loop')
print(conn.recv(100))
for s in (c, conn, srv):
    s.close()
print(asyncio.run(asyncio.sleep(0, 'asyncio again')))
