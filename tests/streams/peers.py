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


class Dns:
    """A DNS server on a free UDP port of 127.0.0.1 (MPYDOS: NAMESERVER
    10.0.2.2:port) for the names of the mpydos.test zone:
      qotd   A 10.0.2.2 (after a reply with a wrong id, which must be ignored)
      alias  CNAME mid, mid CNAME qotd, qotd A: the chain in one reply
      once   A 10.0.2.2 the first time, REFUSED after (shows the cache)
      nodata no A record (NOERROR, no answers)
      cut    truncated (TC) with half a record
      silent never answered
    and NXDOMAIN for every other name. `queries` counts the questions by name."""

    ZONE = ".mpydos.test"
    TARGET = bytes([10, 0, 2, 2])

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.queries = {}
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                query, client = self.sock.recvfrom(512)
            except OSError:
                return
            for reply in self.replies(query):
                self.sock.sendto(reply, client)

    @staticmethod
    def question_name(query):
        labels, at = [], 12
        while query[at]:
            labels.append(query[at + 1:at + 1 + query[at]].decode().lower())
            at += 1 + query[at]
        return ".".join(labels), at + 5  # name, end of the question

    @staticmethod
    def encode(name):
        return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"

    def replies(self, query):
        name, end = self.question_name(query)
        self.queries[name] = self.queries.get(name, 0) + 1
        short = name[:-len(self.ZONE)] if name.endswith(self.ZONE) else None

        def reply(rcode=0, records=(), tc=False, count=None):
            flags = 0x8180 | rcode | (0x0200 if tc else 0)
            ancount = len(records) if count is None else count
            head = query[:2] + struct.pack(">HHHHH", flags, 1, ancount, 0, 0)
            return head + query[12:end] + b"".join(records)

        def a_record(owner=b"\xc0\x0c"):
            return owner + struct.pack(">HHIH", 1, 1, 60, 4) + self.TARGET

        if short == "qotd":
            wrong_id = bytes([query[0] ^ 0xff]) + query[1:2]
            return [wrong_id + reply(records=[a_record()])[2:], reply(records=[a_record()])]
        if short == "alias":
            mid, qotd = self.encode("mid" + self.ZONE), self.encode("qotd" + self.ZONE)
            cname = struct.pack(">HHIH", 5, 1, 30, len(mid))
            return [reply(records=[b"\xc0\x0c" + cname + mid,
                                   mid + struct.pack(">HHIH", 5, 1, 30, len(qotd)) + qotd,
                                   a_record(qotd)])]
        if short == "once":
            return [reply(records=[a_record()]) if self.queries[name] == 1 else reply(5)]
        if short == "nodata":
            return [reply()]
        if short == "cut":
            return [reply(records=[a_record()[:7]], tc=True, count=1)]
        if short == "silent":
            return []
        return [reply(3)]
