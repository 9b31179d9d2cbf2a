# The less common sys names scripts use: struct sequences, encodings, hooks,
# the console streams' attributes and their binary buffers.
import sys

vi = sys.version_info
print(vi.major, vi.minor, vi[:2], vi >= (3, 8), type(vi).__name__, len(vi))
print(vi.releaselevel, isinstance(vi, tuple), vi.n_fields)
print(repr(vi).startswith('sys.version_info(major=3, minor=11, micro='))
try:
    vi.major = 4
except AttributeError as e:
    print('read-only', type(e).__name__)
print(sys.hexversion >> 16 == 0x030B, sys.api_version > 1000)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp)
print(fi.max == 1.7976931348623157e+308, 1.0 + fi.epsilon > 1.0)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
print(sys.maxunicode, sys.float_repr_style, sys.flags.optimize, sys.flags.debug)
print(type(sys.flags).__name__, sys.flags.bytes_warning, sys.flags.quiet)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.warnoptions, type(sys.meta_path).__name__, type(sys.executable).__name__)
print(isinstance(sys.implementation.name, str), sys.implementation.name == sys.implementation.name.lower())
print(hasattr(sys, 'no_such_thing'), hasattr(sys, '_struct_type'))
try:
    sys.no_such_thing
except AttributeError as e:
    print(e)
print(sys.exception())
try:
    {}['k']
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
print(sys.exception())
print(sys.call_tracing(lambda a, b: a + b, (2, 3)))
print(callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stderr.errors)
print(sys.stdout.encoding.replace('-', '').lower())
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.seekable())
print(type(sys.stdout.isatty()).__name__, sys.stdout.closed)
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdin.buffer is not sys.stdout.buffer)
print(sys.stdout.buffer.write(b'raw bytes\n'))
sys.stdout.buffer.flush()
sys.stdout.writelines(['line one\n', 'line two\n'])
try:
    sys.stdout.buffer.write('text')
except TypeError as e:
    print(e)
print(sys.stdin.buffer.read())
sys.stdout.flush()


def hook(kind, value, tb):
    print('hook:', kind.__name__, value, tb is not None)


sys.excepthook = hook
raise ValueError('reported by the hook')
