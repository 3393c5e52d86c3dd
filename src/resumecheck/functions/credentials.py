"""clean.credentials: a credential spelt out wrongly next to its acronym ("Certified Financial Analyst (CFA)")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..resources import lexicon
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

_SMALL = frozenset({"of", "in", "and", "for", "the", "a"})  # not counted among an acronym's initials


@cache
def expansions() -> dict[str, tuple[str, ...]]:
    """Acronym -> its right expansions, each casefolded."""
    table: dict[str, tuple[str, ...]] = {}
    for acronym, value in lexicon("credentials").items():
        forms = value if isinstance(value, list) else [value]
        table[str(acronym)] = tuple(_words(str(form)) for form in forms)
    return table


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.casefold()))


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word.casefold() not in _SMALL).upper()


@rule_function("credentials")
def credentials(rule: Rule, context: Context) -> Iterator[Finding]:
    """A credential's acronym beside an expansion whose initials spell it but whose words are not the awarding
    body's ("Certified Financial Analyst (CFA)", "CPA (Certified Professional Accountant)"). An expansion with
    other initials is a different phrase ("Passed Level II (CFA)"), so it is left alone."""
    table = expansions()
    names = "|".join(sorted(table, key=len, reverse=True))
    before = re.compile(rf"((?:[A-Z][A-Za-z-]+\s+(?:(?:of|in|and|for)\s+)?){{1,6}})\(({names})\)")
    after = re.compile(rf"\b({names})\s*\(((?:[A-Za-z-]+\s*){{1,8}})\)")
    for line in context.body:
        found = [(m.group(2), m.group(1), True) for m in before.finditer(line.text)]
        found += [(m.group(1), m.group(2), False) for m in after.finditer(line.text)]
        for acronym, phrase, leads in found:
            words = phrase.split()
            if leads:  # only the words right before "(CFA)" can spell it out
                words = words[-max(len(form.split()) for form in table[acronym]) :]
            while words and _initials(words) != acronym and len(words) > 1:
                words = words[1:]  # "Passed the Certified ..." : drop words before the expansion
            if _initials(words) != acronym or _words(" ".join(words)) in table[acronym]:
                continue
            right = lexicon("credentials")[acronym]
            right = right[0] if isinstance(right, list) else right
            yield context.finding(rule, line, match=" ".join(words), acronym=acronym, correction=right)
