# select.select and select.poll on loopback sockets.
import select
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
c = socket.socket()
c.connect(('127.0.0.1', port))
r, w, x = select.select([srv], [], [], 5)
print('listener readable', r == [srv], w, x)
conn, _ = srv.accept()
print(select.select([conn], [], [], 0))
r, w, x = select.select([conn], [c], [], 1)
print(r, w == [c], x)
c.sendall(b'data')
r, w, x = select.select([conn, srv], [], [], 5)
print(r == [conn], conn.recv(10))
print(select.select([conn.fileno()], [], [], 0.05))

p = select.poll()
p.register(conn, select.POLLIN)
p.register(c.fileno(), select.POLLIN | select.POLLOUT)
print(sorted(p.poll(0)) == [(c.fileno(), select.POLLOUT)])
c.sendall(b'more')
events = dict(p.poll(5000))
print(events[conn.fileno()] == select.POLLIN, conn.recv(10))
p.modify(c, select.POLLIN)
print(p.poll(10))
p.unregister(c)
try:
    p.unregister(c)
except KeyError as e:
    print('KeyError', e.args[0] == c.fileno())
try:
    p.modify(c, select.POLLIN)
except FileNotFoundError as e:
    print(type(e).__name__, e)
c.close()
events = dict(p.poll(5000))
print(events[conn.fileno()] & select.POLLIN == select.POLLIN, conn.recv(10))
for bad in (-1, 'x'):
    try:
        select.select([bad], [], [], 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
print(select.select([], [], [], 0.01))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
print(select.select([u], [u], [], 0)[1] == [u])
u.sendto(b'd', u.getsockname())
print(select.select([u], [], [], 5)[0] == [u])
for s in (u, conn, srv):
    s.close()
