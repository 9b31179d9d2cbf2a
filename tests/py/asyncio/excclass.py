# asyncio's exception classes and their relations
import asyncio
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.InvalidStateError, Exception), issubclass(asyncio.IncompleteReadError, EOFError), issubclass(asyncio.LimitOverrunError, Exception))
e = asyncio.IncompleteReadError(b"part", 10)
print(e.partial, e.expected, e)
l = asyncio.LimitOverrunError("too long", 5)
print(l.consumed, l)
print(issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.QueueEmpty, Exception))
