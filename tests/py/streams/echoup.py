import asyncio
async def h(r,w):
    d=await r.read(100); w.write(d.upper()); await w.drain(); w.close()
async def main():
    s=await asyncio.start_server(h,'127.0.0.1',0); p=s.sockets[0].getsockname()[1]
    r,w=await asyncio.open_connection('127.0.0.1',p); w.write(b'hello'); print(await r.read(100)); w.close(); s.close()
asyncio.run(main())
