# html: escape with and without quotes; unescape of named (HTML5, legacy
# without ';', longest prefix), decimal and hex references and the invalid
# code points
import html
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('"q" & \'s\'', quote=False))
print(html.escape(''), html.escape('plain'))
cases = ['&lt;p&gt; &amp; &quot;x&quot; &#39;y&#x27;', '&copy 2024 &copy; &COPY;',
         '&notit; &notin; &not &amp &ampx', '&Aacute;&aacute;&Aacute&AElig',
         '&#65;&#x42;&#X43;&#0068', '&#0; &#x80; &#x9D; &#13; &#128512; &#x110000; &#xD800;',
         '&#1; &#11; &#x7f; &#xFFFE; &#x10FFFF; &#xfdd0;', '&nosuch; &; &# &#x; &#xyz;',
         '&NotNestedGreaterGreater; &acE; &ThickSpace; &fjlig;', 'no refs at all',
         '&lang; &rang; &LT &gt &nbsp;|&nbsp|', '&' + 'a' * 40 + ';',
         '&amp;amp; &&lt;', '&#999999999999999999;', '&Afr; &bopf;']
for c in cases:
    print(ascii(html.unescape(c)))
try:
    html.escape(5)
except AttributeError as e:
    print('AttributeError', e)
