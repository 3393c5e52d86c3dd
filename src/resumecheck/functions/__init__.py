"""Rule functions: the Python code behind rules of kind `python`, for logic that data alone cannot express.

A rule function declares its parameters as typed keyword-only arguments with defaults; that declaration is
the only one (rule files and configs set values, `resumecheck explain` and docs/rules.md show them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..engine.params import Param, declared

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

RuleCode = Callable[..., "Iterator[Finding]"]  # (rule, context, *, parameters...) -> findings


@dataclass(frozen=True)
class RuleFunction:
    """A registered function: its name (what rule files give as `function:`), its parameters, the distinct checks
    it makes (each needs its own fix in the rule file; none means the rule's one fix) and its code."""

    name: str
    params: dict[str, Param]
    run: RuleCode
    checks: tuple[str, ...] = ()

    def __call__(self, rule: Rule, context: Context, **params: Any) -> Iterator[Finding]:
        return self.run(rule, context, **params)


FUNCTIONS: dict[str, RuleFunction] = {}


def rule_function(name: str, checks: tuple[str, ...] = ()) -> Callable[[RuleCode], RuleCode]:
    """Register a rule function under a name; its keyword-only arguments are its parameters, `checks` the ids of
    the distinct checks it makes."""

    def register(function: RuleCode) -> RuleCode:
        FUNCTIONS[name] = RuleFunction(name, declared(function), function, checks)
        return function

    return register


from . import clean, confused, credentials, fit, fit_job, grammar, placeholders, proof, skim, spelling, target  # noqa: E402,F401  (registration side effects)
