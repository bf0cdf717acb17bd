"""A small importlib for krait: import_module, reload and invalidate_caches
on top of the interpreter's import system (src/vm/import.ts)."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    """The absolute name of a relative import (importlib._bootstrap._resolve_name)."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.x') needs the package it is relative to."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: krait's finders keep no caches."""


def reload(module):
    """Re-run a module's source in its existing namespace; returns the same module object."""
    name = getattr(module, '__name__', None)
    if not isinstance(name, str) or type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    file = getattr(module, '__file__', None)
    if not isinstance(file, str) or file.startswith('<'):
        # Built-in modules (and krait's own library) have nothing to re-read.
        return module
    with open(file, 'rb') as f:
        source = f.read()
    exec(compile(source, file, 'exec'), module.__dict__)
    return sys.modules[name]
