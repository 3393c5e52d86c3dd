"""The data the HTML report shows, prepared from a checked file: page images, boxes, six-second view, ATS view."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PAGE_WIDTH_PX = 680  # big enough to read on a laptop, small enough to keep the file light
JPEG_QUALITY = 62
MAX_RENDERED_PAGES = 6


@dataclass
class Marker:
    number: int
    level: str
    left: float  # percent of the page
    top: float
    width: float
    height: float


@dataclass
class PageView:
    number: int
    image: str  # data: URI
    markers: list[Marker] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # findings about the whole page


def render_pages(path: str, page_sizes: list[tuple[float, float]], findings: list[dict[str, Any]]) -> list[PageView]:
    """Each PDF page as a small JPEG with a numbered box over every located finding."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(Path(path).read_bytes())
    except Exception:  # the report still shows the text view when a page cannot be rendered
        return []
    pages: list[PageView] = []
    try:
        for index in range(min(len(pdf), MAX_RENDERED_PAGES)):
            page = pdf[index]
            width, height = page.get_size()
            image = page.render(scale=PAGE_WIDTH_PX / width).to_pil().convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
            uri = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
            pages.append(PageView(number=index + 1, image=uri))
    finally:
        pdf.close()
    for number, finding in enumerate(findings, start=1):
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
    return pages


def six_second_view(facts: dict[str, Any], lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a recruiter reads first, each item found or missing, and where it sits."""
    by_number = {line["number"]: line for line in lines}
    contact, positions = facts["contact"], facts["positions"]
    items = [{"label": "Name", "value": contact["name"], "where": _where(by_number, contact.get("name_line"))}]
    for label, index in (("Current title and employer", 0), ("Previous title and employer", 1)):
        position = positions[index] if len(positions) > index else None
        if position is None:
            items.append({"label": label, "value": None, "where": None})
            continue
        who = ", ".join(part for part in (position["title"], position["organization"]) if part)
        dates = f"{position['start'] or '?'} – {position['end'] or '?'}" if position["start"] else "no dates"
        items.append(
            {
                "label": label,
                "value": f"{who} ({dates})" if who else None,
                "where": _where(by_number, position.get("line")),
            }
        )
    education = next((s for s in facts["sections"] if s["name"] == "education"), None)
    items.append(
        {
            "label": "Education",
            "value": education["heading"] if education else None,
            "where": _where(by_number, education["line"] if education else None),
        }
    )
    return items


def _where(lines: dict[int, dict[str, Any]], number: int | None) -> str | None:
    line = lines.get(number) if number else None
    if line is None:
        return None
    return f"page {line['page']}, line {number}" if line.get("page") else f"line {number}"


def in_context(text: str | None, match: str | None) -> tuple[str, str, str]:
    """(before, match, after) so the template can mark the match inside its line; all escaped by Jinja."""
    if not text:
        return "", match or "", ""
    if match and match in text:
        start = text.index(match)
        return text[max(0, start - 80) : start], match, text[start + len(match) : start + len(match) + 80]
    return text[:200], "", ""
