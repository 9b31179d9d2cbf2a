# pickle: CPython's pickle format, protocols 0 to 5, written from the
# format's documentation: the built-in types, globals (classes, functions)
# by module and qualified name, and instances through __reduce_ex__,
# __reduce__, __getnewargs__/__getnewargs_ex__, __getstate__/__setstate__
# or their __dict__ (and __slots__). The bytes match what CPython's pickler
# writes for the same objects (memo, framing, opcode choice), so pickles go
# both ways. Out-of-band buffers (PickleBuffer) and persistent ids of the
# unpickler side are supported, and so are copyreg's dispatch_table (or a
# pickler's own dispatch_table / reducer_override) and extension codes.

import sys
from struct import pack, unpack

import copyreg as _copyreg
from copyreg import _reconstructor, __newobj__, __newobj_ex__

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler',
           'Unpickler', 'dump', 'dumps', 'load', 'loads',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (one byte each; see pickletools' documentation).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024
_BATCH = 1000


def _batches(items):
    """`items` in lists of _BATCH (the last one shorter, never empty): how
    APPENDS and SETITEMS group what they write."""
    it = iter(items)
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == _BATCH:
                break
        if batch:
            yield batch
        if len(batch) < _BATCH:
            return


# Protocols 0-2 name some modules as Python 2 did.
_TO_PY2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg'}
_FROM_PY2 = {'__builtin__': 'builtins', 'copy_reg': 'copyreg'}


class PickleBuffer:
    """A buffer handed to the pickler out of band (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view

    def release(self):
        self._view.release()


def _encode_long(x):
    """Little-endian two's complement, as few bytes as hold x (LONG1/4)."""
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _raw_unicode_unescape(b):
    out = []
    i, n = 0, len(b)
    while i < n:
        c = b[i]
        if c == 0x5c and i + 1 < n and b[i + 1] in b'uU':
            width = 4 if b[i + 1] == 0x75 else 8
            digits = b[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnpicklingError('truncated \\uXXXX escape')
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return ''.join(out)


def _class_attr(cls, name):
    """`name` as a class below `object` defines it, else None."""
    for k in cls.__mro__:
        if k is object:
            return None
        d = k.__dict__
        if name in d:
            return d[name]
    return None


def _default_state(obj):
    getstate = _class_attr(type(obj), '__getstate__')
    if getstate is not None:
        return getstate(obj)
    d = getattr(obj, '__dict__', None)
    slots = {}
    for k in type(obj).__mro__:
        for name in k.__dict__.get('__slots__', ()):
            if name not in ('__dict__', '__weakref__') and hasattr(obj, name):
                slots[name] = getattr(obj, name)
    if slots:
        return (d or None, slots)
    return d or None


def _codecs_encode(text, encoding='utf-8', errors='strict'):
    return text.encode(encoding, errors)


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for mname, m in list(sys.modules.items()):
        if m is None or mname == '__main__':
            continue
        try:
            if _getattribute(m, name)[0] is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent, obj = obj, getattr(obj, part)
    return obj, parent


class _Frames:
    """The pickler's output: frames (protocol 4+) of about 64 KiB."""

    def __init__(self, write, framing):
        self.out = write
        self.framing = framing
        self.frame = bytearray()

    def write(self, data):
        if self.framing:
            self.frame += data
        else:
            self.out(data)

    def commit(self, force=False):
        f = self.frame
        if f and (force or len(f) >= _FRAME_TARGET):
            if len(f) >= 4:
                self.out(FRAME + pack('<Q', len(f)))
            self.out(bytes(f))
            self.frame = bytearray()

    def write_large(self, header, payload):
        # A payload of a frame's size or more goes out unframed.
        self.commit(True)
        self.out(header)
        self.out(bytes(payload))


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._out = _Frames(self._file_write, self.proto >= 4)
        self.write = self._out.write
        if self.proto >= 2:
            self._file_write(PROTO + pack('<B', self.proto))
        self.save(obj)
        self.write(STOP)
        self._out.commit(True)

    def persistent_id(self, obj):
        return None

    # --- memo -----------------------------------------------------------
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self.write(BINPUT + pack('<B', idx))
            else:
                self.write(LONG_BINPUT + pack('<I', idx))
        else:
            self.write(PUT + repr(idx).encode('ascii') + b'\n')
        self.memo[id(obj)] = idx, obj

    def get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + pack('<B', idx)
            return LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # --- the dispatcher -------------------------------------------------
    def save(self, obj, save_persistent_id=True):
        self._out.commit()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        rv = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            rv = self._reduce(obj)
            if rv is None:
                return
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements' % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj):
        # Saves obj itself (None) or says how to rebuild it.
        t = type(obj)
        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return None
        reduce = getattr(self, 'dispatch_table', _copyreg.dispatch_table).get(t)
        if reduce is not None:
            return reduce(obj)
        if isinstance(obj, type):
            self.save_global(obj)
            return None
        reduce_ex = _class_attr(t, '__reduce_ex__')
        if reduce_ex is not None:
            rv = reduce_ex(obj, self.proto)
        else:
            reduce = _class_attr(t, '__reduce__')
            if reduce is not None:
                rv = reduce(obj)
            elif t.__module__ == 'builtins' and not hasattr(obj, '__dict__'):
                if callable(obj):
                    self.save_global(obj)
                    return None
                raise TypeError('cannot pickle %r object' % t.__name__)
            else:
                rv = self._default_reduce(obj)
        return rv

    def _default_reduce(self, obj):
        cls = type(obj)
        if self.proto >= 2:
            ex = _class_attr(cls, '__getnewargs_ex__')
            if ex is not None:
                args, kwargs = ex(obj)
                if kwargs:
                    return (__newobj_ex__, (cls, args, kwargs), _default_state(obj))
            else:
                na = _class_attr(cls, '__getnewargs__')
                args = na(obj) if na is not None else ()
            # A list or dict subclass sends its items after the object.
            listitems = iter(obj) if isinstance(obj, list) else None
            dictitems = iter(obj.items()) if isinstance(obj, dict) else None
            return (__newobj__, (cls,) + tuple(args), _default_state(obj),
                    listitems, dictitems)
        # Protocols 0 and 1: the nearest built-in base rebuilds the object
        # from its built-in value (a list subclass from a list).
        base = next(b for b in cls.__mro__ if b.__module__ == 'builtins')
        if base is object:
            base_state = None
        elif base is cls:
            raise TypeError('cannot pickle %r object' % cls.__name__)
        else:
            base_state = base(obj)
        if hasattr(obj, '__slots__') and not hasattr(obj, '__dict__'):
            raise TypeError('a class that defines __slots__ without defining '
                            '__getstate__ cannot be pickled with protocol %d' % self.proto)
        state = _default_state(obj)
        if state:
            return (_reconstructor, (cls, base, base_state), state)
        return (_reconstructor, (cls, base, base_state))

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        save, write = self.save, self.write
        fname = getattr(func, '__name__', '')
        if self.proto >= 2 and fname == '__newobj_ex__':
            cls, a, kw = args
            if self.proto >= 4:
                save(cls)
                save(a)
                save(kw)
                write(NEWOBJ_EX)
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *a, **kw))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and fname == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not type(obj):
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # --- the built-in types ---------------------------------------------
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + pack('<B', obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + pack('<H', obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack('<i', obj))
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + pack('<B', n) + data)
            else:
                self.write(LONG4 + pack('<i', n) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack('<Q', n), obj)
        elif n >= _FRAME_TARGET:
            self._out.write_large(BINBYTES + pack('<I', n), obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_TARGET:
            self._out.write_large(BYTEARRAY8 + pack('<Q', n), obj)
        else:
            self.write(BYTEARRAY8 + pack('<Q', n) + obj)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError('PickleBuffer can only be pickled with protocol >= 5')
        m = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self.save_bytes(m.tobytes())
            else:
                self.save_bytearray(bytearray(m))
        else:
            self.write(NEXT_BUFFER)
            if m.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack('<B', n) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + pack('<Q', n), data)
            elif n >= _FRAME_TARGET:
                self._out.write_large(BINUNICODE + pack('<I', n), data)
            else:
                self.write(BINUNICODE + pack('<I', n) + data)
        else:
            tmp = obj.replace('\\', '\\u005c').replace('\0', '\\u0000')
            tmp = tmp.replace('\n', '\\u000a').replace('\r', '\\u000d')
            tmp = tmp.replace('\x1a', '\\u001a')
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save, memo = self.save, self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple holds itself: it is in the memo by now.
            if self.bin:
                self.write(POP_MARK + self.get(x[0]))
            else:
                self.write(POP * (n + 1) + self.get(x[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not self.bin or len(obj) == 1:
            self._batch_appends(obj)
        else:
            # A list itself (not an iterator): as CPython, a last single
            # item also goes in a MARK ... APPENDS batch.
            self._marked_batches(obj, APPENDS)

    def _marked_batches(self, items, end):
        """The sequence `items` as MARK, up to _BATCH items, `end`."""
        for i in range(0, len(items), _BATCH):
            self.write(MARK)
            for x in items[i:i + _BATCH]:
                self.save(x)
            self.write(end)

    def _batch_appends(self, items):
        save, write = self.save, self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            else:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not self.bin or len(obj) <= 1:
            self._batch_setitems(iter(obj.items()))
            return
        self._batches_while_full(iter(obj.items()), SETITEMS, self._save_pair)

    def _save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def _batches_while_full(self, items, end, save_item):
        """MARK, up to _BATCH items of the iterator `items`, `end`; again
        while the batch was full, so a size that is a multiple of _BATCH
        ends with an empty batch, as CPython writes dicts and sets."""
        while True:
            self.write(MARK)
            n = 0
            for x in items:
                save_item(x)
                n += 1
                if n == _BATCH:
                    break
            self.write(end)
            if n < _BATCH:
                return

    def _batch_setitems(self, items):
        save, write = self.save, self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            else:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if obj:
            self._batches_while_full(iter(obj), ADDITEMS, self.save)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(POP_MARK + self.get(x[0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        alias = _ALIASES.get(obj) if callable(obj) and not isinstance(obj, type) else None
        if alias is not None:
            module_name, name = alias
            obj2 = obj
            parent = None
        else:
            if name is None:
                name = getattr(obj, '__qualname__', None) or obj.__name__
            module_name = _whichmodule(obj, name)
            try:
                __import__(module_name)
                obj2, parent = _getattribute(sys.modules[module_name], name)
            except (ImportError, KeyError, AttributeError):
                raise PicklingError("Can't pickle %r: it's not found as %s.%s"
                                    % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self.write(EXT1 + pack('<B', code))
                elif code <= 0xffff:
                    self.write(EXT2 + pack('<H', code))
                else:
                    self.write(EXT4 + pack('<i', code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not None and parent is not sys.modules[module_name] and '.' in name:
            # A nested name: getattr on the parent, which is pickled first.
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name = _TO_PY2.get(module_name, module_name)
            try:
                self.write(GLOBAL + module_name.encode('ascii') + b'\n'
                           + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    'pickle protocol %i' % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_singleton(self, obj):
        self.save_global(obj, 'Ellipsis' if obj is ... else 'NotImplemented')


_DISPATCH = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
    type(...): Pickler.save_singleton,
    type(NotImplemented): Pickler.save_singleton,
    type(len): Pickler.save_global,
    type(_whichmodule): Pickler.save_global,
}

# Functions of this module that stand for CPython's own in a pickle.
_ALIASES = {
    _codecs_encode: ('_codecs', 'encode'),
}


class _Reader:
    """read/readline over a bytes object (what loads unpickles from)."""

    def __init__(self, data):
        self.data = data if isinstance(data, bytes) else bytes(data)
        self.pos = 0

    def read(self, n):
        p = self.pos
        self.pos = p + n
        return bytes(self.data[p:p + n])

    def readline(self):
        data = self.data
        p = self.pos
        end = p
        n = len(data)
        while end < n and data[end] != 10:
            end += 1
        end = min(end + 1, n)
        self.pos = end
        return bytes(data[p:end])


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._read = file.read
        self._readline = file.readline
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def read(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def readline(self):
        line = self._readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line[:-1]

    def load(self):
        if not hasattr(self, '_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        read = self._read
        dispatch = _LOAD
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError('Ran out of input')
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError('invalid load key, %r.' % chr(key[0]))
                f(self)
        except _Stop as stop:
            return stop.value

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, '
                              'but no persistent_load function was specified.')

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            module = _FROM_PY2.get(module, module)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # --- the stack --------------------------------------------------------
    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def pop(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack.pop()

    def top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def push(self, value):
        self.stack.append(value)

    def memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None

    def memo_put(self, idx):
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self.top()

    # --- opcodes ----------------------------------------------------------
    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def load_frame(self):
        unpack('<Q', self.read(8))

    def load_persid(self):
        try:
            pid = self.readline().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings')
        self.push(self.persistent_load(pid))

    def load_binpersid(self):
        self.push(self.persistent_load(self.pop()))

    def load_none(self):
        self.push(None)

    def load_false(self):
        self.push(False)

    def load_true(self):
        self.push(True)

    def load_int(self):
        data = self.readline()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data, 0)
        self.push(val)

    def load_binint(self):
        self.push(unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.push(self.read(1)[0])

    def load_binint2(self):
        self.push(unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()
        if val and val[-1] == 0x4c:
            val = val[:-1]
        self.push(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.push(int.from_bytes(self.read(n), 'little', signed=True))

    def load_long4(self):
        n = unpack('<i', self.read(4))[0]
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.push(int.from_bytes(self.read(n), 'little', signed=True))

    def load_float(self):
        self.push(float(self.readline()))

    def load_binfloat(self):
        self.push(unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self.push(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = unpack('<i', self.read(4))[0]
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self.push(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        self.push(self._decode_string(self.read(self.read(1)[0])))

    def load_binbytes(self):
        n = unpack('<I', self.read(4))[0]
        self.push(self.read(n))

    def load_short_binbytes(self):
        self.push(self.read(self.read(1)[0]))

    def load_binbytes8(self):
        self.push(self.read(unpack('<Q', self.read(8))[0]))

    def load_bytearray8(self):
        self.push(bytearray(self.read(unpack('<Q', self.read(8))[0])))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data '
                                  'but no *buffers* argument was given')
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None
        self.push(buf)

    def load_readonly_buffer(self):
        buf = self.pop()
        m = memoryview(buf)
        self.push(m.toreadonly() if not m.readonly else buf)

    def load_unicode(self):
        self.push(_raw_unicode_unescape(self.readline()))

    def load_binunicode(self):
        n = unpack('<I', self.read(4))[0]
        self.push(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = unpack('<Q', self.read(8))[0]
        self.push(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        self.push(str(self.read(self.read(1)[0]), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        self.push(tuple(self.pop_mark()))

    def load_empty_tuple(self):
        self.push(())

    def load_tuple1(self):
        self.stack[-1:] = [tuple(self.stack[-1:])]

    def load_tuple2(self):
        self._tuple_n(2)

    def load_tuple3(self):
        self._tuple_n(3)

    def _tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError('unpickling stack underflow')
        self.stack[-n:] = [tuple(self.stack[-n:])]

    def load_empty_list(self):
        self.push([])

    def load_empty_dict(self):
        self.push({})

    def load_empty_set(self):
        self.push(set())

    def load_frozenset(self):
        self.push(frozenset(self.pop_mark()))

    def load_list(self):
        self.push(self.pop_mark())

    def load_dict(self):
        items = self.pop_mark()
        self.push({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError('in constructor for %s: %s' % (klass.__name__, err))
        else:
            value = klass.__new__(klass)
        self.push(value)

    def load_inst(self):
        module = self.readline().decode('ascii')
        name = self.readline().decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        self.push(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        self.push(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline().decode('utf-8')
        name = self.readline().decode('utf-8')
        self.push(self.find_class(module, name))

    def load_stack_global(self):
        name = self.pop()
        module = self.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.push(self.find_class(module, name))

    def load_ext1(self):
        self.get_extension(self.read(1)[0])

    def load_ext2(self):
        self.get_extension(unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self.get_extension(unpack('<i', self.read(4))[0])

    def get_extension(self, code):
        nil = []
        obj = _copyreg._extension_cache.get(code, nil)
        if obj is not nil:
            self.push(obj)
            return
        key = _copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError('EXT specifies code <= 0')
            raise ValueError('unregistered extension code %d' % code)
        obj = self.find_class(*key)
        _copyreg._extension_cache[code] = obj
        self.push(obj)

    def load_reduce(self):
        args = self.pop()
        func = self.top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.push(self.top())

    def load_get(self):
        self.push(self.memo_get(int(self.readline())))

    def load_binget(self):
        self.push(self.memo_get(self.read(1)[0]))

    def load_long_binget(self):
        self.push(self.memo_get(unpack('<I', self.read(4))[0]))

    def load_put(self):
        self.memo_put(int(self.readline()))

    def load_binput(self):
        self.memo_put(self.read(1)[0])

    def load_long_binput(self):
        self.memo_put(unpack('<I', self.read(4))[0])

    def load_memoize(self):
        self.memo[len(self.memo)] = self.top()

    def load_append(self):
        value = self.pop()
        self.top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self.top()
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        self.top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.top()
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self.top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self.pop()
        inst = self.top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            d = inst.__dict__
            for k, v in state.items():
                d[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self.pop())


def _escape_decode(data):
    """The body of a protocol 0 STRING: Python 2's backslash escapes."""
    out = bytearray()
    i, n = 0, len(data)
    simple = {0x6e: 10, 0x74: 9, 0x72: 13, 0x5c: 92, 0x27: 39, 0x22: 34,
              0x61: 7, 0x62: 8, 0x66: 12, 0x76: 11, 0x30: 0}
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n:
            e = data[i + 1]
            if e == 0x78:
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if 0x30 <= e <= 0x37:
                j = i + 1
                while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append(int(data[i + 1:j], 8) & 0xff)
                i = j
                continue
            if e in simple:
                out.append(simple[e])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


_LOAD = {}
for _op, _fn in [
        (PROTO, Unpickler.load_proto), (FRAME, Unpickler.load_frame),
        (PERSID, Unpickler.load_persid), (BINPERSID, Unpickler.load_binpersid),
        (NONE, Unpickler.load_none), (NEWFALSE, Unpickler.load_false),
        (NEWTRUE, Unpickler.load_true), (INT, Unpickler.load_int),
        (BININT, Unpickler.load_binint), (BININT1, Unpickler.load_binint1),
        (BININT2, Unpickler.load_binint2), (LONG, Unpickler.load_long),
        (LONG1, Unpickler.load_long1), (LONG4, Unpickler.load_long4),
        (FLOAT, Unpickler.load_float), (BINFLOAT, Unpickler.load_binfloat),
        (STRING, Unpickler.load_string), (BINSTRING, Unpickler.load_binstring),
        (SHORT_BINSTRING, Unpickler.load_short_binstring),
        (BINBYTES, Unpickler.load_binbytes), (SHORT_BINBYTES, Unpickler.load_short_binbytes),
        (BINBYTES8, Unpickler.load_binbytes8), (BYTEARRAY8, Unpickler.load_bytearray8),
        (NEXT_BUFFER, Unpickler.load_next_buffer),
        (READONLY_BUFFER, Unpickler.load_readonly_buffer),
        (UNICODE, Unpickler.load_unicode), (BINUNICODE, Unpickler.load_binunicode),
        (BINUNICODE8, Unpickler.load_binunicode8),
        (SHORT_BINUNICODE, Unpickler.load_short_binunicode),
        (TUPLE, Unpickler.load_tuple), (EMPTY_TUPLE, Unpickler.load_empty_tuple),
        (TUPLE1, Unpickler.load_tuple1), (TUPLE2, Unpickler.load_tuple2),
        (TUPLE3, Unpickler.load_tuple3), (EMPTY_LIST, Unpickler.load_empty_list),
        (EMPTY_DICT, Unpickler.load_empty_dict), (EMPTY_SET, Unpickler.load_empty_set),
        (FROZENSET, Unpickler.load_frozenset), (LIST, Unpickler.load_list),
        (DICT, Unpickler.load_dict), (INST, Unpickler.load_inst),
        (OBJ, Unpickler.load_obj), (NEWOBJ, Unpickler.load_newobj),
        (NEWOBJ_EX, Unpickler.load_newobj_ex), (GLOBAL, Unpickler.load_global),
        (STACK_GLOBAL, Unpickler.load_stack_global), (EXT1, Unpickler.load_ext1),
        (EXT2, Unpickler.load_ext2), (EXT4, Unpickler.load_ext4),
        (REDUCE, Unpickler.load_reduce), (POP, Unpickler.load_pop),
        (POP_MARK, Unpickler.load_pop_mark), (DUP, Unpickler.load_dup),
        (GET, Unpickler.load_get), (BINGET, Unpickler.load_binget),
        (LONG_BINGET, Unpickler.load_long_binget), (PUT, Unpickler.load_put),
        (BINPUT, Unpickler.load_binput), (LONG_BINPUT, Unpickler.load_long_binput),
        (MEMOIZE, Unpickler.load_memoize), (APPEND, Unpickler.load_append),
        (APPENDS, Unpickler.load_appends), (SETITEM, Unpickler.load_setitem),
        (SETITEMS, Unpickler.load_setitems), (ADDITEMS, Unpickler.load_additems),
        (BUILD, Unpickler.load_build), (MARK, Unpickler.load_mark),
        (STOP, Unpickler.load_stop)]:
    _LOAD[_op[0]] = _fn
del _op, _fn


class _Collect:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _Collect()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return b''.join(out.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_Reader(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
