# importlib: import_module (absolute, dotted, relative), reload of a file
# module, importlib.util's spec_from_file_location/module_from_spec/
# find_spec/resolve_name; keyword; platform's portable answers.
import importlib
import importlib.util
import keyword
import os
import platform
import sys

print(importlib.import_module('json').dumps({'a': 1}))
print(importlib.import_module('os.path').join('a', 'b') in ('a/b', 'a\\b'))
print(importlib.import_module('json') is sys.modules['json'])
for bad in [('.x', None), ('', None), ('..x', 'pkg')]:
    try:
        importlib.import_module(*bad)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module('no_such_module_here')
except ModuleNotFoundError as e:
    print(e, e.name)

with open('IMPL_M.py', 'w') as f:
    f.write('X = 41\nprint("ran", __name__)\n')
import IMPL_M
print(IMPL_M.X)
with open('IMPL_M.py', 'w') as f:
    f.write('X = 42\nY = X + 1\n')
print(importlib.reload(IMPL_M) is IMPL_M, IMPL_M.X, IMPL_M.Y)
for bad in [3, type(sys)('loose')]:
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)

spec = importlib.util.spec_from_file_location('loaded_by_path', 'IMPL_M.py')
print(spec.name, os.path.basename(spec.origin), spec.parent == '', spec.has_location)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, 'loaded_by_path' in sys.modules)
spec.loader.exec_module(mod)
print(mod.X, mod.Y, os.path.basename(mod.__file__))
print(importlib.util.find_spec('no_such_module_here'))
print(os.path.basename(importlib.util.find_spec('IMPL_M').origin))
print(importlib.util.find_spec('json').name)
print(importlib.util.resolve_name('.b', 'a.c'), importlib.util.resolve_name('x', None))
os.remove('IMPL_M.py')

print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(len(keyword.kwlist), keyword.kwlist[:3], keyword.softkwlist)
print(keyword.iskeyword('print'), keyword.iskeyword('None'), keyword.__all__)

print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple()[:2], type(platform.python_implementation()).__name__)
u = platform.uname()
print(type(u).__name__, len(u), u.system == platform.system(), u[4] == platform.machine())
print(all(isinstance(x, str) for x in u), isinstance(platform.platform(), str))
print(platform.architecture()[0] in ('32bit', '64bit'))
e = ImportError('m', name='n', path='p')
print(e, e.name, e.path, e.msg, e.args)
e = ImportError()
print(e.name, e.path, e.msg)
try:
    ImportError('x', bogus=1)
except TypeError as t:
    print(t)
e = ModuleNotFoundError('z', name='q'); print(e.name)
