"""The data the HTML report shows, prepared from a checked file: page images, boxes, six-second view, ATS view."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from ..engine.languages import ReportWords
from ..facts.positions import is_place
from ..facts.titles import TITLE_WORDS

PAGE_WIDTH_PX = 680  # big enough to read on a laptop, small enough to keep the file light
JPEG_QUALITY = 62
MAX_RENDERED_PAGES = 6


# A badge is 3.2% of the page's width tall (the stylesheet sizes it in cqw, so it scales with the image): on a
# Letter page that is 2.5% of its height, on A4 2.3%. One slot of 3.4% of the height keeps a gap at any width.
BADGE_SLOT = 3.4


@dataclass
class Marker:
    number: int
    level: str
    left: float  # percent of the page
    top: float
    width: float
    height: float
    badge_top: float = 0.0  # where its numbered badge sits in the margin, stacked below the one above it
    badge_half: float = 0.0  # half the badge's height, in percent of the page's height (for the leader line)


@dataclass
class PageView:
    number: int
    image: str  # data: URI
    markers: list[Marker] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # findings about the whole page


@cache
def template(name: str) -> Template:
    """A report template, loaded and compiled once per process (the server renders one per request)."""
    environment = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template(name)


def render_pages(
    path: str,
    page_sizes: list[tuple[float, float]],
    findings: list[dict[str, Any]],
    first: int = 1,
    limit: int = 0,
    data: bytes | None = None,
) -> list[PageView]:
    """Each PDF page (the first `limit` when given) as a small JPEG with a numbered box over every located
    finding, numbered from `first`; `data` is the file when it is not on disk."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data if data is not None else Path(path).read_bytes())
    except Exception:  # the report still shows the text view when a page cannot be rendered
        return []
    pages: list[PageView] = []
    try:
        for index in range(min(len(pdf), limit or MAX_RENDERED_PAGES)):
            page = pdf[index]
            width, height = page.get_size()
            image = page.render(scale=PAGE_WIDTH_PX / width).to_pil().convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
            uri = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
            pages.append(PageView(number=index + 1, image=uri))
    finally:
        pdf.close()
    for number, finding in enumerate(findings, start=first):
        location = finding["location"]
        page_number = location.get("page")
        if not page_number or page_number > len(pages):
            continue
        view = pages[page_number - 1]
        width, height = page_sizes[page_number - 1] if page_number - 1 < len(page_sizes) else (612.0, 792.0)
        box = location.get("bbox")
        if box:
            pad = 2.0
            view.markers.append(
                Marker(
                    number,
                    finding["level"],
                    (box[0] - pad) / width * 100,
                    (box[1] - pad) / height * 100,
                    (box[2] - box[0] + 2 * pad) / width * 100,
                    (box[3] - box[1] + 2 * pad) / height * 100,
                )
            )
        else:
            view.notes.append((number, finding["message"]))
    for view, (width, height) in zip(pages, page_sizes or [(612.0, 792.0)] * len(pages), strict=False):
        _stack_badges(view.markers, BADGE_HEIGHT_CQW / 2 * width / height)
    return pages


BADGE_HEIGHT_CQW = 3.2  # the badge's height in the stylesheet, in percent of the page image's width


def _stack_badges(markers: list[Marker], half: float) -> None:
    """Badges go in the margin beside their box's first line, each at least one slot below the one above, so
    no badge hides another or the words it points at."""
    floor = -BADGE_SLOT
    for marker in sorted(markers, key=lambda m: (m.top, m.number)):
        marker.badge_top = max(marker.top + marker.height / 2 - half, floor + BADGE_SLOT)
        marker.badge_half = half
        floor = marker.badge_top


def six_second_view(
    facts: dict[str, Any], lines: list[dict[str, Any]], words: ReportWords | None = None
) -> list[dict[str, Any]]:
    """What a recruiter reads first, each item found (ok), found but uncertain (unsure) or missing, and where it
    sits, labelled in `words`' language. A role is certain when its title reads as a job title and it has an
    employer that is not a place."""
    words = words or ReportWords()
    by_number = {line["number"]: line for line in lines}
    contact, positions = facts["contact"], facts["positions"]
    items = [_item(words.text("six-name"), contact["name"], "ok", _where(by_number, contact.get("name_line"), words))]
    current = bool(positions) and positions[0]["end"] == "present"
    labels = (words.text("six-current-role" if current else "six-recent-role"), words.text("six-previous-role"))
    for label, index in zip(labels, (0, 1), strict=True):
        position = positions[index] if len(positions) > index else None
        if position is None:
            items.append(_item(label, None))
            continue
        who = _at(position["title"], position["organization"], words)
        dates = (
            f"{position['start'] or '?'} – {position['end'] or '?'}" if position["start"] else words.text("no-dates")
        )
        sure = _is_title(position["title"]) and _is_employer(position["organization"])
        value = f"{who} ({dates})" if who else None
        items.append(_item(label, value, "ok" if sure else "unsure", _where(by_number, position.get("line"), words)))
    degrees = facts.get("education") or []
    degree = degrees[0] if degrees else None
    value = _at(degree["degree"], degree["school"], words) if degree else None
    state = "ok" if degree and degree["school"] else "unsure"
    where = _where(by_number, degree["line"] if degree else None, words)
    items.append(_item(words.text("six-education"), value, state, where))
    if contact.get("location"):
        items.append(_item(words.text("six-location"), contact["location"], "ok"))
    return items


def _at(what: str | None, where: str | None, words: ReportWords) -> str:
    """ "Analyst at Ridge Labs", either part alone, or "" with neither."""
    if what and where:
        return words.text("what-at-where", what=what, where=where)
    return what or where or ""


def _item(label: str, value: str | None, state: str = "ok", where: str | None = None) -> dict[str, Any]:
    return {"label": label, "value": value, "state": state if value else "missing", "where": where}


def _is_title(title: str | None) -> bool:
    return bool(title) and bool(TITLE_WORDS.search(title or ""))


def _is_employer(name: str | None) -> bool:
    """An employer's name, not a place ("Mountain View, CA"), a date or a duration."""
    return bool(name) and not any(ch.isdigit() for ch in name or "") and not is_place((name or "").strip())


def _where(lines: dict[int, dict[str, Any]], number: int | None, words: ReportWords) -> str | None:
    line = lines.get(number) if number else None
    if line is None:
        return None
    if line.get("page"):
        return words.text("page-line", page=line["page"], line=number)
    return words.text("line", line=number)


def in_context(text: str | None, match: str | None) -> tuple[str, str, str]:
    """(before, match, after) so the template can mark the match inside its line; all escaped by Jinja."""
    if not text:
        return "", match or "", ""
    if match and match in text:
        start = text.index(match)
        return text[max(0, start - 80) : start], match, text[start + len(match) : start + len(match) + 80]
    return text[:200], "", ""
