"""Map a JSON Resume (jsonresume.org schema) onto the same Document the other parsers produce."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import FileError
from ..model import Document, Layout, Line, Link
from ..sniff import decode_text
from ..textnorm import clean_line

# JSON Resume keys in the order a printed resume shows them, with the heading each becomes.
_SECTIONS = {
    "work": "Experience",
    "volunteer": "Volunteer",
    "education": "Education",
    "awards": "Awards",
    "certificates": "Certifications",
    "publications": "Publications",
    "skills": "Skills",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
    "projects": "Projects",
}
_TITLE_KEYS = ("position", "title", "name", "studyType", "language", "reference", "fluency")
_ORG_KEYS = ("name", "organization", "institution", "awarder", "issuer", "publisher", "entity")


def parse_json_resume(data: bytes) -> Document:
    """Parse JSON Resume bytes into a Document, or raise FileError."""
    try:
        resume = json.loads(decode_text(data))
    except ValueError as exc:
        raise FileError("corrupt", f"the JSON is not valid ({exc}): fix the syntax") from None
    if not isinstance(resume, dict) or not any(key in resume for key in ("basics", *_SECTIONS)):
        raise FileError(
            "not_a_resume", "this JSON file is not a JSON Resume (no 'basics' or 'work'): see jsonresume.org"
        )
    links: list[Link] = []
    lines = list(_basics(resume.get("basics") or {}, links))
    for key, heading in _SECTIONS.items():
        entries = resume.get(key)
        if isinstance(entries, list) and entries:
            lines.append(Line(text=heading, kind="heading", heading_level=2, bold=True))
            for entry in entries:
                if isinstance(entry, dict):
                    lines += list(_entry(key, entry, links))
    lines = [line for line in lines if line.text]
    if not lines:
        raise FileError("empty", "the JSON Resume has no content")
    return Document(format="json", lines=lines, layout=Layout(pages=None, links=links))


def _basics(basics: dict[str, Any], links: list[Link]) -> Iterator[Line]:
    if basics.get("name"):
        yield Line(text=_text(basics["name"]), kind="heading", heading_level=1, bold=True)
    if basics.get("label"):
        yield Line(text=_text(basics["label"]))
    location = basics.get("location") or {}
    place = (
        ", ".join(_text(location.get(k)) for k in ("city", "region", "countryCode") if location.get(k))
        if isinstance(location, dict)
        else ""
    )
    contact = [_text(basics.get(k)) for k in ("email", "phone", "url") if basics.get(k)]
    if basics.get("url"):
        links.append(Link(uri=_text(basics["url"])))
    if contact or place:
        yield Line(text=" | ".join(([place] if place else []) + contact))
    for profile in basics.get("profiles") or []:
        if isinstance(profile, dict):
            handle = _text(profile.get("username")) or _text(profile.get("url"))
            if profile.get("url"):
                links.append(Link(uri=_text(profile["url"]), text=handle))
            yield Line(text=f"{_text(profile.get('network'))}: {handle}".strip(": "))
    if basics.get("summary"):
        yield Line(text="Summary", kind="heading", heading_level=2, bold=True)
        yield Line(text=_text(basics["summary"]))


def _entry(key: str, entry: dict[str, Any], links: list[Link]) -> Iterator[Line]:
    title = next((_text(entry[k]) for k in _TITLE_KEYS if entry.get(k)), "")
    organization = next((_text(entry[k]) for k in _ORG_KEYS if entry.get(k) and _text(entry[k]) != title), "")
    if key == "education" and entry.get("area"):
        title = f"{title} in {_text(entry['area'])}".strip()
    dates = _dates(entry)
    head = ", ".join(part for part in (title, organization) if part)
    yield Line(text=f"{head} | {dates}" if head and dates else head or dates, bold=True)
    if entry.get("url"):
        links.append(Link(uri=_text(entry["url"])))
    for field in ("summary", "description"):
        if isinstance(entry.get(field), str) and entry.get(field):
            yield Line(text=_text(entry[field]))
    if key in ("skills", "interests") and entry.get("keywords"):
        yield Line(text=", ".join(_text(k) for k in entry["keywords"]))
    for item in (entry.get("highlights") or []) + (entry.get("courses") or []):
        yield Line(text=_text(item), kind="bullet")


def _dates(entry: dict[str, Any]) -> str:
    start = _month(entry.get("startDate"))
    end = _month(entry.get("endDate"))
    single = _month(entry.get("date") or entry.get("releaseDate"))
    if start:
        return f"{start} – {end or 'Present'}"
    return single


def _month(value: Any) -> str:
    """ISO '2013-12-01' becomes '2013-12'; the printed resume shows months, not days."""
    text = _text(value)
    return text[:7] if len(text) >= 7 and text[4:5] == "-" else text


def _text(value: Any) -> str:
    return clean_line(str(value)) if value is not None else ""
