# PEP 263 coding cookies: latin-1, cp437 and cp850 sources; a non-UTF-8 file without a cookie is a SyntaxError.
import sys
sys.path.insert(0, '.')
cases = [
    ('pepa', b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n'),
    ('pepb', b'#!/usr/bin/env python\n# vim: set fileencoding=cp437 :\ns = "\xc9\xcd\xbb \x82"\n'),
    ('pepc', b'# coding=cp850\ns = "\xd5 \x9c"\n'),
    ('pepd', b'# coding: utf-8\ns = "\xc3\xa9"\n'),
    ('pepe', b's = "caf\xe9"\n'),
    ('pepf', b'x = 1\n# coding: latin-1\ns = "\xe9"\n'),
    ('pepg', b'# coding: nosuchcodec\ns = 1\n'),
]
for name, data in cases:
    with open(name + '.py', 'wb') as f:
        f.write(data)
    try:
        m = __import__(name)
        print(name, ascii(m.s))
    except SyntaxError as e:
        print(name, 'SyntaxError')
import os
for name, data in cases:
    os.remove(name + '.py')
