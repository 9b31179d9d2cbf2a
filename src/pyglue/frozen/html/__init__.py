# html: escape and unescape of HTML text as CPython 3.11 does them;
# unescape knows every HTML5 named reference (html.entities) and numeric
# references, with the HTML5 rules for invalid code points.

import re as _re
from html.entities import _lookup

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, if quote, " and ') by HTML references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# What numeric references to these code points mean (HTML5: 0x80-0x9f
# are read as windows-1252; the five it leaves undefined stay as they are).
_NUMERIC_FIXES = {0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x82: '\u201a',
                  0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026',
                  0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6',
                  0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039',
                  0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018',
                  0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d',
                  0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
                  0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161',
                  0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e',
                  0x9f: '\u0178', 0x81: '\x81', 0x8d: '\x8d', 0x8f: '\x8f',
                  0x90: '\x90', 0x9d: '\x9d'}


def _dropped(num):
    # Code points a numeric reference may not produce: they vanish.
    return (0x01 <= num <= 0x08 or num == 0x0b or 0x0e <= num <= 0x1f or
            0x7f <= num <= 0x9f or 0xfdd0 <= num <= 0xfdef or
            (num & 0xfffe) == 0xfffe)


def _replace_charref(match):
    s = match.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _NUMERIC_FIXES:
            return _NUMERIC_FIXES[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _dropped(num):
            return ''
        return chr(num)
    text = _lookup(s)
    if text is not None:
        return text
    # The longest known name that starts the reference.
    for end in range(len(s) - 1, 1, -1):
        text = _lookup(s[:end])
        if text is not None:
            return text + s[end:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace every character reference in s by the text it stands for."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
