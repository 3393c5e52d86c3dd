"""clean.spelling on a German, French or Spanish resume: its own language's dictionary (spelling_languages.py)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..spelling_languages import MIN_CAPITAL_SLIP, available, correction, foreign, fragment, known_word

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding
    from ..model import Line

MIN_LENGTH = 4  # shorter tokens are mostly abbreviations ("GmbH", "bzw", "S.A.")
_WORD = re.compile(r"(?<![\w@./-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w@/-]|\.\w)")
_LINK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|org|net|io|me|dev|edu|de|fr|es|ch|at|eu)\b\S*")
_SENTENCE_END = re.compile(r"(?:^|[.!?:•|–-])\s*$")
MIN_FOREIGN_WORDS = 2  # two unknown words making a third of a line's are another language, not two slips


def spelling_in_language(rule: Rule, context: Context) -> Iterator[Finding]:
    """Words the resume's language does not know and that are one slip from a common word of it: lowercase words
    anywhere below the contact block; capitalised ones (German nouns, a sentence's first word) only when long and
    slipped inside ("Kentnisse"), and never one the resume repeats or the candidate's own name (names of firms,
    towns and people are capitalised too)."""
    language = context.language
    if not available(language):
        return  # no dictionary installed: better no spelling findings than English ones on German words
    extra = frozenset(w.casefold() for w in context.settings.dictionary)
    own = _own_words(context)
    repeated = _repeated(context)
    reported: set[str] = set()
    for line in context.body:
        if not spellable(line, context):
            continue
        text = _LINK.sub(lambda m: " " * len(m.group(0)), line.text)
        if _foreign_line(language, text, extra):
            continue  # a line in another language (a Catalan or English course title), not typos
        for found in _WORD.finditer(text):
            word = found.group(0)
            folded = word.casefold()
            if len(word) < MIN_LENGTH or word.isupper() or folded in reported or folded in own:
                continue
            if any(ch.isupper() for ch in word[1:]) or _detached_accent(text, found.start(), found.end()):
                continue  # a product's CamelCase ("rayTracer"), or a word a detached accent cut ("d ́eveloppe")
            if line.ocr and folded in context.facts.document.layout.ocr_uncertain:
                continue  # an OCR guess, not the candidate's typo
            if known_word(language, word, extra) or foreign(language, word) or fragment(language, word):
                continue
            fix = _fix(language, word, text[: found.start()], repeated)
            if fix:
                reported.add(folded)
                yield context.finding(rule, line, match=word, correction=fix)


def _fix(language: str, word: str, before: str, repeated: set[str]) -> str:
    """The correction to report, or '' when the word's case or repetition says it is a name."""
    capitalised = word[:1].isupper()
    if capitalised and (word in repeated or len(word) < MIN_CAPITAL_SLIP):
        return ""
    if capitalised and language != "de" and not _SENTENCE_END.search(before):
        return ""  # mid-sentence capitals mark names in French and Spanish; German capitalises every noun
    fix = correction(language, word)
    if fix and capitalised and (fix[:2].casefold() != word[:2].casefold() or fix[-2:] != word[-2:]):
        return ""  # names differ from a word at their edges ("Kasa"/"Kassa"); a slip is inside the word
    return fix


_ACCENTS = ("Mn", "Sk", "Lm")  # combining and spacing accents ("´", "`", "ˆ"), which a PDF may place as glyphs


def _detached_accent(text: str, start: int, end: int) -> bool:
    """An accent set as its own glyph beside or inside the word ("d ́eveloppe", "Biblioth`eques", "cˆote"): the
    extraction split a word whose letter and accent are apart, which is no typo of the candidate's."""
    near = text[max(0, start - 2) : start] + text[start:end] + text[end : end + 2]
    return any(unicodedata.category(ch) in _ACCENTS for ch in near)


def _foreign_line(language: str, text: str, extra: frozenset[str]) -> bool:
    """Two or more unknown lowercase words making up a third of them: the line is in another language."""
    words = [w for w in re.findall(r"\b[^\W\d_]{4,}\b", text) if w.islower()]
    unknown = [w for w in words if not known_word(language, w, extra)]
    return len(unknown) >= MIN_FOREIGN_WORDS and len(unknown) * 3 >= len(words)


def spellable(line: Line, context: Context) -> bool:
    """Below the contact block (names, handles, places) and outside quoted references (often another language):
    where clean.spelling reads, in English and in the resume's own language."""
    section = context.section_of(line)
    if section is None and context.above_sections(line.number):
        return False
    return section != "references"


def _own_words(context: Context) -> set[str]:
    """The candidate's name and the words of their email address and links."""
    contact = context.facts.contact
    texts = [contact.name or "", contact.email or "", *contact.links]
    return {w.casefold() for text in texts for w in re.findall(r"[^\W\d_]+", text)}


def _repeated(context: Context) -> set[str]:
    """Capitalised spellings the resume writes twice or more: its own names (a slip is rarely repeated)."""
    counts = Counter(w for line in context.body for w in re.findall(r"\b[^\W\d_][^\W\d_]+\b", line.text))
    return {word for word, count in counts.items() if count >= 2 and word[:1].isupper()}
