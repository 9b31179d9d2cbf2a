# SO_RCVBUF / SO_SNDBUF set before connect or listen size the buffers of
# the connection (and of those a listener accepts). Linux reports doubled
# sizes, so only comparisons are printed.
import socket

SOL = socket.SOL_SOCKET


def sizes(s):
    return s.getsockopt(SOL, socket.SO_RCVBUF), s.getsockopt(SOL, socket.SO_SNDBUF)


def sized(want):
    s = socket.socket()
    s.setsockopt(SOL, socket.SO_RCVBUF, want)
    s.setsockopt(SOL, socket.SO_SNDBUF, want)
    return s


seen = []
for want in (4096, 65536):
    srv = sized(want)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = sized(want)
    before = sizes(c)
    c.settimeout(10)
    c.connect(srv.getsockname())
    conn, _ = srv.accept()
    conn.settimeout(10)
    after, accepted = sizes(c), sizes(conn)
    print(want, [x >= want for x in before + after + accepted + sizes(srv)])
    payload = bytes(range(256)) * 12
    c.sendall(payload)
    got = b""
    while len(got) < len(payload):
        got += conn.recv(len(payload))
    print("data", got == payload)
    seen.append((after, accepted))
    for s in (c, conn, srv):
        s.close()
(small, small_acc), (big, big_acc) = seen
print("smaller", small[0] < big[0], small[1] < big[1], small_acc[0] < big_acc[0], small_acc[1] < big_acc[1])
