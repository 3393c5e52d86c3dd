"""clean.spelling: misspellings, tuned for precision (a false alarm costs more than a miss)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..spelling import MIN_LENGTH, known
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

MIN_FOREIGN_WORDS = 2
MIN_CAPITAL_TYPO_LENGTH = 6  # on the corpus, every shorter capitalised "typo" was a name (Kasa, Palo, Briey)
MIN_CAPS_LENGTH = 5  # all-capital words this long are headings or titles, not acronyms (AWS, SQL, HIPAA)
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW"})
_CONTACT = re.compile(r"@|https?://|www\.|\b[\w-]+\.(?:com|org|net|io|me|dev)\b|\d{3}[\s.)-]+\d{3}")


@rule_function("spelling")
def spelling(rule: Rule, context: Context) -> Iterator[Finding]:
    """Words that are not English and have a close, common fix: lowercase words anywhere; capitalised and
    all-capital words where capitals do not mark a name (a line's or sentence's first word, a heading-like
    title), unless spaCy reads them as a named entity or the resume spells them the same way twice."""
    extra = frozenset(w.casefold() for w in context.settings.dictionary)
    name_words = {w.casefold() for w in (context.facts.contact.name or "").split()}
    name_words |= _contact_words(context)
    repeated = _repeated_capitals(context)
    reported: set[str] = set()
    carried = ""  # a word the previous line broke with a hyphen ("imag-" + "ination")
    for line in context.body:
        broken, carried = carried, (line.text.split()[-1][:-1] if line.text.endswith("-") and line.text.split() else "")
        if not _spellable(line, context):
            continue
        doc = context.doc(line)
        if _foreign(line.text, extra):
            continue  # a title or quote in another language ("Approches pour adultes autistes")
        for index, token in enumerate(doc):
            text = token.text
            if not _checkable(doc, index, text) or text in repeated:
                continue
            word = text.casefold()
            if word in reported or word in name_words or word in extra:
                continue
            if line.ocr and word in context.facts.document.layout.ocr_uncertain:
                continue  # an OCR guess, not the candidate's typo
            verdict = context.spelling.verdict(word)
            if verdict is None or verdict[1]:
                continue  # an English word, or two run together (an extraction problem reported elsewhere)
            if index == 0 and broken and known((broken + word).casefold(), extra):
                continue
            if any(known(head.casefold() + word, extra) for head in re.findall(r"([A-Za-z]+)-\s", line.text)):
                continue  # "tool win- June 2003 dows": a word broken at a wrap, a date column set between
            if _hyphen_fragment(doc, index, extra):
                continue
            correction = verdict[0]
            if not correction or (not text.islower() and not _slip_inside(word, correction)):
                continue
            reported.add(word)
            yield context.finding(rule, line, match=text, correction=correction)


def _foreign(text: str, extra: frozenset[str]) -> bool:
    """Two or more unknown lowercase words making up at least a third of them: another language, not typos
    (on the corpus, French publication titles in an English CV; a real line has one slip at most)."""
    words = [w.casefold() for w in re.findall(rf"\b[a-z]{{{MIN_LENGTH},}}\b", text)]
    unknown = sum(1 for w in words if not known(w, extra))
    return unknown >= MIN_FOREIGN_WORDS and unknown * 3 >= len(words)


def _spellable(line: Any, context: Context) -> bool:
    """Skip the header block (names, handles, places), headings, and quoted references (often another language)."""
    if context.section_of(line) is None or line.kind == "heading" or _CONTACT.search(line.text):
        return False
    if any(section.heading is line for section in context.facts.sections):
        return False
    return context.section_of(line) not in ("references",)


def _checkable(doc: Any, index: int, text: str) -> bool:
    if len(text) < MIN_LENGTH or not text.isalpha() or not text.isascii():
        return False
    if text.islower():
        return True
    capitalised = text[0].isupper() and text[1:].islower()
    shouting = text.isupper() and len(text) >= MIN_CAPS_LENGTH  # shorter capitals are mostly acronyms
    if not (capitalised or shouting) or doc[index].ent_type_ in NAME_ENTITIES:
        return False
    # Mid-sentence capitals mark names (employers, products, places); at a line's or sentence's start they do not.
    previous = next((doc[i] for i in range(index - 1, -1, -1) if not doc[i].is_space), None)
    return previous is None or previous.text in (".", "!", "?", ":", "|", "•", "-", "–") or shouting


def _slip_inside(word: str, correction: str) -> bool:
    """A capitalised word is reported only when the slip is inside a long word ('Independant', 'Enviroment'):
    names differ from an English word at their edges ('Kasa'/'casa', 'Palo'/'palm', 'Nazar'/'lazar')."""
    return len(word) >= MIN_CAPITAL_TYPO_LENGTH and word[:2] == correction[:2] and word[-2:] == correction[-2:]


def _repeated_capitals(context: Context) -> set[str]:
    """Capitalised spellings the resume uses twice or more: its own names (a misspelling is rarely repeated)."""
    counts = Counter(word for line in context.body for word in re.findall(r"\b[A-Z][A-Za-z]+\b", line.text))
    return {word for word, count in counts.items() if count >= 2}


def _contact_words(context: Context) -> set[str]:
    """Words inside the email address and links (a handle such as 'jdoe' or a site name)."""
    contact = context.facts.contact
    texts = [contact.email or "", *contact.links]
    return {word.casefold() for text in texts for word in re.findall(rf"[A-Za-z]{{{MIN_LENGTH},}}", text)}


def _hyphen_fragment(doc: Any, index: int, extra: frozenset[str]) -> bool:
    """'al-gorithm': a word the PDF hyphenated at a line break reads fine once rejoined."""
    if index >= 2 and doc[index - 1].text == "-":
        return known((doc[index - 2].text + doc[index].text).casefold(), extra)
    if index + 2 < len(doc) and doc[index + 1].text == "-":
        return known((doc[index].text + doc[index + 2].text).casefold(), extra)
    return False
