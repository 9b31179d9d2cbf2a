"""Host-side peers for the socket tests (tests/sockets/run.py): a byte
counter, a UDP echo and an HTTP/1.1 site built on http.server, on free
ports of 127.0.0.1 (MPYDOS reaches them at 10.0.2.2 through slirp). The
TCP echo and the byte source are tests/streams/peers.py's."""
import hashlib
import http.server
import os
import socket
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "streams"))
from peers import Echo, Peer, Source, free_port  # noqa: E402,F401  tests/streams/peers.py

PAGE = b"Hello from the host.\nThis page has a Content-Length.\n" * 20


class Counter(Peer):
    """Reads to end of file, then answers with the byte count and the first
    16 hex digits of their SHA-256."""

    def serve_one(self, conn):
        with conn:
            digest, total = hashlib.sha256(), 0
            while data := conn.recv(65536):
                digest.update(data)
                total += len(data)
            conn.sendall(b"%d %s\n" % (total, digest.hexdigest()[:16].encode()))


class UdpEcho:
    """Sends every datagram back to its sender, upper-cased."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            data, addr = self.sock.recvfrom(65536)
            self.sock.sendto(data.upper(), addr)


class Handler(http.server.BaseHTTPRequestHandler):
    """/hello: a page with Content-Length; /chunked: a chunked reply;
    /redirect/CODE: CODE to /hello; /loop: redirects to itself; /echo:
    the method, the request headers that matter, and the body; /close: a
    body ended by closing; anything else 404."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=(), length=True):
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        for name, value in headers:
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path = self.path
        if path == "/hello":
            self.reply(200, PAGE, [("X-Test", "one"), ("X-Test", "two")])
        elif path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(30):
                part = b"chunk %d says hello\n" % i * (i + 1)
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif path.startswith("/redirect/"):
            self.reply(int(path[10:]), b"moved\n", [("Location", "/hello")])
        elif path == "/loop":
            self.reply(302, b"again\n", [("Location", "/loop")])
        elif path == "/echo":
            self.echo(b"")
        elif path == "/close":
            self.reply(200, b"until the end\n" * 100, length=False)
        else:
            self.reply(404, b"no such page\n")

    def do_POST(self):
        if self.path.startswith("/redirect/"):
            length = int(self.headers.get("Content-Length", 0))
            self.rfile.read(length)
            self.reply(int(self.path[10:]), b"moved\n", [("Location", "/echo")])
            return
        if self.headers.get("Transfer-Encoding") == "chunked":
            body = b""
            while size := int(self.rfile.readline(), 16):
                body += self.rfile.read(size)
                self.rfile.readline()
            self.rfile.readline()
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.echo(body)

    do_PUT = do_POST

    def echo(self, body):
        seen = [f"{self.command} {self.path}"]
        for name in ("Content-Type", "Content-Length", "User-Agent", "X-Mine",
                     "Accept-Encoding", "Connection"):
            seen.append(f"{name}: {self.headers.get(name)}")
        self.reply(200, "\n".join(seen).encode() + b"\n" + body)


class Http:
    def __init__(self):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
