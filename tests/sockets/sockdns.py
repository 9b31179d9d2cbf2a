# Host names through a DNS server with blocking sockets: for each name,
# connect to the qotd peer by name (create_connection, getaddrinfo,
# gethostbyname) and print the quote's first line or the lookup error
# (socket.gaierror, as CPython raises it). Under MPYDOS the names are asked
# of the test's DNS server (NAMESERVER 10.0.2.2:port in MTCPCFG); python3
# is given names its own resolver answers the same way.
import socket
import sys

PORT = int(sys.argv[1])
for number, name in enumerate(sys.argv[2:]):
    try:
        info = socket.getaddrinfo(name, PORT, socket.AF_INET, socket.SOCK_STREAM)
        print(number, info[0][:3], info[0][4] == (socket.gethostbyname(name), PORT))
        with socket.create_connection((name, PORT), timeout=30) as s:
            print(number, s.makefile('rb').readline())
    except socket.gaierror as e:
        print(number, 'gaierror', e.errno, isinstance(e, OSError), str(e))
