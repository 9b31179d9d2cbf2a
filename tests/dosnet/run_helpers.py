"""Host-side peers shared by run.py and bench.py."""
import socket
import threading
import zlib


def pattern(n):
    """The EXE's test stream (nettest.rs `pattern`)."""
    return bytes((((i * 2654435761) & 0xFFFFFFFF) >> 24 ^ (i >> 12)) & 0xFF for i in range(n))


class EchoServer:
    """Echoes one connection and keeps the Adler-32 of what it received."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.received = 0
        self.adler = 1
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        conn, _ = self.sock.accept()
        with conn:
            while data := conn.recv(65536):
                self.received += len(data)
                self.adler = zlib.adler32(data, self.adler)
                conn.sendall(data)
        self.sock.close()
