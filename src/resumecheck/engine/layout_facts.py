"""Named document facts for layout rules: a value and the lines or pages to point at."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Line
from .context import Context

LayoutFact = Callable[[Context], tuple[int, list[Line | int]]]


def columns(context: Context) -> tuple[int, list[Line | int]]:
    """Columns on the busiest page; points at the first line of each second column."""
    layout = context.facts.document.layout
    firsts: list[Line | int] = []
    for page in layout.column_pages:
        line = next((ln for ln in context.body if ln.page == page and ln.column == 1), None)
        firsts.append(line if line is not None else page)
    return layout.columns, firsts


def tables(context: Context) -> tuple[int, list[Line | int]]:
    """Tables that hold text; points at the first cell line of DOCX tables."""
    cells: list[Line | int] = [line for line in context.body if line.in_table]
    return context.facts.document.layout.tables, cells[:1]


def pages_without_text(context: Context) -> tuple[int, list[Line | int]]:
    """Pages that are pictures of text: an ATS reads nothing there."""
    missing = context.facts.document.layout.text_layer_missing
    return len(missing), list(missing)


def graphics(context: Context) -> tuple[int, list[Line | int]]:
    """Images, icon glyphs and vector drawings (icons, skill bars, charts); not the picture a page without a text
    layer is made of (that page is skim.text-layer's finding)."""
    layout = context.facts.document.layout
    pictures = layout.images - sum(1 for page, _ in layout.image_boxes if page in layout.text_layer_missing)
    return pictures + layout.icons + layout.graphics, []


def pages(context: Context) -> tuple[int, list[Line | int]]:
    return context.facts.document.layout.pages or 0, []


LAYOUT_FACTS: dict[str, LayoutFact] = {
    "columns": columns,
    "tables": tables,
    "pages_without_text": pages_without_text,
    "graphics": graphics,
    "pages": pages,
}
