# errno: the common constants, errorcode (number -> name, later aliases win), OSError subclasses by errno
import errno
names = ["EPERM", "ENOENT", "EINTR", "EIO", "EBADF", "EAGAIN", "EWOULDBLOCK", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR",
         "EISDIR", "EINVAL", "EMFILE", "ENOSPC", "EPIPE", "ERANGE", "ENOTEMPTY", "ENOTSOCK", "EADDRINUSE", "ECONNRESET",
         "ECONNREFUSED", "ECONNABORTED", "ETIMEDOUT", "EHOSTUNREACH", "EINPROGRESS", "EALREADY", "ENOTCONN", "EISCONN",
         "EDEADLK", "EDEADLOCK", "EOPNOTSUPP", "ENOTSUP"]
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(type(errno.errorcode).__name__, all(errno.errorcode[getattr(errno, n)].startswith("E") for n in names))
for n in ("ENOENT", "EEXIST", "EACCES", "EISDIR", "ENOTDIR", "EPIPE", "ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EAGAIN"):
    e = OSError(getattr(errno, n), "msg")
    print(n, type(e).__name__, e.errno, e)
