# A server blocked in accept() until Ctrl-C (tests/sockets/run.py sends it).
# Usage: sockwait.py PORT
import socket
import sys

srv = socket.create_server(('', int(sys.argv[1])))
print('listening', flush=True)
srv.accept()
