"""clean.confused-words: a dictionary word written for another one ('costumer service', 'more then', 'insure that')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..resources import lexicon
from . import rule_function
from .spelling_languages import spellable

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding


@dataclass(frozen=True)
class Confusion:
    """A slip, its fix, and the contexts (text just before, text just after) in which it has no right reading."""

    slip: re.Pattern[str]
    fix: str
    contexts: tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]

    def fits(self, text: str, start: int, end: int) -> bool:
        """Whether one of the contexts holds around text[start:end] in full."""
        return any(
            (before is None or before.search(text[:start]) is not None)
            and (after is None or after.match(text, end) is not None)
            for before, after in self.contexts
        )


def _pattern(regex: object, *, before: bool) -> re.Pattern[str] | None:
    """A context regex, anchored to the slip: the text before ends with it, the text after starts with it."""
    if regex is None:
        return None
    return re.compile(rf"(?:{regex})$" if before else str(regex), re.I)


@cache
def confusions() -> tuple[Confusion, ...]:
    """The confusable words with their contexts (rules/lexicons/confused_words.yaml), compiled once."""
    entries = (lexicon("confused_words") or {}).get("confusions") or []
    return tuple(
        Confusion(
            slip=re.compile(rf"(?<![\w'’]){re.escape(str(entry['slip']))}(?![\w'’])", re.I),
            fix=str(entry["fix"]),
            contexts=tuple(
                (_pattern(c.get("before"), before=True), _pattern(c.get("after"), before=False))
                for c in entry["contexts"]
            ),
        )
        for entry in entries
    )


def _cased(fix: str, written: str) -> str:
    """The fix in the case the slip was written in ('Costumer' -> 'Customer', 'MARTIAL' -> 'MARITAL')."""
    if written.isupper() and len(written) > 1:
        return fix.upper()
    return fix[:1].upper() + fix[1:] if written[:1].isupper() else fix


@cache
def _any_slip() -> re.Pattern[str]:
    """Every slip in one pattern: a line it does not match holds none of them, and needs no slip tried alone."""
    slips = "|".join(
        re.escape(str(entry["slip"])) for entry in (lexicon("confused_words") or {}).get("confusions") or []
    )
    return re.compile(rf"(?<![\w'’])(?:{slips or '(?!)'})(?![\w'’])", re.I)


@rule_function("confused_words")
def confused_words(rule: Rule, context: Context) -> Iterator[Finding]:
    """A real word in a context that only its look-alike fits, in an English resume's body: each spelling once."""
    if context.language != "en":
        return
    reported: set[str] = set()
    for line in context.body:
        if not spellable(line, context):
            continue
        text = line.text
        if _any_slip().search(text) is None:
            continue
        for confusion in confusions():
            for found in confusion.slip.finditer(text):
                written = found.group(0)
                if written.casefold() in reported or not confusion.fits(text, found.start(), found.end()):
                    continue
                reported.add(written.casefold())
                yield context.finding(rule, line, match=written, correction=_cased(confusion.fix, written))
