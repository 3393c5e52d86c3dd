"""List markers a PDF draws as shapes (a disc or square path before each item), read as the bullets they are."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

from ..model import Box
from .pdf_glyphs import is_bold_font

# A list marker is a small disc or square: HTML-to-PDF printers draw `<li>` markers 0.25-0.4 em across
# (3.0 pt before 11.4 pt text in the LiveCareer-style exports of the development corpus); contact and section
# icons are 0.7 em or more, so half an em separates the two.
MAX_MARKER_EM = 0.55
MIN_MARKER_PT = 1.2  # thinner shapes are rules, underline pieces and specks
MAX_ASPECT = 1.6  # a disc or square, not a dash or a bar segment
# The item's text starts within two em of its marker (measured 0.6 em); a farther word belongs to another column.
MAX_TEXT_GAP_EM = 2.0
# A marker opens its row: nothing printed within three em to its left (a column gutter is wider).
CLEAR_LEFT_EM = 3.0
ALIGN_PT = 1.0  # markers of one list share their left edge
# Pieces of one icon touch or sit 1-3 pt apart (as pdf_drawings.JOIN_PT); a list marker has nothing that close.
TOUCH_PT = 3.0
SAME_BOX_PT = 0.2  # a marker's fill and outline drawn as two shapes on one box
MAX_ICON_PT = 24.0  # contact and section icons are 8-20 pt across; larger shapes are panels, bands and rules
MIN_LIST = 2  # one shape before one line is as likely an icon; two aligned ones make a list
# List items are set in body text; a dot before larger bold text is a heading ornament or a timeline node over a
# dated entry header (corpus: 6 pt dots before bold 14 pt headings over 9 pt body, 5 pt squares before bold 10 pt
# dated lines over 8 pt body). A point over the page's commonest size allows for rounding.
BODY_SLACK_PT = 1.0
MAX_GLYPH_PT = 60.0  # no glyph on a resume is taller: the characters whose band can hold a marker start this close


def drawn_bullets(shapes: list[dict[str, Any]], chars: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[int]]:
    """A bullet character for each shape that marks a list item, and the ids of those shapes."""
    if not any(_marker_shaped(_box(shape)) for shape in shapes):
        return [], set()  # most pages: no shape could be a marker, so their characters need not be sorted
    ink = [c for c in chars if str(c.get("text") or "").strip() and c.get("upright", True)]
    if not ink:
        return [], set()
    body = Counter(round(float(c.get("size") or 0)) for c in ink).most_common(1)[0][0]
    ink.sort(key=lambda c: float(c["top"]))
    tops = [float(c["top"]) for c in ink]
    found: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for shape in shapes:
        box = _box(shape)
        first = _item_start(box, ink, tops) if _marker_shaped(box) else None
        if first is not None and not _heading_style(first, body):
            found.append((shape, first))
    found = [(shape, first) for shape, first in found if _isolated(_box(shape), shapes)]
    markers = [
        (shape, first)
        for shape, first in found
        if len({round(float(o["top"])) for o, _ in found if abs(float(o["x0"]) - float(shape["x0"])) <= ALIGN_PT})
        >= MIN_LIST
    ]
    markers = [(shape, first) for shape, first in markers if not _beside_another(shape, found)]
    return [_bullet_char(shape, first) for shape, first in markers], {id(shape) for shape, _ in markers}


def _heading_style(first: dict[str, Any], body: int) -> bool:
    """Bold text larger than the page's body text: a heading or an entry header, not a list item."""
    return float(first.get("size") or 0) > body + BODY_SLACK_PT and is_bold_font(str(first.get("fontname") or ""))


def _box(obj: dict[str, Any]) -> Box:
    return Box(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def _marker_shaped(box: Box) -> bool:
    """A small disc or square (checked before any text is looked at: most shapes on a page fail here)."""
    width, height = box.x1 - box.x0, box.bottom - box.top
    return min(width, height) >= MIN_MARKER_PT and max(width, height) <= MAX_ASPECT * min(width, height)


def _item_start(box: Box, ink: list[dict[str, Any]], tops: list[float]) -> dict[str, Any] | None:
    """The first character of the text this shape marks, when the shape is sized and placed as a list marker."""
    middle = (box.top + box.bottom) / 2
    reach = bisect_right(tops, middle)
    band = [c for c in ink[bisect_left(tops, middle - MAX_GLYPH_PT) : reach] if float(c["bottom"]) >= middle]
    first = min((c for c in band if float(c["x0"]) >= box.x1 - 0.5), key=lambda c: float(c["x0"]), default=None)
    if first is None:
        return None
    em = float(first.get("size") or 0) or (float(first["bottom"]) - float(first["top"]))
    if (
        max(box.x1 - box.x0, box.bottom - box.top) > MAX_MARKER_EM * em
        or float(first["x0"]) - box.x1 > MAX_TEXT_GAP_EM * em
    ):
        return None
    if any(box.x0 - CLEAR_LEFT_EM * em < float(c["x1"]) and float(c["x0"]) < box.x0 for c in band):
        return None  # text just left of it or under it: an inline symbol, a rating dot, a highlight
    return first


def _isolated(box: Box, shapes: list[dict[str, Any]]) -> bool:
    """No other shape touches it: an icon is built of pieces that touch, a list marker stands alone (its fill and
    its outline, drawn as two shapes on one box, are one marker)."""
    for other in shapes:
        near = _box(other)
        if all(abs(a - b) <= SAME_BOX_PT for a, b in zip(near.as_list(), box.as_list(), strict=True)):
            continue
        if max(near.x1 - near.x0, near.bottom - near.top) > MAX_ICON_PT or _contains(near, box):
            continue  # a panel, band, rule or text frame behind the list, not a piece of an icon
        if (
            near.x0 - TOUCH_PT <= box.x1
            and box.x0 - TOUCH_PT <= near.x1
            and near.top - TOUCH_PT <= box.bottom
            and box.top - TOUCH_PT <= near.bottom
        ):
            return False
    return True


def _contains(outer: Box, inner: Box) -> bool:
    return outer.x0 <= inner.x0 and outer.top <= inner.top and outer.x1 >= inner.x1 and outer.bottom >= inner.bottom


def _beside_another(shape: dict[str, Any], found: list[tuple[dict[str, Any], dict[str, Any]]]) -> bool:
    """Rating dots sit in a row of like shapes; a list marker has no other marker on its row."""
    box = _box(shape)
    return any(
        other is not shape and abs(float(other["top"]) - box.top) <= ALIGN_PT and abs(float(other["x0"]) - box.x0) > 0
        for other, _ in found
    )


def _bullet_char(shape: dict[str, Any], first: dict[str, Any]) -> dict[str, Any]:
    """A bullet glyph where the shape is, on the baseline band of the item's first character."""
    return {
        "text": "\u2022",
        "fontname": str(first.get("fontname") or ""),
        "size": first.get("size"),
        "x0": float(shape["x0"]),
        "x1": float(shape["x1"]),
        "top": float(first["top"]),
        "bottom": float(first["bottom"]),
        "upright": True,
        "non_stroking_color": (0.0,),
        "tag": None,
    }
