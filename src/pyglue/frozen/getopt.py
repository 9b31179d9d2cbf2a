# getopt: the C-style command line parser (getopt, gnu_getopt and
# GetoptError, also called error) with CPython 3.11's messages.

import os as _os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options in args until the first non-option (or "--")."""
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt that also takes options after non-options, unless shortopts
    starts with '+' or POSIXLY_CORRECT is set."""
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(_os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            opts, args = _do_longs(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = _do_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _do_longs(opts, opt, longopts, args):
    opt, eq, value = opt.partition('=')
    value = value if eq else None
    takes_arg, opt = _long_has_args(opt, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


def _long_has_args(opt, longopts):
    # (takes an argument, full name) of the long option opt abbreviates.
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = matches[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _do_shorts(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_has_arg(opt, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt,
                                      opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if opt == c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
