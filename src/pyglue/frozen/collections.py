# collections: deque, namedtuple, OrderedDict, defaultdict and Counter.
# Their code (frozen/_collections.py) loads on first use (a module
# __getattr__, PEP 562), so `import collections.abc` (typing does) does
# not pay for it.

_NAMES = ("deque", "namedtuple", "OrderedDict", "defaultdict", "Counter")
__all__ = list(_NAMES)


def __getattr__(name):
    if name in _NAMES:
        import _collections
        g = globals()
        for n in _NAMES:
            g[n] = getattr(_collections, n)
        return g[name]
    raise AttributeError("module 'collections' has no attribute '%s'" % name)


def __dir__():
    return sorted(set(globals()) | set(_NAMES))
