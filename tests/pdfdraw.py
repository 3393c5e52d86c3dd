"""Small PDFs drawn for a test: a page of text placed from the top, as a resume template sets it."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfgen import canvas

HEIGHT = 792.0  # US Letter, in points


def pdf(draw: Callable[[Any], None]) -> bytes:
    """A PDF drawn by `draw` (which calls showPage() between pages)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(612.0, HEIGHT), invariant=1)
    draw(page)
    page.save()
    return out.getvalue()


def text(page: Any, x: float, top: float, line: str, size: float = 10, bold: bool = False) -> None:
    """One line of Helvetica whose baseline stands `top` points below the page's top edge."""
    page.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    page.drawString(x, HEIGHT - top, line)


def sections(page: Any, top: float, body: Sequence[tuple[str, Sequence[str]]]) -> float:
    """Bold 14 pt headings, each with its 10 pt lines under it, from `top` down; the top after the last."""
    for heading, lines in body:
        text(page, 50, top, heading, 14, bold=True)
        for line in lines:
            top += 15
            text(page, 50, top, line, 10)
        top += 34
    return top
