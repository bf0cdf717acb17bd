"""Issuing and filtering warnings: krait's own warnings module.

The filter list, the per-module __warningregistry__ and the once-registry
work as CPython's Lib/warnings.py + Python/_warnings.c describe: a warning
is matched against `filters` (action, message regex, category, module
regex, lineno), first match wins, else `defaultaction`.  Source lines for
the printed form come from the interpreter (_warnings.source_line), so
they also work for code that is not in a file.  Runtime code written in
TypeScript emits warnings through this module (src/vm/warn.ts).
"""

import sys
import _warnings

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _getline(filename, lineno):
    return _warnings.source_line(filename, lineno)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _formatwarnmsg_impl(msg):
    return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError('category must be a class')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    import re
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, re.escape(message) if message else '', category, module, lineno)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError('unknown warning category: %r' % (category,))
    else:
        modname, _, klass = category.rpartition('.')
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (modname,)) from None
        cat = getattr(m, klass, None)
        if cat is None:
            raise _OptionError('unknown warning category: %r' % (category,))
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


def _warn_impl(message, category=None, stacklevel=1, source=None):
    # warn(): the public name is a builtin made by _warnings._raising, which
    # raises the exception this returns (so no frame of this module shows in
    # its traceback) and adds no frame of its own (stacklevel counts from here).
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get('__name__', '<string>') if '__name__' in globals else '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    return _warn_explicit_impl(message, category, filename, lineno, module, registry, globals, source)


def _warn_explicit_impl(message, category, filename, lineno, module=None, registry=None,
                        module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
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
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        return message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


warn = _warnings._raising(_warn_impl)
warn_explicit = _warnings._raising(_warn_explicit_impl)


def _matches(pattern, s):
    # _warnings.c check_matched: None matches all, a str must be equal, else pattern.match().
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == s
    return bool(pattern.match(s))


class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save and restore the warnings filters and showwarning() around a block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# The default filters (CPython's init_filters, non-debug build).
filters[:] = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]


if sys.warnoptions:
    _processoptions(sys.warnoptions)
