# Program shape: an HTTP/1.0 client fetching a page from the host.
import asyncio
import sys

HOST = sys.argv[1]
PORT = int(sys.argv[2])


async def fetch(path):
    r, w = await asyncio.open_connection(HOST, PORT)
    w.write(('GET ' + path + ' HTTP/1.0\r\nHost: ' + HOST + '\r\n\r\n').encode())
    status = str(await r.readline(), 'ascii').strip()
    headers = {}
    async for line in r:
        if line == b'\r\n':
            break
        name, value = str(line, 'ascii').split(':', 1)
        headers[name.lower()] = value.strip()
    body = await r.read()
    w.close()
    await w.wait_closed()
    return status, headers, body


async def main():
    status, headers, body = await fetch('/motd.txt')
    print(status, headers['content-type'], headers['content-length'], len(body))
    print(body[:52])
    status, headers, body = await fetch('/missing')
    print(status, body)


asyncio.run(main())
