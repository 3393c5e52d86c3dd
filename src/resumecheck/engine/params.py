"""A rule's parameters, declared once as the keyword-only arguments of the code that reads them.

`def length(rule, context, *, max_pages: int = 2)` declares `max_pages`: an integer, 2 unless the rule file
or the user's config says otherwise. Values are checked against the annotation when rules load, so a bad
value is a config error that names the file, the rule and the key, never a crash while checking.
"""

from __future__ import annotations

import builtins
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError

REQUIRED = inspect.Parameter.empty


@dataclass(frozen=True)
class Param:
    """One parameter: its name, its type (an annotation), and its default (REQUIRED when it has none)."""

    name: str
    type: Any
    default: Any = REQUIRED

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def describe(self) -> str:
        """The type in words, for error messages and the rule docs."""
        return _describe(self.type)

    def coerce(self, value: Any, where: str) -> Any:
        """The value as the code expects it, or a ConfigError naming where it came from."""
        try:
            return _coerce(self.type, value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}.{self.name} must be {self.describe()}, not {value!r}") from None


def declared(function: Callable[..., Any]) -> dict[str, Param]:
    """The keyword-only parameters of a rule function or kind, with their types and defaults."""
    namespace = {**vars(builtins), **function.__globals__, "Any": Any}
    params = {}
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        annotation = parameter.annotation
        if isinstance(annotation, str):
            annotation = eval(annotation, namespace)
        params[parameter.name] = Param(parameter.name, annotation, parameter.default)
    return params


def resolve(params: Mapping[str, Param], given: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Every declared parameter's value: the given one checked and converted, else the default."""
    unknown = sorted(set(given) - set(params))
    if unknown:
        allowed = ", ".join(sorted(params)) or "none"
        raise ConfigError(f"{where}: unknown parameter(s) {', '.join(unknown)} (parameters: {allowed})")
    values = {}
    for name, param in params.items():
        if name in given:
            values[name] = param.coerce(given[name], where)
        elif param.required:
            raise ConfigError(f"{where}: parameter {name} ({param.describe()}) is required")
        else:
            values[name] = param.default
    return values


def _coerce(annotation: Any, value: Any) -> Any:
    if annotation is Any:
        return value
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        for option in (a for a in args if a is not type(None)):
            try:
                return _coerce(option, value)
            except (TypeError, ValueError):
                continue
        raise ValueError(value)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise TypeError(value)
        return tuple(_coerce(args[0], item) for item in value)
    if annotation is bool:
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if annotation in (int, float):
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (annotation is int and value != int(value))
        ):
            raise TypeError(value)
        return annotation(value)
    if annotation is str:
        if not isinstance(value, str) or not value:
            raise TypeError(value)
        return value
    raise TypeError(f"unsupported parameter type {annotation!r}")


def _describe(annotation: Any) -> str:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        return " or ".join("null" if a is type(None) else _describe(a) for a in args)
    if origin is tuple:
        return f"a list of {_describe(args[0]).removeprefix('a ').removeprefix('an ')}s"
    names = {bool: "true or false", int: "an integer", float: "a number", str: "a string", Any: "a value"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))
