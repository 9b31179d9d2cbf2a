# platform: what the machine and this Python are, from os._uname() (the
# platform's uname(2) on the host; on DOS "DOS" and the DOS version from
# INT 21h, other fields empty as the documentation allows when a value
# cannot be determined).

import os as _os
import struct as _struct
import sys as _sys


class uname_result(tuple):
    """(system, node, release, version, machine, processor); its repr,
    as CPython's, shows the first five."""

    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine,
                                   processor()))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        pairs = ', '.join('%s=%r' % pair for pair in zip(self._fields, self[:5]))
        return 'uname_result(%s)' % pairs


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_os._uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=_sys.executable, bits='', linkage=''):
    bits = '%dbit' % (_struct.calcsize('P') * 8)
    if _sys.platform == 'dos':
        return bits, 'COFF'
    return bits, 'ELF'


def python_implementation():
    return 'MPYDOS'


def python_version_tuple():
    return tuple(str(part) for part in _sys.version_info[:3])


def python_version():
    return '.'.join(python_version_tuple())


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('', '')


def python_compiler():
    return 'rustc'


def platform(aliased=False, terse=False):
    parts = [system(), release()]
    if not terse:
        parts.append(machine())
    return '-'.join(part for part in parts if part)
