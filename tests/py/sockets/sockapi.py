# socket module functions and argument errors (no network needed).
import socket

print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('10.0.0.1', None, socket.AF_INET, 0, socket.IPPROTO_TCP))
print(socket.gethostbyname('localhost'), socket.gethostbyname('192.168.001.002'))
print(socket.inet_aton('10.0.2.15'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(socket.htonl(7)))
print(socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), socket.AF_INET, repr(socket.SOCK_DGRAM))
print(socket.getdefaulttimeout())
try:
    socket.getaddrinfo('localhost', 'no-such-service', socket.AF_INET, socket.SOCK_STREAM)
except socket.gaierror as e:
    print(e.errno == socket.EAI_SERVICE)
for args in ((socket.AF_INET, 99),):
    try:
        socket.socket(*args)
    except OSError as e:
        print(type(e).__name__, e.errno)
s = socket.socket()
for call, arg in ((s.recv, -1), (s.settimeout, -1)):
    try:
        call(arg)
    except ValueError as e:
        print(e)
for bad in ('127.0.0.1', ('127.0.0.1', 70000), ('127.0.0.1', 'x')):
    try:
        s.connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
try:
    s.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e)
print(s.getsockname())
s.close()
s.close()
try:
    s.listen()
except OSError as e:
    print(type(e).__name__, e)
with socket.socket() as t:
    t.settimeout(2.5)
    print(t.gettimeout(), t.getblocking())
print(t.fileno())
socket.setdefaulttimeout(3)
with socket.socket() as t:
    print(t.gettimeout())
socket.setdefaulttimeout(None)
