# urllib.parse: urlsplit/urlparse (+ attributes), unsplit/unparse, urljoin, quote/unquote, query strings
import urllib.parse
from urllib.parse import urlsplit, urlparse, urljoin, quote, unquote, urlencode, parse_qs, parse_qsl
u = urlparse("http://user:pw@Example.COM:8080/path/a;p?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
s = urlsplit("https://[::1]:443/x?y#z")
print(s, s.hostname, s.port)
print(urlsplit("//host/p"), urlsplit("mailto:a@b.c"), urlsplit("/rel/path?q"), urlsplit("x", scheme="http"), urlsplit("a#b", allow_fragments=False))
print(urllib.parse.urlunsplit(("http", "h", "p", "q", "f")), urllib.parse.urlunparse(("ftp", "h", "/p", "pa", "", "")), urlparse(b"http://h/p").netloc)
base = "http://a/b/c/d;p?q"
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "", ".", "./", "..", "../", "../g", "../..", "../../g", "../../../g", "g/./h", "g/../h", "http:g", "https://x/y"]:
    print(repr(rel), urljoin(base, rel))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), urllib.parse.quote_plus("a b&c=d"), quote(b"\x00\xff"), quote(""))
print(unquote("a%20b%2Fc%C3%A9"), unquote("100%"), unquote("%zz%4"), urllib.parse.unquote_plus("a+b%2B"), urllib.parse.unquote_to_bytes("a%FF"))
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("k", "v1"), ("k", "v2")]), urlencode({"k": [1, 2]}, doseq=True))
print(parse_qs("a=1&b=2&a=3"), parse_qsl("a=1&b=&c"), parse_qsl("a=1&b=&c", keep_blank_values=True), parse_qs("x=a+b%21"))
print(urllib.parse.urldefrag("http://h/p#f"), urlsplit("http://h:99999/").netloc)
for bad in [lambda: urlsplit("http://h:99999/").port, lambda: urlsplit("http://h:xx/").port, lambda: urlsplit("http://[::1/"),
            lambda: parse_qsl("a=1&b", strict_parsing=True), lambda: urlencode("abc")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
