# importlib.util: module specs, loading a module from a file path
# (spec_from_file_location + module_from_spec + spec.loader.exec_module),
# find_spec and resolve_name.

import sys as _sys

from importlib import _absolute_name


class SourceFileLoader:
    """Runs a .py file into a module."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode()

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_data(self.path), self.path, 'exec')
        exec(code, module.__dict__)

    def __repr__(self):
        return '<SourceFileLoader %r %r>' % (self.name, self.path)


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None and origin not in ('built-in', 'frozen')

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = ['name=%r' % self.name, 'loader=%r' % self.loader]
        if self.origin is not None:
            parts.append('origin=%r' % self.origin)
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations=%r'
                         % self.submodule_search_locations)
        return 'ModuleSpec(%s)' % ', '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin,
                self.submodule_search_locations) == (
            other.name, other.loader, other.origin,
            other.submodule_search_locations)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    is_package = submodule_search_locations is not None or \
        location.replace('\\', '/').endswith('/__init__.py')
    spec = ModuleSpec(name, loader, origin=location, is_package=is_package)
    if is_package:
        sep = location.replace('\\', '/').rfind('/')
        spec.submodule_search_locations = (
            list(submodule_search_locations) if submodule_search_locations
            else [location[:sep] if sep >= 0 else ''])
    return spec


def module_from_spec(spec):
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    if module is None:
        module = type(_sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def resolve_name(name, package):
    return _absolute_name(name, package)


def _find_file(name, path):
    tail = name.rpartition('.')[2]
    for folder in path:
        base = folder + '/' + tail if folder else tail
        for candidate, is_package in ((base + '.py', False),
                                      (base + '/__init__.py', True)):
            try:
                open(candidate, 'rb').close()
            except OSError:
                continue
            return spec_from_file_location(
                name, candidate,
                submodule_search_locations=[base] if is_package else None)
    return None


def find_spec(name, package=None):
    """The spec of module `name`, or None if there is no such module. A
    module built into MPYDOS has no file to look at, so finding it imports
    it (CPython's built-in modules are found without running them)."""
    fullname = _absolute_name(name, package)
    module = _sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        path = getattr(module, '__file__', None)
        if path is not None:
            return spec_from_file_location(fullname, path)
        return ModuleSpec(fullname, None, origin='built-in')
    parent = fullname.rpartition('.')[0]
    if parent:
        parent_module = __import__(parent, fromlist=['__name__'])
        path = getattr(parent_module, '__path__', None)
        if path is None:
            raise ModuleNotFoundError(
                "__path__ attribute not found on %r while trying to find %r"
                % (parent, fullname), name=fullname)
    else:
        path = _sys.path
    spec = _find_file(fullname, path)
    if spec is not None:
        return spec
    try:
        __import__(fullname)
    except ImportError:
        return None
    return ModuleSpec(fullname, None, origin='built-in')
