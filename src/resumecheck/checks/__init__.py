"""Named Python checks for rules of kind `check`: logic that data alone cannot express."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

CheckFunction = Callable[["Rule", "Context"], Iterator["Finding"]]


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: the parameters its rule may set and the function that runs it."""

    params: frozenset[str]
    run: CheckFunction


CHECKS: dict[str, CheckSpec] = {}


def check(name: str, params: tuple[str, ...] = ()) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under a name (used by rule files as `check: NAME`)."""

    def register(function: CheckFunction) -> CheckFunction:
        CHECKS[name] = CheckSpec(frozenset(params), function)
        return function

    return register


from . import clean, fit, fit_job, proof, skim, spelling, target  # noqa: E402,F401  (registration side effects)
