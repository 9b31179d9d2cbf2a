# Bulk transfer through blocking sockets (tests/sockets/bench.py):
# `recv`: N bytes from the byte source read with recv(65536); `send`: N
# bytes to the counter with sendall. Prints the seconds taken.
# Usage: sockbnch.py HOST PORT recv|send N
import socket
import sys
import time

HOST, PORT, MODE, N = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
s = socket.create_connection((HOST, PORT))
start = time.monotonic()
if MODE == 'recv':
    s.sendall(b'%d\n' % N)
    total = 0
    while data := s.recv(65536):
        total += len(data)
else:
    block = b'x' * 65536
    left = N
    while left > 0:
        s.sendall(block[:left])
        left -= 65536
    s.shutdown(socket.SHUT_WR)
    total = int(s.recv(100).split()[0])
elapsed = time.monotonic() - start
s.close()
assert total == N, total
print(MODE, total, elapsed)
