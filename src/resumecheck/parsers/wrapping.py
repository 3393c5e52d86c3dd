"""Join a bullet's wrapped continuation lines back onto the bullet (PDFs break lines, not items)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Box, Line
from ..textnorm import BULLET_CHARS

INDENT_TOLERANCE = 4.0  # points
LONE_GLYPH_GAP = 1.5  # line heights between a lone bullet glyph and its text


def merge_wrapped(lines: list[Line]) -> list[Line]:
    """Merge plain lines that continue the bullet above them (same column, hanging indent, no gap)."""
    merged: list[Line] = []
    for line in lines:
        previous = merged[-1] if merged else None
        if previous is not None and _lone_glyph_before(previous, line):
            merged[-1] = replace(line, kind="bullet")  # Word set the glyph a little off the text's baseline
        elif previous is not None and _continues(previous, line):
            merged[-1] = replace(
                previous,
                text=_join(previous.text, line.text),
                box=_union(previous.box, line.box),
                spans=previous.spans + line.spans,
            )
        else:
            merged.append(line)
    return merged


def _lone_glyph_before(glyph: Line, line: Line) -> bool:
    """A row holding only a bullet glyph, with the item's text on the next row starting at or right of it."""
    if glyph.text not in BULLET_CHARS or line.kind != "text" or glyph.box is None or line.box is None:
        return False
    if (glyph.page, glyph.column, glyph.zone) != (line.page, line.column, line.zone):
        return False
    gap = line.box.top - glyph.box.bottom
    # Word can print the glyph a whole row above its text (measured: a 10 pt gap under 8 pt text), never two.
    height = max(line.box.height, 1.0)
    return line.box.x0 >= glyph.box.x0 - INDENT_TOLERANCE and -height < gap < LONE_GLYPH_GAP * height


def _continues(bullet: Line, line: Line) -> bool:
    if bullet.kind != "bullet" or line.kind != "text" or bullet.box is None or line.box is None:
        return False
    if (bullet.page, bullet.column, bullet.zone) != (line.page, line.column, line.zone):
        return False
    words_x0 = bullet.spans[0].x0 if bullet.spans else bullet.box.x0  # the parser starts spans after the glyph
    height = max(line.box.height, 1.0)
    gap = line.box.top - bullet.box.bottom
    hanging = abs(line.box.x0 - words_x0) <= INDENT_TOLERANCE and line.box.x0 > bullet.box.x0 + 1
    # Some editors wrap a bullet back to the margin; a lowercase start then still marks a continuation.
    flush = line.text[:1].islower() and bullet.box.x0 - INDENT_TOLERANCE <= line.box.x0 <= words_x0 + INDENT_TOLERANCE
    aligned = hanging or flush
    same_style = abs((bullet.size or 0) - (line.size or 0)) <= 0.6 and (bullet.bold or not line.bold)
    return aligned and same_style and -0.5 * height < gap < 0.9 * height


def _join(first: str, second: str) -> str:
    if first.endswith("-") and not first.endswith(" -") and second[:1].islower():
        return first + second  # a word hyphenated at the line end (the hyphen is usually part of it, e.g. 'Con-sul')
    return f"{first} {second}"


def _union(first: Box | None, second: Box | None) -> Box | None:
    """The box around two wrapped lines (the first's when either has none)."""
    if first is None or second is None:
        return first
    return Box(min(first.x0, second.x0), first.top, max(first.x1, second.x1), second.bottom)
