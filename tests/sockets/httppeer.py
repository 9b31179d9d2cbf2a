# http.client and urllib.request against the host's http.server site.
# Usage: httppeer.py HOST PORT
import http.client
import sys
import urllib.error
import urllib.request

HOST, PORT = sys.argv[1], int(sys.argv[2])
BASE = 'http://%s:%d' % (HOST, PORT)

c = http.client.HTTPConnection(HOST, PORT, timeout=60)
c.request('GET', '/hello')
r = c.getresponse()
print(r.status, r.reason, r.version, r.getheader('X-Test'), r.getheader('content-length'))
print(r.getheader('missing', 'default'), r.headers.get_content_type(), r.chunked, r.length)
print(r.readline(), len(r.read(100)), r.length)
print(len(r.read()), r.isclosed(), r.read())
# Keep-alive: the same connection serves the next requests.
sock = c.sock
c.request('GET', '/chunked')
r = c.getresponse()
print(c.sock is sock, r.status, r.chunked, r.getheader('Transfer-Encoding'))
print(r.readline(), r.read(10), r.readline())
rest = r.read()
print(len(rest), rest[-21:], r.isclosed())
c.request('HEAD', '/hello')
r = c.getresponse()
print(r.status, r.getheader('Content-Length'), r.read())
c.request('POST', '/echo', body='a body', headers={'X-Mine': 'mine', 'Content-Type': 'text/x'})
r = c.getresponse()
print(r.read().decode())
c.request('POST', '/echo', body=iter([b'chunk one ', b'chunk two']))
print(c.getresponse().read().decode())
c.request('GET', '/missing')
r = c.getresponse()
print(r.status, r.reason, r.read())
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', e)
c.request('GET', '/close')
r = c.getresponse()
print(r.will_close, r.length, len(r.read()), r.isclosed())
c.close()
print(sorted(k for k, v in r.getheaders()))

# urllib.request
with urllib.request.urlopen(BASE + '/hello') as r:
    print(r.status, r.getcode(), r.msg, r.geturl() == BASE + '/hello', len(r.read()))
for code in (301, 302, 303, 307, 308):
    r = urllib.request.urlopen(BASE + '/redirect/%d' % code)
    print(code, r.status, r.url == BASE + '/hello', r.read(21))
r = urllib.request.urlopen(BASE + '/echo', data=b'x=1&y=2')
print(r.read().decode())
req = urllib.request.Request(BASE + '/echo', data=b'{}', headers={'X-Mine': 'yes'},
                             method='PUT')
req.add_header('Content-Type', 'application/json')
print(req.get_method(), req.host == '%s:%d' % (HOST, PORT), req.selector, req.type)
print(urllib.request.urlopen(req).read().decode())
r = urllib.request.urlopen(BASE + '/redirect/303', data=b'posted')
print(r.read().decode())
for url, data in ((BASE + '/nothing', None), (BASE + '/redirect/307', b'post'),
                  (BASE + '/loop', None)):
    try:
        urllib.request.urlopen(url, data)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, repr(e.reason[:40]), e.read(), str(e)[:30])
r = urllib.request.urlopen(BASE + '/chunked')
print(len(r.read()), r.headers['transfer-encoding'])
for url in ('gopher://example.com/', 'nothing'):
    try:
        urllib.request.urlopen(url)
    except (urllib.error.URLError, ValueError) as e:
        print(type(e).__name__, e)
