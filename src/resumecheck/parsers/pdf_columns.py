"""Find a page's column gutter from where words sit, and read the columns in turn."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy

from .pdf_rows import Fragment, Row

_DATEISH = re.compile(
    r"^(?:\W*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,2}[/.]|"
    r"(?:19|20)\d{2}|'\d{2}|present|current|now|today|ongoing|since|to|until|[-–—]|\s)+\W*)$",
    re.I,
)
MIN_SIDE_ROWS = 4  # each column needs this many rows of its own
MIN_BAND_SHARE = 0.35  # the column band must hold this share of the page's rows
STEP = 2.0  # points between candidate gutter positions: narrower than any real gutter (about 10 pt and up)
SEARCH_MARGIN = 0.12  # gutters are looked for between 12% and 88% of the page width: page margins are not gutters
GAP_CLEARANCE = 1.0  # a fragment must clear a candidate gutter by a point on each side (glyph boxes touch)
DATE_GUTTER_SHARE = 0.7  # a left column this much of dates is a moderncv-style margin, not a column
DATE_BLOCK_GAP = 0.8  # stacked date lines less than 0.8 line heights apart are one block ("2019 –" / "2021")
DATE_ROW_REACH = 2.0  # a date block joins the body row whose top is within two line heights of its own
MIN_SIDE_CHAR_SHARE = 0.12  # a real column holds text, not a stack of dates or places (we measured 0.2-0.3)
TAB_ROW_SHARE = 0.75  # true columns share few baselines (we measured 0.2-0.5); tab stops share nearly all


@dataclass
class PageReading:
    """A page's rows in reading order, each tagged with its column (0 = full width or left)."""

    rows: list[tuple[Row, int]]
    columns: int


def read_page(rows: list[Row], width: float) -> PageReading:
    """Order a page's rows: full-width rows above, then each column top to bottom, then rows below."""
    band = _find_band(rows, width)
    if band is None:
        return PageReading([(row, 0) for row in rows], 1)
    start, end, gutter = band
    inside = rows[start:end]
    left = [_subrow(row, lambda f: f.x1 <= gutter) for row in inside]
    right = [_subrow(row, lambda f: f.x0 >= gutter) for row in inside]
    left_rows = [row for row in left if row]
    right_rows = [row for row in right if row]
    ordered: list[tuple[Row, int]] = [(row, 0) for row in rows[:start]]
    if _is_date_gutter(left_rows):
        ordered += [(row, 0) for row in _attach_dates(left_rows, right_rows)]
        columns = 1
    else:
        ordered += [(row, 0) for row in left_rows] + [(row, 1) for row in right_rows]
        columns = 2
    ordered += [(row, 0) for row in rows[end:]]
    return PageReading(ordered, columns)


def _left_of(fragment: Fragment, x: float) -> bool:
    return fragment.x1 <= x + 1


def _right_of(fragment: Fragment, x: float) -> bool:
    return fragment.x0 >= x - 1


def _subrow(row: Row, keep: object) -> Row | None:
    fragments = [f for f in row.fragments if keep(f)]  # type: ignore[operator]
    return Row(fragments) if fragments else None


def _find_band(rows: list[Row], width: float) -> tuple[int, int, float] | None:
    """Return (first row, end row, gutter x) of the longest run of rows split by one clear gutter."""
    if len(rows) < 2 * MIN_SIDE_ROWS:
        return None
    xs = numpy.arange(width * SEARCH_MARGIN, width * (1 - SEARCH_MARGIN), STEP)
    blocked = numpy.zeros((len(rows) + 1, len(xs)), dtype=bool)
    blocked[-1, :] = True  # a sentinel row closes every run
    for index, row in enumerate(rows):
        for fragment in row.fragments:
            blocked[index] |= (fragment.x0 < xs - GAP_CLEARANCE) & (xs + GAP_CLEARANCE < fragment.x1)
    # Each row's leftmost fragment end and rightmost fragment start: whether a row has text left or right of a
    # gutter, without walking its fragments at each of the ~200 candidate positions.
    ends = numpy.array([min((f.x1 for f in row.fragments), default=numpy.inf) for row in rows])
    starts = numpy.array([max((f.x0 for f in row.fragments), default=-numpy.inf) for row in rows])
    best: tuple[float, int, int, float] | None = None
    for column, x in enumerate(xs):
        start = 0
        for index in map(int, numpy.flatnonzero(blocked[:, column])):
            if index - start >= 2 * MIN_SIDE_ROWS:
                sides = (ends[start:index], starts[start:index])
                score = _band_score(rows[start:index], float(x), sides, best[0] if best else 0.0)
                if score and (best is None or score > best[0]):
                    best = (score, start, index, float(x))
            start = index + 1
    if best is None or (best[2] - best[1]) < MIN_BAND_SHARE * len(rows):
        return None
    _, start, end, x = best
    start = _skip_lead_in(rows, start, end, x)
    cut = _before_centred_heading(rows, start, end, x, width)
    if cut < end:  # what is left of the band must be a band on its own
        if cut - start < max(2 * MIN_SIDE_ROWS, MIN_BAND_SHARE * len(rows)) or _tab_stops(rows[start:cut], x):
            return None
        end = cut
    return start, end, _gutter_center(rows[start:end], x)


# A heading bar centred on the page ("TECHNICAL SKILLS" over label: value rows, Word templates) sits within a few
# points of the page's centre line. Three points allow for a centred line's rounding and a trailing space.
CENTRED_PT = 3.0
# The label: value rows under such a heading set their values left of where the right column's text starts (by
# 32 pt on the shared Word file); a sidebar's labelled items beside a right column leave it aligned (a dev Canva
# file: the column's text at 227 pt, its entries under a page-centred column heading at 243).
MISALIGNED_PT = 10.0


def _before_centred_heading(rows: list[Row], start: int, end: int, x: float, width: float) -> int:
    """End the band at a short heading row centred on the page right of the gutter over label: value rows that
    do not line up with the right column: the page goes back to one column there (a side-by-side block at the
    top, then full-width sections)."""
    column_edge = _right_margin(rows[start:end], x)
    for index in range(start + 2 * MIN_SIDE_ROWS, end):
        row = rows[index]
        left, right = min(f.x0 for f in row.fragments), max(f.x1 for f in row.fragments)
        centred = abs((left + right) / 2 - width / 2) <= CENTRED_PT and right - left < width / 2
        if centred and left > x and len(row.fragments) <= 3 and _table_below(rows[index + 1 : end], x, column_edge):
            return index
    return end


def _right_margin(rows: list[Row], x: float) -> float:
    """Where most of the right column's rows start (its text's left edge; a stray mark can start further left)."""
    starts = Counter(
        round(min(f.x0 for f in row.fragments if _right_of(f, x)))
        for row in rows
        if any(_right_of(f, x) for f in row.fragments)
    )
    return float(starts.most_common(1)[0][0]) if starts else x


def _table_below(rows: list[Row], x: float, column_edge: float) -> bool:
    """A row of "Label:" left of the gutter with its value right of it but left of the right column's text."""
    return any(
        any(_left_of(f, x) and f.text.rstrip().endswith(":") for f in row.fragments)
        and any(_right_of(f, x) and f.x0 < column_edge - MISALIGNED_PT for f in row.fragments)
        for row in rows
    )


def _skip_lead_in(rows: list[Row], start: int, end: int, x: float) -> int:
    """Leave one-sided rows set apart above the band (a headline under the name) to the full-width part."""
    index = start
    while index + 1 < end:
        row, below = rows[index], rows[index + 1]
        one_sided = all(_left_of(f, x) for f in row.fragments) or all(_right_of(f, x) for f in row.fragments)
        if not one_sided or below.top - row.bottom < (row.bottom - row.top):
            break
        index += 1
    return index


def _band_score(rows: list[Row], x: float, sides: tuple[numpy.ndarray, numpy.ndarray], beat: float) -> float:
    """The band's score at gutter x, 0 when it is no band or cannot beat `beat` (then tab stops go untested)."""
    ends, starts = sides  # a row has a fragment left of x (_left_of) when its leftmost end is, right likewise
    left = int(numpy.count_nonzero(ends <= x + 1))
    right = int(numpy.count_nonzero(starts >= x - 1))
    if left < MIN_SIDE_ROWS or right < MIN_SIDE_ROWS:
        return 0.0
    # Prefer long bands with many rows on both sides; a gutter in the middle of a wide gap wins ties.
    score = float(len(rows) * min(left, right))
    return 0.0 if score <= beat or _tab_stops(rows, x) else score


def _tab_stops(rows: list[Row], x: float) -> bool:
    """Text on both sides of the gap on the same rows is one column with tab stops (right-aligned
    dates, label: value pairs), unless the left side is a moderncv-style gutter of dates."""
    left = [row for row in rows if any(_left_of(f, x) for f in row.fragments)]
    right = [row for row in rows if any(_right_of(f, x) for f in row.fragments)]
    both = sum(1 for row in left if any(_right_of(f, x) for f in row.fragments))
    if _is_date_gutter([Row([f for f in row.fragments if _left_of(f, x)]) for row in left]):
        return False
    left_chars = sum(len(f.text) for row in rows for f in row.fragments if _left_of(f, x))
    right_chars = sum(len(f.text) for row in rows for f in row.fragments if _right_of(f, x))
    thin_side = min(left_chars, right_chars) < MIN_SIDE_CHAR_SHARE * (left_chars + right_chars)
    return thin_side or both >= TAB_ROW_SHARE * min(len(left), len(right))


def _gutter_center(rows: list[Row], x: float) -> float:
    left_edge = max((f.x1 for row in rows for f in row.fragments if _left_of(f, x)), default=x)
    right_edge = min((f.x0 for row in rows for f in row.fragments if _right_of(f, x)), default=x)
    return (left_edge + right_edge) / 2


def _is_date_gutter(left_rows: list[Row]) -> bool:
    """A narrow left column of dates (moderncv style) is a margin note, not a second column."""
    fragments = [f for row in left_rows for f in row.fragments]
    dated = sum(1 for f in fragments if _DATEISH.match(f.text))
    return bool(fragments) and dated >= DATE_GUTTER_SHARE * len(fragments)


def _attach_dates(left_rows: list[Row], right_rows: list[Row]) -> list[Row]:
    """Join each block of stacked date lines to the body row it starts beside."""
    blocks: list[list[Fragment]] = []
    last_bottom = -1e9
    for row in left_rows:
        height = row.bottom - row.top
        if blocks and row.top - last_bottom < DATE_BLOCK_GAP * height:
            blocks[-1].extend(row.fragments)
        else:
            blocks.append(list(row.fragments))
        last_bottom = row.bottom
    merged = list(right_rows)
    for block in blocks:
        top = min(f.top for f in block)
        target = min(range(len(merged)), key=lambda i: abs(merged[i].top - top), default=None)
        glyphs, text = [g for f in block for g in f.glyphs], " ".join(f.text for f in block)
        joined = Fragment(glyphs=glyphs, text=text, tracked=any(f.tracked for f in block))
        if target is None or abs(merged[target].top - top) > DATE_ROW_REACH * (block[0].bottom - block[0].top):
            merged.append(Row([joined]))
        else:
            merged[target] = Row([joined] + merged[target].fragments)
    merged.sort(key=lambda r: r.top)
    return merged
