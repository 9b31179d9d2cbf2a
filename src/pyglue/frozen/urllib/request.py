# urllib.request for http:// URLs (CPython 3.11's documented behaviour):
# urlopen with a URL or a Request (GET, POST with data, extra headers),
# redirects 301/302/303/307/308 followed as HTTPRedirectHandler does,
# HTTPError for error replies and URLError when the server cannot be
# reached. Other schemes (https, ftp, file) raise URLError.

import http.client
from urllib.error import HTTPError, URLError
from urllib.parse import (quote, unquote, urljoin, urlparse, urlsplit,
                          urlunparse)
import socket
import string

__all__ = ['Request', 'urlopen', 'HTTPError', 'URLError']

__version__ = '3.11'
_MAX_REPEATS = 4
_MAX_REDIRECTIONS = 10
_INF_MSG = ('The HTTP server returned a redirect error that would lead to '
            'an infinite loop.\nThe last 30x error message was:\n')


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = self.host
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = unwrap(url)
        self._full_url, _, self.fragment = url.partition('#')
        self.fragment = self.fragment or None
        self._parse()

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header('Content-length'):
                self.remove_header('Content-length')

    def _parse(self):
        self.type, sep, rest = self._full_url.partition(':')
        if not sep or not self.type:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.type = self.type.lower()
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default = 'GET' if self.data is None else 'POST'
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers
                or header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name,
                                self.unredirected_hdrs.get(header_name,
                                                           default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splithost(url):
    if url[:2] != '//':
        return None, url
    rest = url[2:]
    end = len(rest)
    for c in '/?#':
        i = rest.find(c)
        if 0 <= i < end:
            end = i
    host, path = rest[:end], rest[end:]
    if path and path[0] != '/':
        path = '/' + path
    return host, path


def _prepare(req):
    """Add the headers urllib always sends (AbstractHTTPHandler's
    do_request_)."""
    if not req.host:
        raise URLError('no host given')
    if req.data is not None:
        if isinstance(req.data, str):
            raise TypeError('POST data should be bytes, an iterable of bytes,'
                            ' or a file object. It cannot be of type str.')
        if not req.has_header('Content-type'):
            req.add_unredirected_header(
                'Content-type', 'application/x-www-form-urlencoded')
        if (not req.has_header('Content-length')
                and not req.has_header('Transfer-encoding')):
            length = http.client.HTTPConnection._body_length(req.data)
            if length is not None:
                req.add_unredirected_header('Content-length', str(length))
            else:
                req.add_unredirected_header('Transfer-encoding', 'chunked')
    if not req.has_header('Host'):
        req.add_unredirected_header('Host', req.host)
    if not req.has_header('User-agent'):
        req.add_unredirected_header('User-agent',
                                    'Python-urllib/' + __version__)


def _open_http(req, timeout):
    """One request and its response (HTTPHandler.do_open)."""
    _prepare(req)
    conn = http.client.HTTPConnection(req.host, timeout=timeout)
    headers = {**req.unredirected_hdrs, **req.headers}
    headers['Connection'] = 'close'
    headers = {name.title(): val for name, val in headers.items()}
    try:
        try:
            conn.request(req.get_method(), req.selector, req.data, headers,
                         encode_chunked=req.has_header('Transfer-encoding'))
        except OSError as err:
            raise URLError(err)
        r = conn.getresponse()
    except BaseException:
        conn.close()
        raise
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def _redirect(req, response, visited):
    """The request to follow a 30x reply with (HTTPRedirectHandler), or
    HTTPError."""
    code, msg, headers = response.status, response.reason, response.headers
    if 'location' in headers:
        newurl = headers['location']
    elif 'uri' in headers:
        newurl = headers['uri']
    else:
        return None
    urlparts = urlparse(newurl)
    if urlparts.scheme not in ('http', 'https', 'ftp', ''):
        raise HTTPError(newurl, code,
                        "%s - Redirection to url '%s' is not allowed"
                        % (msg, newurl), headers, response)
    if not urlparts.path and urlparts.netloc:
        urlparts = list(urlparts)
        urlparts[2] = '/'
    newurl = urlunparse(urlparts)
    newurl = quote(newurl, encoding='iso-8859-1', safe=string.punctuation)
    newurl = urljoin(req.full_url, newurl)
    m = req.get_method()
    if (not (code in (301, 302, 303, 307, 308) and m in ('GET', 'HEAD')
             or code in (301, 302, 303) and m == 'POST')):
        raise HTTPError(req.full_url, code, msg, headers, response)
    content_headers = ('content-length', 'content-type')
    newheaders = {k: v for k, v in req.headers.items()
                  if k.lower() not in content_headers}
    new = Request(newurl, headers=newheaders,
                  origin_req_host=req.origin_req_host, unverifiable=True)
    if visited.get(newurl, 0) >= _MAX_REPEATS or \
            len(visited) >= _MAX_REDIRECTIONS:
        raise HTTPError(req.full_url, code, _INF_MSG + msg, headers, response)
    visited[newurl] = visited.get(newurl, 0) + 1
    response.read()
    response.close()
    return new


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    visited = {}
    while True:
        if req.type != 'http':
            raise URLError('unknown url type: %s' % req.type)
        response = _open_http(req, timeout)
        code = response.status
        if 200 <= code < 300:
            return response
        if code in (301, 302, 303, 307, 308):
            new = _redirect(req, response, visited)
            if new is not None:
                req = new
                continue
        raise HTTPError(req.full_url, code, response.reason,
                        response.headers, response)


def build_opener(*handlers):
    return OpenerDirector()


class OpenerDirector:
    """What build_opener() gives: an opener whose open() is urlopen()."""

    addheaders = [('User-agent', 'Python-urllib/' + __version__)]

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        for name, value in self.addheaders:
            if not req.has_header(name.capitalize()):
                req.add_unredirected_header(name, value)
        return urlopen(req, timeout=timeout)
