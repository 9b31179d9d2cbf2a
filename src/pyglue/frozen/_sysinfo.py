# The parts of `sys` scripts rarely touch, made on first use: sys's module
# __getattr__ (vm/builtins/modules.rs) runs this module once (with
# `_program`, the running program's path, set) and copies the asked name
# into sys, calling `_make_NAME()` for the few that cost an import. A
# script that never asks pays no memory for them. Values follow CPython
# 3.11 on a 64-bit build, except where MPYDOS differs and says so (no
# bytecode cache, no threads, UTF-8 everywhere).

import sys as _sys


def _struct_type(name, fields):
    """A read-only tuple with named fields, like CPython's struct sequences
    (sys.version_info, sys.flags, ...)."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != len(fields):
            raise TypeError('sys.%s() takes a %d-sequence (%d-sequence given)'
                            % (name, len(fields), len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        pairs = ', '.join('%s=%r' % pair for pair in zip(fields, self))
        return 'sys.%s(%s)' % (name, pairs)

    def __reduce__(self):
        return (type(self), (tuple(self),))

    body = {'__slots__': (), '__new__': __new__, '__repr__': __repr__,
            '__reduce__': __reduce__, '__module__': 'sys',
            'n_fields': len(fields), 'n_sequence_fields': len(fields),
            'n_unnamed_fields': 0}
    for i, field in enumerate(fields):
        body[field] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), body)


def _struct(typename, /, **values):
    return _struct_type(typename, tuple(values))(values.values())


_VERSION_FIELDS = ('major', 'minor', 'micro', 'releaselevel', 'serial')
version_info = _struct_type('version_info', _VERSION_FIELDS)((3, 11, 0, 'final', 0))
hexversion = 0x030B00F0
api_version = 1013
float_info = _struct(
    'float_info', max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308,
    min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15,
    mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)
int_info = _struct('int_info', bits_per_digit=30, sizeof_digit=4,
                   default_max_str_digits=4300, str_digits_check_threshold=640)
hash_info = _struct('hash_info', width=64, modulus=2305843009213693951,
                    inf=314159, nan=0, imag=1000003, algorithm='siphash13',
                    hash_bits=64, seed_bits=128, cutoff=0)
# MPYDOS writes no bytecode files and reads text as UTF-8.
flags = _struct('flags', debug=0, inspect=0, interactive=0, optimize=0,
                dont_write_bytecode=1, no_user_site=1, no_site=1,
                ignore_environment=0, verbose=0, bytes_warning=0, quiet=0,
                hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=1,
                warn_default_encoding=0, safe_path=False, int_max_str_digits=-1)
# No threads on DOS.
thread_info = _struct('thread_info', name=None, lock=None, version=None)
maxunicode = 0x10FFFF
float_repr_style = 'short'
dont_write_bytecode = True
pycache_prefix = None
warnoptions = []
_xoptions = {}
meta_path = []
path_hooks = []
path_importer_cache = {}
abiflags = ''
copyright = 'Copyright (c) the MPYDOS authors.'
executable = _program
orig_argv = [_program] + _sys.argv
prefix = exec_prefix = base_prefix = base_exec_prefix = _program.rpartition(
    '\\' if _sys.platform == 'dos' else '/')[0]
platlibdir = 'lib'


def _make_implementation():
    import types
    version = _struct_type('version_info', _VERSION_FIELDS)((0, 1, 0, 'final', 0))
    return types.SimpleNamespace(name='mpydos', cache_tag=None, version=version,
                                 hexversion=0x000100F0)


def excepthook(exctype, value, traceback):
    import traceback as tb
    tb.print_exception(exctype, value, traceback)


__excepthook__ = excepthook


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def exception():
    return _sys.exc_info()[1]


def call_tracing(func, args):
    return func(*args)


def is_finalizing():
    return False


def displayhook(value):
    if value is None:
        return
    import builtins
    builtins._ = None
    _sys.stdout.write(repr(value) + '\n')
    builtins._ = value


__displayhook__ = displayhook
