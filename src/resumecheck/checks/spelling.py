"""clean.spelling: misspellings, tuned for precision (a false alarm costs more than a miss)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from ..nlp.components import lexicon_terms
from ..resources import lexicon
from . import check

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

MIN_LENGTH = 4  # short tokens are mostly abbreviations
MIN_CORRECTION_FREQUENCY = 50  # the suggested word must be a common one
_BRITISH = ((r"isation$", "ization"), (r"isations$", "izations"), (r"ise$", "ize"), (r"ised$", "ized"),
            (r"ises$", "izes"), (r"ising$", "izing"), (r"iser$", "izer"), (r"isers$", "izers"), (r"our$", "or"),
            (r"ours$", "ors"), (r"oured$", "ored"), (r"ouring$", "oring"), (r"yse$", "yze"), (r"ysed$", "yzed"),
            (r"ysing$", "yzing"), (r"tre$", "ter"), (r"tres$", "ters"), (r"mme$", "m"), (r"mmes$", "ms"),
            (r"lled$", "led"), (r"lling$", "ling"), (r"ller$", "ler"), (r"ogue$", "og"), (r"ence$", "ense"),
            (r"yse$", "yze"), (r"ae", "e"), (r"oe", "e"))
_CONTACT = re.compile(r"@|https?://|www\.|\b[\w-]+\.(?:com|org|net|io|me|dev)\b|\d{3}[\s.)-]+\d{3}")
_DROPS_E = ("ing", "ed", "er", "ers", "able")
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ness", "able", "al", "ize", "ized")


@cache
def _speller() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


@cache
def _allowlist() -> frozenset[str]:
    words = {str(w).casefold() for w in lexicon("allowlist")}
    for term in lexicon_terms("skills"):
        words.update(part.casefold() for part in re.split(r"[\s/.-]+", term) if part)
    return frozenset(words)


def known(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when a lowercase word is English, an allowed term, a British spelling or a regular inflection."""
    speller = _speller()
    if word in speller or word in _allowlist() or word in extra:
        return True
    for pattern, replacement in _BRITISH:
        variant = re.sub(pattern, replacement, word)
        if variant != word and variant in speller:
            return True
    if word + "s" in speller or word + "es" in speller:
        return True  # a singular the dictionary only knows as a plural ("telecom")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            silent_e = suffix in _DROPS_E and stem + "e" in speller  # manage -> managing, not manag -> managment
            if stem in speller or silent_e or stem in _allowlist() or stem in extra:
                return True
    return False


def _split_into_words(word: str) -> bool:
    """A run-together pair ('teamplayer') is an extraction problem, reported elsewhere, not a typo."""
    speller = _speller()
    return any(word[:i] in speller and word[i:] in speller for i in range(3, len(word) - 2))


@check("spelling", params=("max_findings",))
def spelling(rule: Rule, context: Context) -> Iterator[Finding]:
    """Lowercase words (and capitalised sentence openers) that are not English and have a close, common fix."""
    extra = frozenset(w.casefold() for w in context.settings.dictionary)
    hints = context.facts.spelling_hints or {}
    name_words = {w.casefold() for w in (context.facts.contact.name or "").split()}
    reported: set[str] = set()
    limit = int(rule.params.get("max_findings", 10))
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
            verdict = hints[word] if word in hints else _verdict(word)
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
            if len(reported) >= limit:
                return


def _verdict(word: str) -> tuple[str, bool] | None:
    """None for a known word; else (a close, common correction or '', whether it is two words run together)."""
    if known(word):
        return None
    speller = _speller()
    correction = speller.correction(word) or ""
    if correction == word or (correction and speller.word_usage_frequency(correction) * 1e9 < MIN_CORRECTION_FREQUENCY):
        correction = ""
    return correction, _split_into_words(word)


def spelling_hints(texts: list[str]) -> dict[str, tuple[str, bool] | None]:
    """The verdict for every checkable word of a document, worked out ahead (a single-file run does this in
    the process that parses, while the main process loads the spaCy pipeline)."""
    words = {w.casefold() for text in texts for w in re.findall(r"[A-Za-z]{%d,}" % MIN_LENGTH, text)}
    return {word: _verdict(word) for word in words}


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
