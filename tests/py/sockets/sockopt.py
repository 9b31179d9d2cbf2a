# Socket options applied (TCP_NODELAY, SO_KEEPALIVE) and recv flags
# (MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL) on loopback TCP and UDP sockets.
import socket
import time


def show(what, f, *args):
    try:
        print(what, f(*args))
    except OSError as e:
        print(what, type(e).__name__, e.errno, e)


def flag(s, level, name):
    return s.getsockopt(level, name)


TCP, SOL = socket.IPPROTO_TCP, socket.SOL_SOCKET
srv = socket.socket()
srv.setsockopt(SOL, socket.SO_KEEPALIVE, 0)   # inherited by accepted ones
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.socket()
# Set before the connection exists: applied when it is made.
c.setsockopt(TCP, socket.TCP_NODELAY, 1)
c.setsockopt(SOL, socket.SO_KEEPALIVE, 1)
print('unconnected', flag(c, TCP, socket.TCP_NODELAY), flag(c, SOL, socket.SO_KEEPALIVE))
c.settimeout(10)
c.connect(srv.getsockname())
conn, _ = srv.accept()
conn.settimeout(10)
# Turned off before connecting (MPYDOS's connections have both on).
c2 = socket.socket()
c2.setsockopt(TCP, socket.TCP_NODELAY, 0)
c2.setsockopt(SOL, socket.SO_KEEPALIVE, 0)
c2.connect(srv.getsockname())
conn2, _ = srv.accept()
print('off at connect', flag(c2, TCP, socket.TCP_NODELAY), flag(c2, SOL, socket.SO_KEEPALIVE))
c2.close()
conn2.close()
print('connected', flag(c, TCP, socket.TCP_NODELAY), flag(c, SOL, socket.SO_KEEPALIVE))
print('inherited keepalive', flag(conn, SOL, socket.SO_KEEPALIVE))
for value in (0, 1, 0):
    c.setsockopt(TCP, socket.TCP_NODELAY, value)
    c.setsockopt(SOL, socket.SO_KEEPALIVE, value)
    print('set', value, flag(c, TCP, socket.TCP_NODELAY), flag(c, SOL, socket.SO_KEEPALIVE))
c.setsockopt(SOL, socket.SO_KEEPALIVE, 7)
print('any non-zero', flag(c, SOL, socket.SO_KEEPALIVE))
c.setsockopt(SOL, socket.SO_KEEPALIVE, b'\x00\x00\x00\x00')
print('bytes value', flag(c, SOL, socket.SO_KEEPALIVE))
print('as bytes', c.getsockopt(SOL, socket.SO_KEEPALIVE, 4))
show('short bytes', c.setsockopt, SOL, socket.SO_KEEPALIVE, b'\x01')
try:
    c.setsockopt(SOL, socket.SO_KEEPALIVE, 'yes')
except TypeError as e:
    print('TypeError', e)
rcv, snd = flag(c, SOL, socket.SO_RCVBUF), flag(c, SOL, socket.SO_SNDBUF)
print('buffers', type(rcv).__name__, rcv > 0, snd > 0)
print('type error', flag(c, SOL, socket.SO_TYPE), flag(c, SOL, socket.SO_ERROR))
c.setsockopt(SOL, socket.SO_REUSEADDR, 1)
print('reuseaddr', flag(c, SOL, socket.SO_REUSEADDR))
show('unknown name', c.setsockopt, SOL, 99, 1)
show('unknown level', c.setsockopt, 77, 1, 1)
show('get unknown', c.getsockopt, SOL, 99)
show('set SO_TYPE', c.setsockopt, SOL, socket.SO_TYPE, 1)

# MSG_PEEK leaves the bytes queued; MSG_DONTWAIT does not block (on a
# socket with a timeout, CPython waits that long first: not tested here).
conn.settimeout(None)
show('dontwait empty', conn.recv, 10, socket.MSG_DONTWAIT)
show('peek+dontwait empty', conn.recv, 10, socket.MSG_PEEK | socket.MSG_DONTWAIT)
print('still blocking', conn.gettimeout())
conn.settimeout(10)
c.sendall(b'hello world')
print('peek', conn.recv(5, socket.MSG_PEEK))
print('peek again', conn.recv(5, socket.MSG_PEEK))
print('recv', conn.recv(5))
buf = bytearray(20)
n = conn.recv_into(buf, 0, socket.MSG_PEEK)
print('peek into', n, bytes(buf[:n]))
print('recvfrom peek', conn.recvfrom(3, socket.MSG_PEEK))
print('rest', conn.recv(100, socket.MSG_DONTWAIT))
conn.setblocking(True)
show('dontwait drained', conn.recv, 10, socket.MSG_DONTWAIT)
show('oob', conn.recv, 10, socket.MSG_OOB)
conn.settimeout(10)
c.sendall(b'ab')
c.sendall(b'cdef')
time.sleep(0.05)
c.sendall(b'gh')
print('waitall', conn.recv(8, socket.MSG_WAITALL))
c.shutdown(socket.SHUT_WR)
print('peek at eof', conn.recv(5, socket.MSG_PEEK), conn.recv(5))
c.close()
conn.close()
srv.close()

# UDP: a peeked datagram is still there; DONTWAIT; no TCP options.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b.settimeout(10)
show('udp dontwait empty', a.recvfrom, 100, socket.MSG_DONTWAIT)
a.settimeout(10)
b.sendto(b'datagram one', a.getsockname())
b.sendto(b'two', a.getsockname())
data, addr = a.recvfrom(100, socket.MSG_PEEK)
print('udp peek', data, addr[1] == b.getsockname()[1])
print('udp peek cut', a.recv(4, socket.MSG_PEEK))
print('udp recv', a.recv(100))
print('udp next', a.recv(100, socket.MSG_DONTWAIT))
a.settimeout(None)
show('udp drained', a.recv, 100, socket.MSG_DONTWAIT)
show('udp nodelay', a.setsockopt, TCP, socket.TCP_NODELAY, 1)
show('udp get nodelay', a.getsockopt, TCP, socket.TCP_NODELAY)
a.setsockopt(SOL, socket.SO_BROADCAST, 1)
print('udp broadcast', flag(a, SOL, socket.SO_BROADCAST))
print('udp rcvbuf', flag(a, SOL, socket.SO_RCVBUF) > 0)
a.close()
b.close()
