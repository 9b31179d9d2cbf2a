# Program shape: a line-based TCP chat server with many clients; every
# line a client sends reaches all the others.
import asyncio

CLIENTS = 6


class Chat:
    def __init__(self):
        self.writers = []
        self.joined = asyncio.Event()

    async def handle(self, reader, writer):
        self.writers.append(writer)
        if len(self.writers) == CLIENTS:
            self.joined.set()
        try:
            async for line in reader:
                for other in self.writers:
                    if other is not writer:
                        other.write(line)
                        await other.drain()
        finally:
            self.writers.remove(writer)
            writer.close()


async def main():
    chat = Chat()
    server = await asyncio.start_server(chat.handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    conns = [await asyncio.open_connection('127.0.0.1', port) for _ in range(CLIENTS)]
    await chat.joined.wait()
    for n, (r, w) in enumerate(conns):
        w.write(('hello from ' + str(n) + '\n').encode())
        heard = [await other_r.readline() for i, (other_r, _) in enumerate(conns) if i != n]
        print(n, 'heard by', len(heard), 'clients:', heard[0])
    for r, w in conns:
        w.close()
        await w.wait_closed()
    while chat.writers:
        await asyncio.sleep(0.01)
    server.close()
    print('all left')


asyncio.run(main())
