"""A job description: title, required and preferred terms, years of experience and degree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..errors import FileError
from ..facts.titles import TITLE_WORDS
from ..parsers import parse_bytes
from ..resources import lexicon
from .heading import JobHeading, label_value, split_heading
from .terms import Term, candidate_terms

_PREFERRED = re.compile(
    r"nice[\s-]to[\s-]have|preferred|bonus|\bplus\b|desired|desirable|good to have|would be great|ideally", re.I
)
_REQUIRED = re.compile(
    r"requirements?|required|must[\s-]haves?|qualifications|what you(?:'|’)ll need|what you need|"
    r"what we need|you should have|what we(?:'|’)re looking for|"
    r"you have|you bring|who you are|minimum|basic qualifications|skills",
    re.I,
)
_NOT_REQUIREMENTS = re.compile(
    r"responsibilit|what you(?:'|’)ll do|about (?:us|the role|the team)|benefits|perks|"
    r"we offer|compensation|salary|equal opportunity|the role|overview|day to day",
    re.I,
)
_TITLE_WORDS_MAX = 8  # a heading line's title; a longer line is a sentence of the blurb, not the title
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
}
_YEARS = re.compile(
    r"(?:at least|minimum of|min\.?|over|more than)?\s*\b(\d{1,2}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?years?\b",
    re.I,
)
DEGREE_ORDER = ("diploma", "associate", "bachelor", "master", "doctorate")


@dataclass
class Job:
    """What the job asks for."""

    title: str | None
    role: str | None = None  # the title without its team ("Software Engineer II" of "…, Payments")
    company: str | None = None
    location: str | None = None
    required: list[Term] = field(default_factory=list)
    preferred: list[Term] = field(default_factory=list)
    soft: list[Term] = field(default_factory=list)  # soft skills, kept apart from the match rate
    alternatives: list[set[str]] = field(default_factory=list)  # "Django or FastAPI": one of them is enough
    years: float | None = None
    degree: str | None = None
    degree_alternative: bool = False  # "or equivalent experience"
    path: str = ""


def read_job(path: Path) -> Job:
    """Read a job description (.txt, .md, .pdf, .docx) with the resume parsers."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileError("not_found", f"job description {path}: {exc.strerror or exc}") from None
    return job_from_bytes(data, path.name, str(path))


def job_from_bytes(data: bytes, filename: str, path: str = "") -> Job:
    """A job description from a file's bytes (its name gives the format)."""
    lines = parse_bytes(data, filename).lines
    return job_from_lines([(line.text, line.kind == "bullet") for line in lines], path or filename)


def job_from_lines(items: list[tuple[str, bool]], path: str = "") -> Job:
    """Split a job's (text, is_bullet) lines into required and preferred parts; pull out terms, years, degree."""
    lines = [text for text, _ in items]
    headings = {index for index, (text, bullet) in enumerate(items) if not bullet and _is_heading(text)}
    top = _heading(lines) or JobHeading("", "")
    job = Job(top.title or None, top.role or None, top.company, top.location, path=path)
    structured = any(i in headings and (_REQUIRED.search(t) or _PREFERRED.search(t)) for i, t in enumerate(lines))
    # With requirement headings, the intro (title, company blurb) is not a list of skills; without, all lines are.
    mode = "skip" if structured else "required"
    seen: set[str] = set()
    for index, text in enumerate(lines):
        heading = index in headings
        if heading and _NOT_REQUIREMENTS.search(text) and not _REQUIRED.search(text):
            mode = "skip"
            continue
        if heading and _PREFERRED.search(text):
            mode = "preferred"
            continue
        if heading and _REQUIRED.search(text):
            mode = "required"
            continue
        if mode == "skip":
            continue
        bucket = job.preferred if mode == "preferred" or _PREFERRED.search(text) else job.required
        for term in candidate_terms(text):
            if term.name.casefold() not in seen and term.name.casefold() != (job.title or "").casefold():
                seen.add(term.name.casefold())
                (job.soft if term.soft else bucket).append(term)
        for group in alternatives(text):
            job.alternatives.append({term.name for term in group})
        if mode != "required" or _PREFERRED.search(text):
            continue  # a preferred degree or tenure is not a requirement
        years = _years(text)
        if years is not None and (job.years is None or years > job.years):
            job.years = years
        degree = degree_level(text)
        if degree and (job.degree is None or DEGREE_ORDER.index(degree) > DEGREE_ORDER.index(job.degree)):
            job.degree = degree
            job.degree_alternative = bool(re.search(r"or equivalent|equivalent (?:practical )?experience", text, re.I))
    return job


def alternatives(text: str) -> list[list[Term]]:
    """Terms listed with 'or' ("Tableau or Power BI", "Finance, Economics or related"): any one satisfies."""
    groups = []
    for clause in re.split(r"[;(]", text):
        if not re.search(r"\sor\s|/", clause):
            continue
        parts = re.split(r",\s*|\s+or\s+|\s*/\s*", clause)  # "Finance, Economics or related": any one
        if len(parts) < 2:
            continue
        found = [candidate_terms(part, sentence_start=False) for part in parts]
        group = [
            _nearest(terms, part, last=index == 0)
            for index, (terms, part) in enumerate(zip(found, parts, strict=False))
            if terms
        ]
        if len(group) >= 2:
            groups.append(group)
    return groups


def _nearest(terms: list[Term], part: str, last: bool) -> Term:
    """The term closest to the 'or': the last one before it, the first one after it."""
    lowered = part.casefold()

    def position(term: Term) -> int:
        spots = [lowered.rfind(s.casefold()) if last else lowered.find(s.casefold()) for s in term.spellings]
        spots = [spot for spot in spots if spot >= 0]
        return (max(spots) if last else min(spots)) if spots else (-1 if last else len(part))

    return max(terms, key=position) if last else min(terms, key=position)


def degree_level(text: str) -> str | None:
    """The highest degree level a text names (doctorate, master, bachelor, associate, diploma)."""
    found = None
    for level, pattern in _degree_patterns():
        if pattern.search(text) and (found is None or DEGREE_ORDER.index(level) > DEGREE_ORDER.index(found)):
            found = level
    return found


@cache
def _degree_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each spelling of each degree level as a pattern, compiled once."""
    patterns = []
    for level, spellings in (lexicon("degrees") or {}).items():
        for spelling in spellings:
            flags = re.I if len(spelling) >= 3 or "." in spelling or "'" in spelling else 0  # PhD, MBA; not "ma", "ms"
            shown = spelling if flags else spelling.upper()
            patterns.append((level, re.compile(rf"(?<![\w.]){re.escape(shown)}(?![\w])", flags)))
    return tuple(patterns)


def _is_heading(text: str) -> bool:
    return len(text.split()) <= 7 and not text.endswith(".") and not text.lstrip().startswith(("-", "*", "•"))


def _heading(lines: list[str]) -> JobHeading | None:
    """The labelled title line in the first eight, else the first of three short lines that names a job title."""
    for text in lines[:8]:
        if label_value(text):
            return split_heading(text)
    candidates = []
    for text in lines[:3]:
        heading = split_heading(text) if not _REQUIRED.search(text) else None
        if not heading or not 1 <= len(heading.title.split()) <= _TITLE_WORDS_MAX:
            continue
        if not text.endswith(".") or (heading.company and text.endswith(heading.company)):  # "Acme Inc." is a name
            candidates.append(heading)
    named = [heading for heading in candidates if TITLE_WORDS.search(heading.role)]
    chosen = named or candidates
    return chosen[0] if chosen else None


def _years(text: str) -> float | None:
    match = _YEARS.search(text)
    if not match:
        return None
    value = match.group(1).lower()
    return float(_NUMBER_WORDS.get(value, value if value.isdigit() else 0) or 0) or None
