"""A tiny coroutine driver shared by the s7_async tests (no asyncio):
Yield(v) is an awaitable that hands v to the driver, which sends back v * 10."""


class Yield:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        reply = yield self.value
        return reply


def run(coro):
    """Drive coro with send() until it returns; print what it yields."""
    reply = None
    while True:
        try:
            value = coro.send(reply)
        except StopIteration as e:
            return e.value
        print("  driver got", value)
        reply = value * 10 if isinstance(value, int) else None
