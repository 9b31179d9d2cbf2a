# The traceback module over the interpreter's own reports: print_exc,
# format_exc, print_exception, format_exception(_only), extract_tb,
# format_tb/print_tb, format_list, StackSummary/FrameSummary and
# TracebackException. The natives _entries (one traceback's entries with
# source and caret lines) and _report (the whole report the interpreter
# prints for an uncaught exception) come from traceback_module.rs.
# MPYDOS keeps no frame objects: the *_stack functions and walk_* are
# absent.

import sys

_sentinel = object()


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "_carets", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._carets = None
        self.locals = locals

    @property
    def line(self):
        return None if self._line is None else self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "%s", line %s, in %s\n' % (frame_summary.filename,
                                                   frame_summary.lineno,
                                                   frame_summary.name)]
        if frame_summary.line:
            row.append("    %s\n" % frame_summary.line)
            if frame_summary._carets:
                row.append(frame_summary._carets + "\n")
        return "".join(row)

    def format(self):
        return [self.format_frame_summary(f) for f in self]


def _extract(tb, limit):
    frames = StackSummary()
    for filename, lineno, name, line, carets in _entries(tb):
        f = FrameSummary(filename, lineno, name, line=line)
        f._carets = carets
        frames.append(f)
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
    if limit is not None:
        if limit >= 0:
            del frames[limit:]
        else:
            del frames[:limit]
    return frames


def extract_tb(tb, limit=None):
    return _extract(tb, limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file=file)


def _type_name(etype):
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    return stype


def _value_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return None, None
    return value, tb


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = _extract(exc_traceback, limit)
        self.exc_type = exc_type
        self._str = _value_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self._exc = exc_value
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None \
            else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            ctx = exc_value.__context__
            if ctx is not None and id(ctx) not in _seen:
                self.__context__ = TracebackException(type(ctx), ctx, ctx.__traceback__,
                                                      limit=limit, _seen=_seen)
        self._limit = limit

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                yield "%s\n" % (note,)
        elif self.__notes__ is not None:
            yield "%r\n" % (self.__notes__,)

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " (%s)" % self.filename
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    %s\n" % ltext
            if self.offset is not None:
                caret = (self.offset - 1) - spaces
                if caret >= 0:
                    yield "    %s^\n" % (" " * caret)
        yield "%s: %s%s\n" % (stype, self.msg or "<no detail available>", filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        if chain and self._limit is None and self._exc is not None and \
                getattr(sys, "tracebacklimit", None) is None:
            yield from _chunks(_report(self._exc))
            return
        output = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _chunks(report):
    """The report's lines grouped as CPython's format() yields them: one
    string per frame (its File line with the source and caret lines)."""
    chunk = None
    for line in report.splitlines(True):
        if chunk is not None and line.startswith("    "):
            chunk += line
            continue
        if chunk is not None:
            yield chunk
        chunk = line
    if chunk is not None:
        yield chunk


_cause_message = ("\nThe above exception was the direct cause of the following "
                  "exception:\n\n")
_context_message = ("\nDuring handling of the above exception, another exception "
                    "occurred:\n\n")


def _format_final_exc_line(etype, value):
    if value is None or not value:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, value)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass
