# csv: reader, writer, DictReader, DictWriter and dialects (RFC 4180 as
# CPython 3.11's csv reads and writes it).

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'unix_dialect', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'field_size_limit', 'DictReader',
           'DictWriter']


class Error(Exception):
    pass


class Dialect:
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ is not Dialect:
            _Params(self, {})


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
_limit = 131072


def _char(name, v, allow_none):
    if v is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(v, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Params:
    """The checked parameters of a dialect plus keyword overrides."""

    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        get = lambda k, d: kw[k] if k in kw else getattr(dialect, k, d)
        self.delimiter = _char('delimiter', get('delimiter', ','), False)
        self.quoting = get('quoting', QUOTE_MINIMAL)
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        q = get('quotechar', '"')
        self.quotechar = _char('quotechar', q, True)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.escapechar = _char('escapechar', get('escapechar', None), True)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        lt = get('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        self.strict = bool(get('strict', False))


def register_dialect(name, dialect=None, **kw):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    base = dialect if dialect is not None else excel
    _dialects[name] = _Params(base, kw)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _limit
    old = _limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = args[0]
    return old


class _Reader:
    def __init__(self, f, dialect, kw):
        self._it = iter(f)
        self.dialect = _Params(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._it)
        if not isinstance(line, str):
            raise Error('iterator should return strings, not %.200s '
                        '(the file should be opened in text mode)'
                        % type(line).__name__)
        self.line_num += 1
        return line

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start'
        quoted = False
        line = self._next_line()
        while True:
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                i += 1
                if c == '\0':
                    raise Error('line contains NUL')
                if state == 'start' or state == 'after_delim':
                    if c in '\r\n' and state == 'start':
                        state = 'blank'
                        break
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted = True
                        continue
                    quoted = False
                    if c == ' ' and d.skipinitialspace:
                        continue
                    state = 'field'
                if state == 'field':
                    if c == d.delimiter:
                        fields.append(self._value(''.join(field), quoted))
                        field = []
                        state = 'after_delim'
                    elif c in '\r\n':
                        state = 'eol'
                        break
                    elif c == d.escapechar:
                        if i < n:
                            field.append(line[i])
                            i += 1
                        else:
                            state = 'escape_eol'
                    else:
                        field.append(c)
                elif state == 'quoted':
                    if c == d.escapechar:
                        if i < n:
                            field.append(line[i])
                            i += 1
                    elif c == d.quotechar:
                        state = 'quote_in_quoted'
                    else:
                        field.append(c)
                elif state == 'quote_in_quoted':
                    if c == d.quotechar and d.doublequote:
                        field.append(c)
                        state = 'quoted'
                    elif c == d.delimiter:
                        fields.append(self._value(''.join(field), quoted))
                        field = []
                        state = 'after_delim'
                    elif c in '\r\n':
                        state = 'eol'
                        break
                    elif d.strict:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = 'field'
                if len(field) > _limit:
                    raise Error('field larger than field limit (%d)' % _limit)
            if state in ('quoted', 'escape_eol'):
                if state == 'escape_eol':
                    field.append('\n')
                    state = 'field'
                try:
                    line = self._next_line()
                except StopIteration:
                    if d.strict:
                        raise Error('unexpected end of data')
                    break
                continue
            break
        if state in ('start', 'blank') and not fields:
            return []
        fields.append(self._value(''.join(field), quoted))
        return fields

    def _value(self, text, quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, f, dialect, kw):
        self._write = f.write
        self.dialect = _Params(dialect, kw)

    def _field(self, v, only):
        d = self.dialect
        if v is None:
            text = ''
        elif isinstance(v, float):
            text = repr(v)
        else:
            text = str(v)
        numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not numeric and v is not None or (v is None and False)
            if v is None:
                quote = True
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (any(c in text for c in (d.delimiter, d.quotechar or '', '\r', '\n'))
                     or (only and text == '') or text[:1] == ' ' and d.skipinitialspace)
            quote = bool(quote) and d.quotechar is not None
        out = []
        for c in text:
            if c == d.quotechar and d.quotechar is not None:
                if quote and d.doublequote:
                    out.append(c + c)
                    continue
                if d.escapechar is None:
                    if d.quoting == QUOTE_NONE or not d.doublequote:
                        raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar + c)
                continue
            if not quote and (c == d.delimiter or c in '\r\n') and d.quoting == QUOTE_NONE:
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar + c)
                continue
            if c == d.escapechar:
                out.append(c + c)
                continue
            out.append(c)
        text = ''.join(out)
        if quote:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        only = len(items) == 1
        line = self.dialect.delimiter.join(self._field(v, only) for v in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(dict(zip(self.fieldnames, self.fieldnames)).values())

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)
