"""Find section headings by wording and typography, and map each to a canonical section name."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..model import Document, Line
from ..resources import lexicon

MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 48
_NOT_LETTERS = re.compile(r"[^a-z& ]+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Section:
    """A section of the resume: its canonical name, the heading as printed, and its lines."""

    name: str
    heading: Line
    lines: tuple[Line, ...]


def canonical_section(text: str) -> str | None:
    """Map a heading's text to a canonical section name, or None when it is not a known heading."""
    return _exact_section(text) or _keyword_section(text)


def _exact_section(text: str) -> str | None:
    phrases, _ = _lexicon_tables()
    words = _normalize(text)
    return phrases.get(words) or phrases.get(words.replace(" ", "")) if words else None


def _keyword_section(text: str) -> str | None:
    _, keywords = _lexicon_tables()
    if _YEAR.search(text):
        return None  # "Research Assistant, 2019 – 2021" is an entry, not a heading
    words = _normalize(text)
    tokens = words.split()
    if len(tokens) > MAX_HEADING_WORDS:
        return None
    best: tuple[int, str] | None = None
    for keyword, name in keywords:
        for match in re.finditer(rf"\b{re.escape(keyword)}\b", words):
            if best is None or match.end() > best[0]:  # English headings end in their head noun
                best = (match.end(), name)
    return best[1] if best else None


def header_block(lines: list[Line], sections: list[Section]) -> list[Line]:
    """The lines above the first section heading (all of them when there is no heading)."""
    first = sections[0].heading.number if sections else None
    return [line for line in lines if first is None or line.number < first]


def all_capitals(text: str) -> bool:
    """True when every letter is a capital (and there is at least one)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def find_sections(document: Document) -> list[Section]:
    """Every section heading in reading order with the lines under it."""
    body = document.body_lines
    headings = _heading_lines(body)
    sections: list[Section] = []
    for index, (line, name) in enumerate(headings):
        end = headings[index + 1][0].number if index + 1 < len(headings) else None
        lines = tuple(l for l in body if l.number > line.number and (end is None or l.number < end))
        sections.append(Section(name=name, heading=line, lines=lines))
    return sections


def _heading_lines(body: list[Line]) -> list[tuple[Line, str]]:
    explicit = any(line.heading_level for line in body) and all(line.box is None and line.style is None for line in body)
    # Markdown and JSON Resume mark their headings; there, bold text is emphasis, not a heading.
    candidates = [line for line in body if (line.kind == "heading" if explicit else _looks_like_heading(line))]
    body_size = _body_size(body)
    # A heading matched only by a keyword ("Leadership team and the board") must also look like one.
    matched = [(line, _exact_section(line.text) or (_keyword_section(line.text) if _emphasised(line, body_size) else None))
               for line in candidates]
    known = [(line, name) for line, name in matched if name]
    if not known:
        return []
    style_counts = Counter(_signature(line) for line, _ in known)
    dominant, _ = style_counts.most_common(1)[0]
    dominant_size = dominant[1]
    result: list[tuple[Line, str]] = []
    for line, name in matched:
        signature = _signature(line)
        if name and (signature[:4] == dominant[:4] or _more_prominent(line, dominant_size, signature, dominant)
                     or _emphatic_exact(line)):
            result.append((line, name))
        elif not name and signature == dominant and style_counts[dominant] >= 2 and _plausible_other(line):
            result.append((line, "other"))
    return result


def _looks_like_heading(line: Line) -> bool:
    text = line.text.strip()
    if line.kind == "heading":
        return len(text) <= 2 * MAX_HEADING_CHARS
    if line.kind == "bullet" or not text or len(text) > MAX_HEADING_CHARS:
        return False
    if len(text.split()) > MAX_HEADING_WORDS or text.endswith((".", ",", ";")) or "@" in text:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and letters >= 3


def _signature(line: Line) -> tuple[object, ...]:
    """What makes a heading look like its siblings: size, weight, capitals, heading level, column."""
    letters = [ch for ch in line.text if ch.isalpha()]
    upper = bool(letters) and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)
    return (line.heading_level, round(line.size or 0), line.bold, upper, (line.font or "").split("+")[-1])


def _more_prominent(line: Line, dominant_size: int, signature: tuple[object, ...], dominant: tuple[object, ...]) -> bool:
    """A known heading styled unlike the others still counts when it is at least as large and marked."""
    if line.heading_level is not None and dominant[0] is not None:
        return line.heading_level <= dominant[0]  # explicit outline levels decide: a sub-heading is not a section
    size = round(line.size or 0)
    return size > dominant_size or (size == dominant_size and (line.bold or signature[3]) and line.kind != "bullet")


def _body_size(body: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in body:
        weights[round(line.size or 0, 1)] += len(line.words)
    return weights.most_common(1)[0][0] if weights else 0.0


def _emphasised(line: Line, body_size: float) -> bool:
    return line.kind == "heading" or line.bold or all_capitals(line.text) or (line.size or 0) > body_size + 0.5


def _emphatic_exact(line: Line) -> bool:
    """A bold, all-capitals line that is exactly a known heading ("SUMMARY" in a text box) is one."""
    return line.bold and all_capitals(line.text) and _exact_section(line.text) is not None


def _plausible_other(line: Line) -> bool:
    return not any(ch.isdigit() for ch in line.text[:1]) and len(line.text.split()) <= MAX_HEADING_WORDS + 2


def _normalize(text: str) -> str:
    text = text.casefold()
    text = _NOT_LETTERS.sub(" ", text.replace("&", " and ").replace("/", " "))
    return " ".join(text.split())


@cache
def _lexicon_tables() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    phrases: dict[str, str] = {}
    keywords: list[tuple[str, str]] = []
    for name, entry in lexicon("sections").items():
        for phrase in entry.get("phrases") or []:
            normalized = _normalize(phrase)
            phrases.setdefault(normalized, name)
            phrases.setdefault(normalized.replace(" ", ""), name)
        for keyword in entry.get("keywords") or []:
            keywords.append((_normalize(keyword), name))
    return phrases, tuple(keywords)
