# socket.socketpair(): two connected stream sockets, both ways, EOF on
# shutdown.
import socket

a, b = socket.socketpair()
with a, b:
    print(a.type == socket.SOCK_STREAM, b.type == socket.SOCK_STREAM)
    a.sendall(b'ping')
    print(b.recv(100))
    b.sendall(b'pong' * 1000)
    got = b''
    while len(got) < 4000:
        got += a.recv(4096)
    print(len(got), got[:8])
    a.shutdown(socket.SHUT_WR)
    print(b.recv(10))
