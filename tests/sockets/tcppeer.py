# Blocking TCP against host peers: an echo, a source of N bytes and a
# counter (reads to EOF, answers with the length and SHA-256).
# Usage: tcppeer.py HOST ECHO_PORT SOURCE_PORT COUNTER_PORT CLOSED_PORT
import hashlib
import select
import socket
import sys

HOST = sys.argv[1]
ECHO, SOURCE, COUNTER, CLOSED = (int(a) for a in sys.argv[2:6])
BIG = 1 << 20

with socket.create_connection((HOST, ECHO), timeout=60) as s:
    print('peer port', s.getpeername()[1] == ECHO)
    s.sendall(b'hello echo\n')
    f = s.makefile('rw', newline='')
    print(repr(f.readline()))
    f.write('text line\r\n')
    f.flush()
    print(repr(f.readline()))
    f.close()
    buf = bytearray(4)
    s.sendall(b'abcd')
    got = 0
    while got < 4:
        got += s.recv_into(memoryview(buf)[got:])
    print(buf)
    s.settimeout(0.3)
    try:
        s.recv(1)
    except socket.timeout as e:
        print('timeout', e)
    s.setblocking(False)
    try:
        s.recv(1)
    except BlockingIOError as e:
        print('non-blocking', e.errno)
    print(select.select([s], [s], [], 0)[:2] == ([], [s]))
    s.sendall(b'sel')
    print(select.select([s], [], [], 30)[0] == [s])
    p = select.poll()
    p.register(s, select.POLLIN)
    print(p.poll(30000) == [(s.fileno(), select.POLLIN)])
    s.setblocking(True)
    print(s.recv(10))
    # recv flags over the network: a peek leaves the echo queued.
    s.sendall(b'peekaboo')
    while len(s.recv(8, socket.MSG_PEEK)) < 8:
        pass
    print(s.recv(8, socket.MSG_PEEK), s.recv(8, socket.MSG_PEEK), s.recv(8))
    try:
        s.recv(1, socket.MSG_DONTWAIT)
    except BlockingIOError as e:
        print('dontwait', e.errno)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
          s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))

# 1 MiB from the source, read with recv.
with socket.create_connection((HOST, SOURCE)) as s:
    s.sendall(b'%d\n' % BIG)
    digest = hashlib.sha256()
    total = 0
    while data := s.recv(65536):
        total += len(data)
        digest.update(data)
    print('received', total, digest.hexdigest()[:16])

# 1 MiB to the counter with sendall, then a half-close.
with socket.socket() as s:
    s.connect((HOST, COUNTER))
    block = bytes(range(256)) * (BIG // 256)
    s.sendall(block)
    s.shutdown(socket.SHUT_WR)
    print('counter says', s.makefile('rb').read().decode().strip())
    print('sent digest ', hashlib.sha256(block).hexdigest()[:16])

s = socket.socket()
print('connect_ex to a closed port', s.connect_ex((HOST, CLOSED)))
s.close()
try:
    socket.create_connection((HOST, CLOSED))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
