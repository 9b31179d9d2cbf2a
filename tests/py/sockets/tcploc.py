# Blocking TCP sockets over the loopback: server and client in one script.
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print('bound', host, port > 0, srv.family, srv.type, srv.gettimeout())

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print('nodelay', bool(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)))
    c.settimeout(10)
    print(c.connect_ex(('127.0.0.1', port)))
    conn, addr = srv.accept()
    print('accepted', addr[0], addr == c.getsockname(), conn.getpeername() == c.getsockname())
    print('peer', c.getpeername() == ('127.0.0.1', port), conn.gettimeout())
    print(c.send(b'hello'), conn.recv(100))
    c.sendall(bytearray(b'x' * 5000))
    got = 0
    while got < 5000:
        got += len(conn.recv(1000))
    print('got', got)
    buf = bytearray(8)
    c.sendall(b'into the buffer')
    n = conn.recv_into(buf)
    print(n, buf, conn.recv(100))
    # Timeouts and non-blocking reads.
    conn.settimeout(0.1)
    try:
        conn.recv(10)
    except socket.timeout as e:
        print(type(e).__name__, e, isinstance(e, OSError))
    conn.setblocking(False)
    print(conn.getblocking(), conn.gettimeout())
    try:
        conn.recv(10)
    except BlockingIOError as e:
        print(type(e).__name__, e.errno, e)
    conn.setblocking(True)
    # makefile: binary and text.
    rf = conn.makefile('rb')
    wf = c.makefile('w', encoding='utf-8')
    wf.write('first line\nsecond line é\r\nno end')
    wf.flush()
    print(rf.readline(), rf.readline(), rf.read(3))
    wf.close()
    tf = c.makefile('r')
    conn.sendall('text back\r\nlast\n'.encode())
    print(repr(tf.readline()), repr(tf.readline()))
    tf.close()
    # Half-close: the reader sees end of file, the other way still works.
    c.shutdown(socket.SHUT_WR)
    print(rf.read(), conn.recv(10))
    conn.sendall(b'after shutdown')
    print(c.recv(100))
    rf.close()
    conn.close()
    print(c.recv(100))
    print(conn.fileno(), c.fileno() >= 0)
    try:
        conn.recv(1)
    except OSError as e:
        print(type(e).__name__, e)
print(c.fileno())
try:
    c.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
c.close()

# A refused connection, with and without connect_ex.
with socket.socket() as probe:
    probe.bind(('127.0.0.1', 0))
    closed_port = probe.getsockname()[1]
for how in ('connect', 'connect_ex'):
    s = socket.socket()
    try:
        print(how, getattr(s, how)(('127.0.0.1', closed_port)))
    except ConnectionRefusedError as e:
        print(how, type(e).__name__, e.errno, e)
    s.close()

# create_connection and create_server.
server = socket.create_server(('127.0.0.1', 0))
port = server.getsockname()[1]
client = socket.create_connection(('localhost', port), timeout=5)
peer, _ = server.accept()
client.sendall(b'ping')
print(peer.recv(4), client.gettimeout())
try:
    client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    print('so_error', client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
finally:
    for s in (peer, client, server):
        s.close()

# accept() with a timeout, and on a non-blocking listener.
with socket.socket() as lone:
    lone.bind(('127.0.0.1', 0))
    lone.listen()
    lone.settimeout(0.05)
    try:
        lone.accept()
    except TimeoutError as e:
        print('accept', e)
    lone.setblocking(False)
    try:
        lone.accept()
    except BlockingIOError as e:
        print('accept', e.errno)
