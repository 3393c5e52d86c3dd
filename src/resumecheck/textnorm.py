"""Text clean-up shared by all parsers: NFKC, ligatures, soft hyphens, glyph garbage."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

CID_PATTERN = re.compile(r"\(cid:\d+\)")
# A soft hyphen printed before a real hyphen (Quartz PDFs: "on-\u00ad\u2010campus") is one hyphen, as is U+2010.
_HYPHENS = re.compile("[-\u00ad]*[\u2010\u2011]|\u00ad+-|\u00ad|(?<=\\w)--(?=\\w)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Every shape of the Geometric Shapes block is a list marker when it opens a line ("◈ Entwicklung …" in a Typst CV,
# "◉", "▶"); icons that stand for a contact field sit in other blocks (☎ ✉ ⌂) and stay text.
_SHAPES = "".join(chr(code) for code in range(0x25A0, 0x2600))
_MARKS = "•‣⁃∙·‧⦁⦾⦿✓✔➢➤→›❯♦❖➔*\ufffd" + _SHAPES
BULLET_CHARS = _MARKS + "-–"  # U+FFFD: a glyph the PDF does not map to text
# Word's second-level bullet is a Courier "o" before a capitalised item: "o Managed the front desk".
_BULLET_START = re.compile(rf"^\s*[{re.escape(_MARKS)}]\s*|^\s*[-–]\s+|^\s*o\s+(?=[A-Z][a-z])")
# Symbol and Wingdings bullets that Word maps into the private-use area (U+F0B7 is Symbol's bullet); other
# private-use glyphs are icons and become spaces.
PUA_BULLETS = "\uf0b7\uf0a7\uf0d8\uf0fc"
# Where a PDF font maps a ligature glyph to U+0000 (Google Docs in some fonts: "e\x00ective"), the parser leaves
# this mark; clean_line puts back the ligature that makes an English word, as pdftotext does from the glyph name.
LIGATURE_HOLE = "\ufffc"
_LIGATURES = ("ff", "fi", "fl", "ffi", "ffl", "ft")
_HOLE_WORD = re.compile(r"[^\W\d_]*\ufffc[^\W\d_]*")
# A non-breaking space saved as UTF-8 and read as Latin-1 prints as "Â" before a space ("Â Managed accounts");
# no word is a lone capital A with a circumflex, so one standing alone is the mojibake, not text.
_MOJIBAKE_SPACE = re.compile(r"(?:^|(?<=\s))\u00c2(?=[\s\u00a0]|$)")


def is_private_use(char: str) -> bool:
    """True for private-use code points, where icon fonts put their glyphs."""
    return len(char) == 1 and unicodedata.category(char) == "Co"


def normalize_char(text: str) -> str:
    """Normalise one extracted glyph: NFKC (ligatures), soft hyphen to '-', no controls."""
    if text in "\u00ad\u2010\u2011":
        return "-"
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\t")


def clean_line(text: str) -> str:
    """Normalise a whole line of text: NFKC, no cid garbage, single spaces, trimmed."""
    text = CID_PATTERN.sub(" ", _HYPHENS.sub("-", text))
    if "\u00c2" in text:
        text = _MOJIBAKE_SPACE.sub(" ", text)
    if LIGATURE_HOLE in text:
        text = _HOLE_WORD.sub(_fill_ligature, text)
    stripped = text.lstrip()
    if stripped[:1] and stripped[0] in PUA_BULLETS:
        text = "\u2022" + stripped[1:]
    bullet_glyph = text.lstrip().startswith("\ufffd")
    text = text.replace("\ufffd", " ")
    if bullet_glyph:
        text = "\ufffd " + text
    text = unicodedata.normalize("NFKC", text)
    text = "".join(map(_kept_char, text))
    return _SPACES.sub(" ", text.replace("\t", " ")).strip()


def _kept_char(char: str) -> str:
    """One character of a cleaned line: a private-use glyph as a space, a control or format character dropped."""
    category = unicodedata.category(char)  # looked up once a character: clean_line runs on every line
    if category == "Co":
        return " "
    return "" if category in ("Cc", "Cf") and char != "\t" else char


def strip_bullet(text: str) -> tuple[bool, str]:
    """Split a leading bullet glyph off a line: (had_bullet, rest)."""
    match = _BULLET_START.match(text)
    if not match or match.end() >= len(text):
        return False, text
    return True, text[match.end() :].strip()


def _fill_ligature(match: re.Match[str]) -> str:
    """The ligature that turns the word into the most frequent English word ("ff" when none does)."""
    frequency = _word_frequency()
    word = match.group(0)
    options = [word.replace(LIGATURE_HOLE, ligature) for ligature in _LIGATURES]
    best = max(options, key=lambda option: frequency[option.lower()])
    return best if frequency[best.lower()] else options[0]


@cache
def _word_frequency() -> Any:
    """pyspellchecker's English word list, loaded once and only for files with lost ligatures."""
    from spellchecker import SpellChecker

    return SpellChecker(distance=1).word_frequency
