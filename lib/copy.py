"""Shallow and deep copy operations: krait's own copy module.

copy(x) and deepcopy(x, memo) follow the documented protocol: atomic
values are returned as they are, the builtin containers are copied
directly, a class may define __copy__/__deepcopy__, or __reduce_ex__/
__reduce__ (interpreted as pickle does), and otherwise an instance is
rebuilt with cls.__new__ (and __getnewargs(_ex)__) plus its state
(__getstate__/__setstate__, else __dict__ and slots).
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range, slice,
           property, _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           _types.FunctionType, _types.CodeType}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None)


_deepcopy_atomic_types = _ATOMIC - {tuple, frozenset}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deepcopy_atomic_types or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple can refer to itself only through a mutable object copied above.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        items = deepcopy(list(x), memo)
        try:
            return memo[d]
        except KeyError:
            pass
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo keeps the originals alive so their ids are not reused meanwhile.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """The class's own __reduce_ex__/__reduce__ result, or None for object's default."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce_ex__", None):
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce__", None):
        return reductor(x)
    return None


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(type(x), '__getstate__', None) is not getattr(object, '__getstate__', None):
        return getstate()
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _copy_instance(x, cls, memo):
    """Rebuild an instance the way object.__reduce_ex__(2+) would describe it."""
    deep = memo is not None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if deep:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
        if deep and args:
            args = deepcopy(args, memo)
        if isinstance(x, (int, float, str, bytes, tuple, frozenset, complex)) and getnewargs is None:
            # Immutable builtin subclasses keep their value (copyreg's __reduce_ex__ for protocol < 2).
            base = next(b for b in cls.__mro__ if b in (int, float, str, bytes, tuple, frozenset, complex))
            y = cls.__new__(cls, base(x))
        else:
            y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _get_state(x)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, bytearray)) and not isinstance(x, frozenset):
        for item in x:
            y.add(deepcopy(item, memo) if deep and isinstance(x, set) else item) if isinstance(x, set) else None
        if isinstance(x, bytearray):
            y.extend(x)
    _fill(y, state, listiter, dictiter, memo)
    return y


def _fill(y, state, listiter, dictiter, memo):
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    """Interpret a __reduce__ tuple, as pickle would."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _fill(y, state, listiter, dictiter, memo)
    return y



