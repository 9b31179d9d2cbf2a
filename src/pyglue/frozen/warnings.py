# The warnings module: warn, warn_explicit, the filter list
# (filterwarnings, simplefilter, resetwarnings; actions default, error,
# ignore, always, module, once), showwarning/formatwarning and
# catch_warnings. MPYDOS has no frame objects, so a warning's location is
# CPython's fallback for an unknown caller ("sys", line 1) unless given
# to warn_explicit; message and module patterns match as
# case-insensitive prefixes (message) and exact names (module), not
# regular expressions.

import sys

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError, TypeError):
        pass
    return None


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, message.lower() or None, category, module or None, lineno,
                append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    registry = _registries.setdefault("sys", {})
    warn_explicit(message, category, "sys", 1, "sys", registry, None, source)


_registries = {}


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or text.lower().startswith(msg)) and issubclass(category, cat)
                and (mod is None or mod == module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        _rebind_filters(m)
        self._showwarning = m.showwarning
        self._onceregistry = dict(m.onceregistry)
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m.showwarning = lambda *a, **k: log.append(WarningMessage(*a, **k))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        _rebind_filters(m)
        m.showwarning = self._showwarning
        m.onceregistry.clear()
        m.onceregistry.update(self._onceregistry)


def _rebind_filters(m):
    _filters_version[0] += 1


def _setup_default_filters():
    for cat in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                ResourceWarning):
        filters.append(("ignore", None, cat, None, 0))
    filters.insert(0, ("default", None, DeprecationWarning, "__main__", 0))


_setup_default_filters()
