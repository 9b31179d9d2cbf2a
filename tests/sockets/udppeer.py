# UDP against the host's echo (it answers upper-cased).
# Usage: udppeer.py HOST PORT
import select
import socket
import sys

HOST, PORT = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(30)
for i in range(5):
    s.sendto(b'datagram %d' % i, (HOST, PORT))
    data, addr = s.recvfrom(100)
    print(data, addr[1] == PORT)
s.sendto(b'x' * 1400, (HOST, PORT))
print(len(s.recv(2000)))
s.connect((HOST, PORT))
s.send(b'connected')
print(select.select([s], [], [], 30)[0] == [s], s.recv(100))
s.send(b'peeked')
print(s.recv(100, socket.MSG_PEEK), s.recv(3, socket.MSG_PEEK), s.recv(100))
s.settimeout(0.2)
try:
    s.recv(100)
except TimeoutError as e:
    print('timeout', e)
s.close()
