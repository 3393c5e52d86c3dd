"""A job ad's first line split into title, company and location, the ways ads write them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts.titles import TITLE_WORDS

# "Job Title: …", "Position - …", "We're hiring: …": the label is not part of the title.
_LABEL = re.compile(
    r"^(?:job\s+title|title|position|role|job|opening|vacancy|(?:we(?:'|’)re|we\s+are|now)\s+hiring(?:\s+an?)?|"
    r"hiring)\s*[:\-–—]\s*(.+)$",
    re.I,
)
# Separators between title, company and location: spaced dashes (never the hyphen inside "Front-End"),
# bars, middle dots, bullets, "at" and "@". " at " and "@" introduce the company.
_SEPARATOR = re.compile(r"\s+[—–-]+\s+|\s*[—|·•]\s*|\s+(at|@)\s+", re.I)
_PARENS = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
_WORK_PLACE = re.compile(
    r"^(?:fully\s+)?(?:remote|hybrid|on[\s-]?site|in[\s-]office|anywhere|worldwide|work from home|wfh)\b", re.I
)
_REGION = re.compile(
    r"^(?:US|USA|U\.S\.A?\.?|UK|U\.K\.|EU|EMEA|APAC|LATAM|NA|Europe|North America|United States|"
    r"United Kingdom|Canada|Australia|India|Germany|Ireland|Singapore)$"
)
# "Austin, TX", "London, UK": a state's or country's code, or a region above, after the city.
_CITY_STATE = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s*(?P<area>[A-Z]{2}|[A-Z][\w. ]+)$")
_TERMS = re.compile(
    r"^(?:full[\s-]?time|part[\s-]?time|contract(?:or)?(?:[\s-]to[\s-]hire)?|temporary|temp|permanent|"
    r"freelance|seasonal|per\s+diem|prn|internship|fixed[\s-]term|w-?2|1099|"
    r"(?:day|night|evening|weekend|rotating|overnight)s?(?:\s+shifts?)?|\d+[\s-]*(?:hour|hr|month|week)s?\b.*|"
    r"[$£€]\s?\d.*|\d+\s*[-–]\s*\d+\s*(?:k|hours?|hrs?)\b.*)$",
    re.I,
)
_COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|plc|s\.?a|b\.?v|pty|group|holdings)\.?$", re.I
)

_RANKS = frozenset("senior junior sr sr. jr jr. lead staff principal chief i ii iii iv v".split())


@dataclass(frozen=True)
class JobHeading:
    """What a job ad's heading line names; `role` is the title without the team after its comma."""

    title: str
    role: str
    company: str | None = None
    location: str | None = None


def label_value(line: str) -> str | None:
    """The text after a "Job Title:" style label, or None when the line has no such label."""
    found = _LABEL.match(line.strip())
    return found.group(1).strip() if found else None


def is_location(text: str) -> bool:
    """Remote, Hybrid, a region, or "City, ST": where the job is, not what it is."""
    text = text.strip()
    city = _CITY_STATE.match(text)
    return bool(
        _WORK_PLACE.match(text)
        or _REGION.match(text)
        or (city and (len(city["area"]) == 2 or _REGION.match(city["area"])))
    )


def _is_terms(text: str) -> bool:
    """Full-time, a shift, a contract length or a salary: the terms of the job, not its title."""
    return bool(_TERMS.match(text.strip()))


def split_heading(line: str) -> JobHeading | None:
    """Split "Senior Data Engineer — Brightwave Health (Remote, US)" and its kin; None for an empty line."""
    text = label_value(line) or line.strip()
    bracketed = [inner.strip() for inner in _PARENS.findall(text) if _places(inner)]
    # Parentheses hold a location, an abbreviation ("(RN)") or a specialty ("(Python)"): never the title itself.
    segments = [(part, at) for part, at in _segments(_PARENS.sub("", text).strip()) if part]
    if not segments:
        return None
    title_at = next((i for i, (part, at) in enumerate(segments) if not at and TITLE_WORDS.search(part)), 0)
    title, role, named = _comma_parts(segments[title_at][0], keep_first=True)
    locations = list(named.locations)
    company = next((part for part, at in segments if at), None) or named.company
    for index, (segment, at) in enumerate(segments):
        if index == title_at or at:
            continue
        _, _, other = _comma_parts(segment, keep_first=False)
        locations += other.locations
        if company is None and other.rest and not re.fullmatch(r"[A-Z]{2,5}", other.rest):
            company = other.rest  # the first other named part; a bare acronym ("ICU") is a unit, not an employer
    return JobHeading(title, role, company, ", ".join(locations + bracketed) or None)


def _places(text: str) -> bool:
    """A location, or a comma list of them ("Remote, US")."""
    return is_location(text) or all(is_location(part) for part in text.split(","))


def _segments(text: str) -> list[tuple[str, bool]]:
    """The parts between separators, each marked when it came after "at" or "@" (a company)."""
    parts: list[tuple[str, bool]] = []
    position, at = 0, False
    for found in _SEPARATOR.finditer(text):
        parts.append((text[position : found.start()].strip(" ,;:"), at))
        at = bool(found.group(1))
        position = found.end()
    parts.append((text[position:].strip(" ,;:"), at))
    return parts


@dataclass(frozen=True)
class _Parts:
    rest: str  # what is left when places and terms are taken out
    company: str | None
    locations: list[str]


def _comma_parts(segment: str, *, keep_first: bool) -> tuple[str, str, _Parts]:
    """Comma parts: places and terms ("Part-Time") are cut, a company suffix is the company, the rest is kept.

    In the title's segment the kept parts are its team or specialty ("Software Engineer II, Payments",
    "Financial Analyst, FP&A"): part of the title as the ad names it, but not of the role a resume must echo.
    """
    parts = [part.strip() for part in re.split(r",(?!\d{3}\b)", segment)]  # not the comma of "$120,000"
    first, others = (parts[0], parts[1:]) if keep_first else ("", parts)
    kept: list[str] = []
    company: str | None = None
    locations: list[str] = []
    index = 0
    while index < len(others):
        part = others[index]
        pair = f"{part}, {others[index + 1]}" if index + 1 < len(others) else ""
        if pair and is_location(pair):
            locations.append(pair)  # "Austin, TX" holds a comma of its own
            index += 2
            continue
        if is_location(part):
            locations.append(part)
        elif keep_first and _COMPANY_SUFFIX.search(part):
            company = part
        elif part and not _is_terms(part):
            kept.append(part)
        index += 1
    rest = ", ".join(kept)
    if not keep_first:
        return rest, rest, _Parts(rest, None, locations)
    # "Director, Engineering": a bare rank says what the job is only with its team.
    role = f"{first}, {kept[0]}" if kept and len(set(first.casefold().split()) - _RANKS) <= 1 else first
    return ", ".join([first, *kept]), role, _Parts(rest, company, locations)
