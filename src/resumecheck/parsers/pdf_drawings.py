"""Vector drawings on a PDF page counted as a person sees them: one icon, bar or chart, not its pieces."""

from __future__ import annotations

from typing import Any

import numpy

from ..model import Box
from .pdf_glyphs import is_white

# A skill bar's segment or a rating dot is at least 2.5 pt across; thinner filled rects are rules and underlines.
MIN_SHAPE_PT = 2.5
# Background bands and sidebar panels span at least half the page in one direction (the corpus's grey header
# band is 612 pt wide, sidebars run the page's height); icons, bars and charts are far smaller.
BACKGROUND_SHARE = 0.5
# Pieces of one drawing touch or nearly touch: an icon's strokes overlap, a logo's letters sit 1-3 pt apart;
# separate contact icons are 20 pt or more apart (corpus: 3 pt joins the LinkedIn logo's letters into two pieces,
# 6 pt starts merging the rating dots of neighbouring skills in the generated riley_park sample).
JOIN_PT = 3


def count_drawings(rects: list[dict[str, Any]], curves: list[dict[str, Any]], width: float, height: float) -> int:
    """How many separate drawings the page's filled rects and curves make, without backgrounds and rules."""
    boxes = [  # rects, then curves (`o in rects` compared each dict with every rect: 5,000 paths took seconds)
        Box(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
        for kind in (rects, curves)
        for o in kind
        if _shape(o, width, height, is_rect=kind is rects)
    ]
    return len(_clusters(boxes))


def _shape(obj: dict[str, Any], width: float, height: float, *, is_rect: bool) -> bool:
    w, h = float(obj["x1"]) - float(obj["x0"]), float(obj["bottom"]) - float(obj["top"])
    if w >= width * BACKGROUND_SHARE or h >= height * BACKGROUND_SHARE:
        return False
    if is_rect:
        return bool(obj.get("fill")) and min(w, h) > MIN_SHAPE_PT and not is_white(obj.get("non_stroking_color"))
    return True


def _clusters(boxes: list[Box]) -> list[list[int]]:
    """Group boxes that touch within JOIN_PT (union-find over every pair, the pairs a box touches found by one
    array comparison: a page of vector art has thousands of pieces)."""
    parent = list(range(len(boxes)))
    x0, top, x1, bottom = (numpy.array([getattr(b, side) for b in boxes]) for side in ("x0", "top", "x1", "bottom"))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(boxes):
        later = slice(i + 1, None)
        touching = (
            (a.x0 - JOIN_PT <= x1[later])
            & (x0[later] - JOIN_PT <= a.x1)
            & (a.top - JOIN_PT <= bottom[later])
            & (top[later] - JOIN_PT <= a.bottom)
        )
        for j in numpy.flatnonzero(touching).tolist():  # in ascending order, as the pairs were tried
            parent[root(i)] = root(i + 1 + j)
    groups: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())
