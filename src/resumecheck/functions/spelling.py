"""clean.spelling: misspellings, tuned for precision (a false alarm costs more than a miss)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..spelling import MIN_LENGTH, known
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

_CONTACT = re.compile(r"@|https?://|www\.|\b[\w-]+\.(?:com|org|net|io|me|dev)\b|\d{3}[\s.)-]+\d{3}")


@rule_function("spelling")
def spelling(rule: Rule, context: Context) -> Iterator[Finding]:
    """Lowercase words (and capitalised sentence openers) that are not English and have a close, common fix."""
    extra = frozenset(w.casefold() for w in context.settings.dictionary)
    name_words = {w.casefold() for w in (context.facts.contact.name or "").split()}
    reported: set[str] = set()
    carried = ""  # a word the previous line broke with a hyphen ("imag-" + "ination")
    for line in context.body:
        broken, carried = carried, (line.text.split()[-1][:-1] if line.text.endswith("-") and line.text.split() else "")
        if not _spellable(line, context):
            continue
        doc = context.doc(line)
        for index, token in enumerate(doc):
            text = token.text
            if not _checkable(doc, index, text, line.kind == "bullet"):
                continue
            word = text.casefold()
            if word in reported or word in name_words or word in extra:
                continue
            verdict = context.spelling.verdict(word)
            if verdict is None or verdict[1]:
                continue  # an English word, or two run together (an extraction problem reported elsewhere)
            if index == 0 and broken and known((broken + word).casefold(), extra):
                continue
            if _hyphen_fragment(doc, index, extra):
                continue
            correction = verdict[0]
            if not correction:
                continue
            reported.add(word)
            yield context.finding(rule, line, match=text, correction=correction)


def _spellable(line: Any, context: Context) -> bool:
    """Skip the header block (names, handles, places), headings, and quoted references (often another language)."""
    if context.section_of(line) is None or line.kind == "heading" or _CONTACT.search(line.text):
        return False
    if any(section.heading is line for section in context.facts.sections):
        return False
    return context.section_of(line) not in ("references",)


def _checkable(doc: Any, index: int, text: str, bullet: bool) -> bool:
    if len(text) < MIN_LENGTH or not text.isalpha() or not text.isascii():
        return False
    if text.islower():
        return True
    # A capitalised word is usually a name (employer, product, place); only a bullet's opening verb is checked.
    return bullet and index == 0 and text[0].isupper() and text[1:].islower()


def _hyphen_fragment(doc: Any, index: int, extra: frozenset[str]) -> bool:
    """'al-gorithm': a word the PDF hyphenated at a line break reads fine once rejoined."""
    if index >= 2 and doc[index - 1].text == "-":
        return known((doc[index - 2].text + doc[index].text).casefold(), extra)
    if index + 2 < len(doc) and doc[index + 1].text == "-":
        return known((doc[index].text + doc[index + 2].text).casefold(), extra)
    return False
