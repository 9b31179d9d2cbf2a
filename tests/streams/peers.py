"""Host-side peers for the streams tests: plain threaded sockets on
127.0.0.1 (MPYDOS reaches them at 10.0.2.2 through slirp)."""
import socket
import struct
import threading

QUOTE = b"The network is the computer.\r\nmore after the first line\r\n"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Peer:
    """Accepts connections forever, each served by `serve_one` in a thread."""

    def __init__(self, port=0):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(32)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self.accept_loop, daemon=True).start()

    def accept_loop(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve_one, args=(conn,), daemon=True).start()

    def close(self):
        self.sock.close()


class Qotd(Peer):
    """RFC 865: a quote, then close."""

    def serve_one(self, conn):
        with conn:
            conn.sendall(QUOTE)


class Echo(Peer):
    def serve_one(self, conn):
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)


class Resetter(Peer):
    """Reads a line, then closes with SO_LINGER 0: an RST."""

    def serve_one(self, conn):
        conn.recv(100)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()


def qotd_on_port_17_if_possible():
    try:
        return Qotd(17)
    except OSError:
        return Qotd()


class Source(Peer):
    """Sends the number of bytes the client asks for (a decimal line)."""

    def serve_one(self, conn):
        with conn:
            size = int(conn.makefile("rb").readline())
            block = b"x" * 65536
            while size > 0:
                conn.sendall(block[:size])
                size -= len(block)


class Http(Peer):
    """An HTTP/1.0 server with one page, /motd.txt (others: 404)."""

    PAGE = b"Welcome to the host.\nThis page came over HTTP/1.0.\n" * 40

    def serve_one(self, conn):
        with conn:
            request = b""
            while b"\r\n\r\n" not in request and (chunk := conn.recv(4096)):
                request += chunk
            found = request.startswith(b"GET /motd.txt ")
            body = self.PAGE if found else b"not found\n"
            status = b"200 OK" if found else b"404 Not Found"
            conn.sendall(b"HTTP/1.0 " + status + b"\r\nContent-Type: text/plain\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
