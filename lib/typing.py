"""Support for type hints (PEP 484 and friends): krait's own typing module.

Enough of typing for real programs: the special forms (Any, Union,
Optional, Literal, ClassVar, Final, Annotated, ...), the generic aliases of
the builtin and collections.abc classes (List, Dict, Callable, ...),
TypeVar/ParamSpec, Generic with parameter substitution, runtime-checkable
Protocols, NamedTuple and TypedDict (class and functional syntax), cast,
overload, NewType and get_type_hints.  Reprs follow CPython's
(typing.Optional[int], typing.Dict[str, int], ~T).  Deliberate
simplifications: no variadic generics, Protocol checks only look at
attribute presence, ForwardRef is evaluated eagerly by get_type_hints only.
"""

import collections.abc
import functools
import sys
import types

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()) if not isinstance(t, type) or isinstance(t, _GenericAlias) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    __slots__ = ('__weakref__',)


class _SpecialForm(_Final):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of ' + type(self).__name__)


class TypeVar(_Final, _TypeVarLike):
    """Type variable: T = TypeVar('T'), bound= or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        try:
            mod = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            mod = None
        if mod != 'typing':
            self.__module__ = mod


class ParamSpec(_Final, _TypeVarLike):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class _BaseGenericAlias(_Final):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    """`List[int]`, `Box[T]`: an origin with arguments."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else _NoneType if a is None else a for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} arguments for {self};"
                            f' actual {len(args)}, expected {len(self.__parameters__)}')
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'

    def __reduce__(self):
        return self.__origin__, self.__args__


def _subst(a, subst):
    if isinstance(a, (TypeVar, ParamSpec)):
        return subst.get(a, a)
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a[tuple(subst.get(p, p) for p in a.__parameters__)]
    return a


class _SpecialGenericAlias(_BaseGenericAlias):
    """The bare `typing.List`: subscriptable, isinstance() checks the origin."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f' actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __reduce__(self):
        return self._name

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__
        return NotImplemented

    def __hash__(self):
        return hash(self.__origin__)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _TupleAlias(tuple, (), name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _TupleAlias(tuple, tuple(_type_check(p, '') for p in params[:-1]) + (...,), name='Tuple')
        return _TupleAlias(tuple, tuple(_type_check(p, '') for p in params), name='Tuple')


class _TupleAlias(_GenericAlias):
    def __repr__(self):
        if not self.__args__:
            return 'typing.Tuple[()]'
        return super().__repr__()


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        else:
            params = (args, _type_check(result, ''))
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and (self.__args__[0] is ... or isinstance(self.__args__[0], ParamSpec)):
            return super().__repr__()
        args = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return f'typing.Callable[[{args}], {_type_repr(self.__args__[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


@_SpecialForm
def Any(self, parameters):
    """Special type indicating an unconstrained type."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def Never(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def Self(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def LiteralString(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def TypeAlias(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _GenericAlias(self, (_type_check(parameters, ''),), name='ClassVar')


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names."""
    return _GenericAlias(self, (_type_check(parameters, ''),), name='Final')


@_SpecialForm
def Required(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ''),), name='Required')


@_SpecialForm
def NotRequired(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ''),), name='NotRequired')


@_SpecialForm
def TypeGuard(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ''),), name='TypeGuard')


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in out:
                out.append(q)
    return tuple(out)


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(tuple(_type_check(p, '') for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, '')
    return Union[arg, type(None)]


@_SpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = parameters[0]
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if p not in seen or not any(type(p) is type(q) for q in seen if q == p):
            seen.append(p)
    return _LiteralGenericAlias(self, tuple(seen))


@_SpecialForm
def Concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name='Concatenate')


class _AnnotatedForm:
    def __repr__(self):
        return 'typing.Annotated'

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
        return _AnnotatedAlias(_type_check(params[0], ''), tuple(params[1:]))

    def __call__(self, *a, **k):
        raise TypeError('Type Annotated cannot be instantiated.')


Annotated = _AnnotatedForm()

# Generic aliases of builtin and collections.abc classes.
_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name='Type')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            n = len(cls.__dict__.get('__parameters__', ()))
            if n != len(params):
                raise TypeError(f"Too {'many' if len(params) > n else 'few'} arguments for {cls}; actual {len(params)}, expected {n}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig = cls.__dict__.get('__orig_bases__', ())
        gvars = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                gvars = base.__parameters__
        for base in orig:
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            extra = [t for t in tvars if t not in gvars]
            if extra:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(map(str, extra)), ', '.join(map(str, gvars))))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


_PROTO_SKIP = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                         '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                         '__class_getitem__', '_is_protocol', '_is_runtime_protocol', '__parameters__',
                         '__orig_bases__', '__init_subclass__', '__qualname__', '__protocol_attrs__',
                         '_abc_impl', '__orig_class__', '__match_args__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


import abc as _abcmod


class _ProtocolMeta(_abcmod.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _hook


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated '
                              'functions outside a stub module should always be followed by an implementation '
                              'that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %s' % repr(arg)[:100])


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def dataclass_transform(**kwargs):
    return lambda cls: cls


def type_check_only(func):
    return func


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments of a subscripted type: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _eval_hint(v, globalns, localns):
    if v is None:
        return _NoneType
    if isinstance(v, str):
        v = eval(v, globalns, localns)
        return _eval_hint(v, globalns, localns)
    if isinstance(v, ForwardRef):
        return _eval_hint(v._evaluate(globalns, localns), globalns, localns)
    return v


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object, with string annotations evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                g = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                g = globalns
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, (types.FunctionType, types.ModuleType)) or callable(obj):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}


# NamedTuple and TypedDict: functions usable as base classes (via __mro_entries__).

def _make_nmtuple(name, fields, module, defaults=()):
    nm = collections.namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    nm.__annotations__ = {n: _type_check(t, '') for n, t in fields}
    return nm


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__',
                         '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = {n: _type_check(tp, '') for n, tp in ns.get('__annotations__', {}).items()}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for k, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (a plain dict at runtime)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs):
    _p._is_runtime_protocol = True
del _p

IO = _SpecialGenericAlias(object, 1, name='IO')
TextIO = object
BinaryIO = object
