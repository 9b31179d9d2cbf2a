# fnmatch: shell-style wildcards (* ? [seq] [!seq]) translated to re
# patterns; case-insensitive with either slash on DOS (os.name 'nt').

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def _normcase(name):
    if os.name == 'nt':
        return name.replace('/', '\\').lower()
    return name


def fnmatch(name, pat):
    return fnmatchcase(_normcase(name), _normcase(pat))


_compiled = {}


def _compile(pat):
    p = _compiled.get(pat)
    if p is None:
        if isinstance(pat, bytes):
            text = translate(pat.decode('latin-1')).encode('latin-1')
        else:
            text = translate(pat)
        if len(_compiled) > 256:
            _compiled.clear()
        p = _compiled[pat] = re.compile(text).match
    return p


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def filter(names, pat):
    match = _compile(_normcase(pat))
    return [n for n in names if match(_normcase(n))]


def translate(pat):
    STAR = object()
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not STAR:
                parts.append(STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            if '-' not in stuff:
                stuff = stuff.replace('\\', '\\\\')
            else:
                chunks = []
                k = 2 if pat[i - len(stuff) - 1] == '!' else 1
                start = 0
                k = stuff.find('-', k)
                while k >= 0:
                    chunks.append(stuff[start:k])
                    start = k + 1
                    k = stuff.find('-', start + 2)
                chunks.append(stuff[start:])
                stuff = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-')
                                 for s in chunks)
            stuff = re.sub(r'([&~|])', r'\\\1', stuff)
            if not stuff:
                parts.append('(?!)')
            elif stuff == '!':
                parts.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                parts.append('[%s]' % stuff)
        else:
            parts.append(re.escape(c))
    out = []
    k = 0
    while k < len(parts) and parts[k] is not STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1
        if k == len(parts):
            out.append('.*')
            break
        fixed = []
        while k < len(parts) and parts[k] is not STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(out)
