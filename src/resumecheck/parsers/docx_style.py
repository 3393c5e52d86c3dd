"""Resolve a Word paragraph's effective style: heading level, list membership, font, bold."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_LIST_STYLE = re.compile(r"list (bullet|number|continue)|bullet", re.I)


@dataclass(frozen=True)
class ParagraphStyle:
    """The typography of a paragraph as Word would render it."""

    name: str | None
    heading_level: int | None
    font: str | None
    size: float | None
    bold: bool
    italic: bool


def paragraph_style(paragraph: Paragraph) -> ParagraphStyle:
    """Effective style of a paragraph: its style chain plus the formatting of its runs."""
    style = _safe_style(paragraph)
    name = style.name if style is not None else None
    runs = [run for run in paragraph.runs if run.text.strip()]
    chars = sum(len(run.text) for run in runs) or 1
    bold = sum(len(run.text) for run in runs if _run_flag(run, style, "bold")) > chars / 2
    italic = sum(len(run.text) for run in runs if _run_flag(run, style, "italic")) > chars / 2
    sizes = Counter(run.font.size.pt for run in runs if run.font.size is not None)
    size = sizes.most_common(1)[0][0] if sizes else _style_attr(style, "size")
    fonts = Counter(run.font.name for run in runs if run.font.name)
    font = fonts.most_common(1)[0][0] if fonts else _style_attr(style, "name")
    return ParagraphStyle(
        name, _heading_level(paragraph, style), font, float(size.pt) if hasattr(size, "pt") else size, bold, italic
    )


def is_list_paragraph(paragraph: Paragraph) -> bool:
    """True for numbered or bulleted paragraphs, numbering set directly or inherited from the style."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(qn("w:numPr")) is not None:
        num_id = ppr.find(qn("w:numPr")).find(qn("w:numId"))
        return num_id is None or num_id.get(qn("w:val")) != "0"
    style = _safe_style(paragraph)
    while style is not None:
        style_ppr = style.element.pPr
        if style_ppr is not None and style_ppr.find(qn("w:numPr")) is not None:
            return True
        if style.name and _LIST_STYLE.search(style.name):
            return True
        style = style.base_style
    return False


def _heading_level(paragraph: Paragraph, style: Any) -> int | None:
    current = style
    while current is not None:
        match = _HEADING_STYLE.match(current.name or "")
        if match:
            return int(match.group(1))
        current = current.base_style
    ppr = paragraph._p.pPr
    outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if outline is not None and outline.get(qn("w:val"), "9").isdigit() and int(outline.get(qn("w:val"))) < 9:
        return int(outline.get(qn("w:val"))) + 1
    return None


def _run_flag(run: Any, style: Any, attr: str) -> bool:
    value = getattr(run, attr)
    if value is not None:
        return bool(value)
    if run.style is not None and getattr(run.style.font, attr):
        return True
    return bool(_style_attr(style, attr))


def _style_attr(style: Any, attr: str) -> Any:
    while style is not None:
        value = getattr(style.font, attr, None)
        if value is not None:
            return value
        style = style.base_style
    return None


def _safe_style(paragraph: Paragraph) -> Any:
    try:
        return paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None
