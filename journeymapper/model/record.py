"""Value classes for the model and the readers: declared like dataclasses, made four times faster.

`dataclasses` imports `inspect` (~9 ms) and compiles six methods for every frozen class
(~0.75 ms each): for the ~25 classes a map is read with, ~24 ms of every command's start-up
(`info` on a small map took 98 ms, 74 ms with records). A record compiles only its
``__init__`` (~0.18 ms a class, and as fast to call as a dataclass's); equality, hashing,
``repr`` and freezing are shared methods over the fields, with a dataclass's behaviour:

- ``@record`` (frozen) or ``@mutable_record``; fields are the annotated class attributes
  in order, a default is the attribute's value, ``field(default_factory=dict)`` a fresh one;
- ``==`` compares the fields of two records of the same class, ``hash`` hashes them (frozen
  only; a mutable record is unhashable), ``repr`` is ``Name(field=value, ...)``;
- assigning to a frozen record's attribute raises :class:`FrozenError` (an AttributeError);
- :func:`replace` and :func:`field_names` stand for ``dataclasses.replace`` and ``fields``.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:
    from typing import Any, TypeVar, dataclass_transform

    T = TypeVar("T")
else:

    def dataclass_transform(**_kwargs: object) -> Callable[[T], T]:
        return lambda decorated: decorated


class FrozenError(AttributeError):
    """An attempt to change a frozen record (records are replaced, never changed)."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], T]) -> T:
    """A field whose default is made afresh for every record (``default_factory()``)."""
    return _Factory(default_factory)  # type: ignore[return-value]


_MISSING = object()


def _names(cls: type) -> tuple[str, ...]:
    names: tuple[str, ...] = cls.__record_fields__  # type: ignore[attr-defined]
    return names


def field_names(record_or_class: object) -> tuple[str, ...]:
    """The record's fields in declaration order."""
    cls = record_or_class if isinstance(record_or_class, type) else type(record_or_class)
    return _names(cls)


def replace(record: T, **changes: Any) -> T:
    """A copy of ``record`` with ``changes`` (as ``dataclasses.replace``)."""
    cls = type(record)
    values = {name: getattr(record, name) for name in _names(cls)}
    values.update(changes)
    made: T = cls(**values)
    return made


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        different: bool = NotImplemented  # Python then compares identities: False
        return different
    values: Callable[[object], tuple[object, ...]] = self.__record_values__
    same: bool = values(self) == values(other)
    return same


def _hash(self: Any) -> int:
    return hash(self.__record_values__(self))


def _repr(self: Any) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
    return f"{type(self).__qualname__}({inner})"


def _frozen_setattr(self: Any, name: str, value: object) -> None:
    raise FrozenError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenError(f"cannot delete field {name!r}")


def _init(cls: type, names: tuple[str, ...]) -> Callable[..., None]:
    """The compiled ``__init__``: arguments in field order, defaults and factories as declared."""
    namespace: dict[str, Any] = {}
    parameters, lines = [], []
    for name in names:
        default = cls.__dict__.get(name, _MISSING)
        if default is _MISSING:
            parameters.append(name)
        elif isinstance(default, _Factory):
            namespace[f"_make_{name}"] = default.make
            parameters.append(f"{name}=_FACTORY")
            lines.append(f"  if {name} is _FACTORY: {name} = _make_{name}()")
        else:
            namespace[f"_default_{name}"] = default
            parameters.append(f"{name}=_default_{name}")
        lines.append(f"  _set(self, {name!r}, {name})")
    namespace["_FACTORY"] = _MISSING
    namespace["_set"] = object.__setattr__  # not self.__dict__: that would slow every read
    body = "\n".join(lines) if names else "  pass"
    source = f"def __init__(self, {', '.join(parameters)}):\n{body}\n"
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), namespace)
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _values(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """The fields' values of a record as one tuple (what equality and the hash compare)."""
    if len(names) > 1:
        many: Callable[[object], tuple[object, ...]] = attrgetter(*names)
        return many
    return _OneOrNone(names)


class _OneOrNone:
    """The values of a record with one field or none (attrgetter gives a bare value for one)."""

    __slots__ = ("names",)

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def __call__(self, record: object) -> tuple[object, ...]:
        return tuple(getattr(record, name) for name in self.names)


def _make(cls: type, frozen: bool) -> type:
    annotations = cls.__dict__.get("__annotations__", {})
    names = tuple(n for n, kind in annotations.items() if not str(kind).startswith("ClassVar"))
    init = _init(cls, names)
    for name in names:  # as a dataclass: a plain default stays a class attribute, a factory not
        if isinstance(cls.__dict__.get(name), _Factory):
            delattr(cls, name)
    cls.__record_fields__ = names  # type: ignore[attr-defined]
    cls.__record_values__ = _values(names)  # type: ignore[attr-defined]  # (no descriptor)
    cls.__match_args__ = names  # type: ignore[attr-defined,misc]
    cls.__init__ = init  # type: ignore[misc]
    cls.__eq__ = _eq  # type: ignore[method-assign,assignment]
    cls.__repr__ = _repr  # type: ignore[method-assign,assignment]
    if frozen:
        cls.__hash__ = _hash  # type: ignore[method-assign,assignment]
        cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
        cls.__delattr__ = _frozen_delattr  # type: ignore[method-assign,assignment]
    else:
        cls.__hash__ = None  # type: ignore[method-assign,assignment]
    return cls


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen record (see the module's docstring)."""
    _make(cls, frozen=True)
    return cls


@dataclass_transform(field_specifiers=(field,))
def mutable_record(cls: type[T]) -> type[T]:
    """Make ``cls`` a record whose fields may be assigned (unhashable, as a dataclass)."""
    _make(cls, frozen=False)
    return cls
