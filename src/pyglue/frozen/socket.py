# The socket module's names that programs written for CPython use around
# asyncio streams: the error classes (name lookups fail with gaierror, a
# subclass of OSError carrying getaddrinfo's negative EAI_ code), the
# address family and socket type constants, and gethostname(). MPYDOS has
# no socket objects: connections are asyncio streams.

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


AF_UNSPEC = 0
AF_INET = 2
SOCK_STREAM = 1
SOCK_DGRAM = 2
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SOL_SOCKET = 1
SO_KEEPALIVE = 9
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
EAI_AGAIN = -3
EAI_BADFLAGS = -1
EAI_FAIL = -4
EAI_FAMILY = -6
EAI_MEMORY = -10
EAI_NODATA = -5
EAI_NONAME = -2
EAI_SERVICE = -8
EAI_SOCKTYPE = -7


def gethostname():
    """The HOSTNAME line of the mTCP configuration file (MTCPCFG), as mTCP
    programs use it; 'localhost' without one."""
    import os
    path = os.environ.get('MTCPCFG')
    if path:
        try:
            with open(path) as f:
                for line in f:
                    words = line.split('#')[0].split()
                    if len(words) >= 2 and words[0].upper() == 'HOSTNAME':
                        return words[1]
        except OSError:
            pass
    return 'localhost'
