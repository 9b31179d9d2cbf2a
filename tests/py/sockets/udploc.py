# UDP sockets over the loopback.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
addr_a = a.getsockname()
print(addr_a[0], a.type)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(b.sendto(b'first datagram', addr_a))
data, sender = a.recvfrom(1024)
print(data, sender[0], sender == ('127.0.0.1', b.getsockname()[1]))
a.sendto(b'reply', sender)
data, sender = b.recvfrom(3)
print(data, sender == addr_a)
# connect(): a default peer for send/recv.
b.connect(addr_a)
print(b.getpeername() == addr_a)
b.send(b'one')
b.send(b'two')
print(a.recv(100), a.recv(100))
a.settimeout(0.1)
try:
    a.recvfrom(10)
except socket.timeout as e:
    print('timeout', e)
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print('would block', e.errno)
buf = bytearray(10)
b.send(b'into')
a.setblocking(True)
print(a.recvfrom_into(buf)[0], buf)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    c.send(b'nowhere')
except OSError as e:
    print(type(e).__name__, e.errno)
for s in (a, b, c):
    s.close()
try:
    a.sendto(b'x', addr_a)
except OSError as e:
    print(type(e).__name__, e)
