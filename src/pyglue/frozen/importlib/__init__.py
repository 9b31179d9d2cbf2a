# importlib: import a module by name at run time (import_module), run a
# module's file again (reload); importlib.util loads a module from a path.

import sys as _sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '%s.%s' % (base, name) if name else base


def _absolute_name(name, package):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not %s' % type(name).__name__)
    if not name.startswith('.'):
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a "
                        "relative import for %r" % name)
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def import_module(name, package=None):
    """The module `name` ('.a' relative to `package`), imported if needed."""
    absolute = _absolute_name(name, package)
    if not absolute:
        raise ValueError('Empty module name')
    __import__(absolute)
    return _sys.modules[absolute]


def invalidate_caches():
    """Nothing is cached between imports: every import searches sys.path."""


def reload(module):
    """Run the module's source file again in its own namespace."""
    if type(module) is not type(_sys):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if _sys.modules.get(name) is not module:
        raise ImportError('module %s not in sys.modules' % name, name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module  # built into MPYDOS: nothing to read again
    with open(path, 'rb') as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return _sys.modules[name]
