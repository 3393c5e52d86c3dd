"""Where the CV starts when a cover letter comes before it in the same file."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache

from ..model import Document, Line
from ..resources import lexicon
from .sections import normalize_heading

# A salutation or a closing stands on a short line of its own ("Sehr geehrte Frau Albers,", "Mit freundlichen
# Grüßen"); a longer line holding the words is a sentence of the CV ("Dear to me are ...").
MAX_FORMULA_WORDS = 8
# The salutation opens a letter at the top of the file: within its first page, or the first 40 paragraphs of a
# Word file, which has no pages (a one-page letter runs 20 to 35 paragraphs).
LETTER_OPENING_LINES = 40


@dataclass(frozen=True)
class CoverLetter:
    """The cover letter before the CV: its lines and the CV's first line."""

    lines: tuple[Line, ...]
    cv_start: Line


def split_cover_letter(document: Document) -> tuple[Document, CoverLetter | None]:
    """The CV part of a document (the document itself when no cover letter opens it) and the letter before it."""
    start = _cv_start(document)
    if start is None:
        return document, None
    body = document.body_lines
    page_break = start.page is not None and not any(ln.page == start.page and ln.number < start.number for ln in body)
    # After a page break the CV's pages are whole, their page headers included; otherwise it starts at its title.
    in_cv = [
        ln
        for ln in document.lines
        if (page_break and ln.page is not None and start.page is not None and ln.page >= start.page)
        or (not page_break and ln.number >= start.number)
    ]
    cv = copy.copy(document)  # the same layout and lines, keeping their numbers in the file
    cv.lines = in_cv
    kept = {id(ln) for ln in in_cv}
    letter = tuple(ln for ln in document.lines if id(ln) not in kept)
    return cv, CoverLetter(lines=letter, cv_start=start)


def _cv_start(document: Document) -> Line | None:
    """The CV's first line after a letter's salutation and closing, or None when the file opens with no letter."""
    body = document.body_lines
    opening = [ln for ln in body if ln.page == 1] if any(ln.page for ln in body) else body[:LETTER_OPENING_LINES]
    salutation = next((ln for ln in opening if _opens_with(ln, "salutations")), None)
    if salutation is None:
        return None
    closing = next((ln for ln in body if ln.number > salutation.number and _opens_with(ln, "closings")), None)
    if closing is None:
        return None
    after = [ln for ln in body if ln.number > closing.number]
    if closing.page is not None:
        later = [ln for ln in after if ln.page is not None and ln.page > closing.page]
        if later:
            return later[0]  # the CV starts on the page after the letter's closing
    return next((ln for ln in after if normalize_heading(ln.text) in _cv_titles()), None)


def _opens_with(line: Line, kind: str) -> bool:
    words = normalize_heading(line.text)
    return len(words.split()) <= MAX_FORMULA_WORDS and bool(_formulas(kind).match(words))


@cache
def _formulas(kind: str) -> re.Pattern[str]:
    phrases = sorted({normalize_heading(str(p)) for p in lexicon("cover_letter")[kind]}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(p) for p in phrases)})\b")


@cache
def _cv_titles() -> frozenset[str]:
    return frozenset(normalize_heading(str(title)) for title in lexicon("cover_letter")["cv_titles"])
