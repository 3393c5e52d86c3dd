"""Group glyphs into rows and fragments, putting back the spaces many PDFs leave out."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter

from ..model import Box, Span
from ..textnorm import BULLET_CHARS
from .pdf_glyphs import Glyph

# A gap wider than this share of the font size is a word space: inside a word, glyphs sit
# within 0.07 em of each other in every PDF we measured; word gaps start at about 0.13 em.
WORD_GAP_EM = 0.1
# A gap wider than this many em splits a row into fragments (tab stops, right-aligned dates, columns);
# justified word gaps stay under about 0.5 em, gutters and tab stops are wider.
FRAGMENT_GAP_EM = 0.65
# Letter-spaced (tracked) text, as Canva, react-pdf, Apache FOP and Word/Quartz headings draw it, puts one constant
# extra gap after every glyph, so every gap would pass WORD_GAP_EM ("C O N T A C T", "2 0 2 1"). Measured on 18 dev
# PDFs with such text: tracking 0.10-0.43 em, constant within 0.002 em (Canva, FOP, Quartz), within 0.03 em (Word),
# kerned pairs up to 0.07 em under it (react-pdf); the gaps of a normal run cluster at 0 (any word of two letters
# abuts), so a run whose every gap is at least TRACKING_MIN_EM is tracked or is only single-letter words.
TRACKING_MIN_EM = 0.05
# Most of a tracked run's gaps sit within this of their median (the tracking): 0.03 em takes Word's jitter; the
# gaps of one-letter words in normal text ("a b c" with no space glyphs) are equal too, hence TRACKING_MIN_GAPS.
TRACKING_SPREAD_EM = 0.03
TRACKING_SHARE = 2 / 3
# A run needs this many gaps to measure its own tracking (a four-digit year has three); a shorter run ("M E", "A I")
# takes the tracking of its font and size on the page, when that is measured and the same.
TRACKING_MIN_GAPS = 3


class Fragment:
    """A run of glyphs on one row with no wide gap inside (its box computed once: it is read a lot)."""

    __slots__ = ("bottom", "glyphs", "size", "text", "top", "tracked", "x0", "x1")

    def __init__(self, glyphs: list[Glyph], text: str, tracked: bool = False) -> None:
        self.glyphs = glyphs
        self.text = text
        self.tracked = tracked  # letter-spaced in the file: read whole here, in pieces by a plain text extractor
        self.x0 = glyphs[0].x0
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        ink = [g.size for g in glyphs if g.text.strip()]
        self.size = max(ink) if ink else glyphs[0].size


class Row:
    """Fragments that share a baseline band, left to right."""

    __slots__ = ("bottom", "fragments", "top")

    def __init__(self, fragments: list[Fragment]) -> None:
        self.fragments = fragments
        self.top = min(f.top for f in fragments)
        self.bottom = max(f.bottom for f in fragments)

    @property
    def text(self) -> str:
        return " ".join(f.text for f in self.fragments)

    def box(self) -> Box:
        return Box(min(f.x0 for f in self.fragments), self.top, max(f.x1 for f in self.fragments), self.bottom)

    def spans(self) -> tuple[Span, ...]:
        return tuple(Span(f.text, round(f.x0, 1), round(f.x1, 1), round(f.size, 1)) for f in self.fragments)

    def style(self) -> tuple[str, float, bool, bool]:
        """The dominant font, largest body size, and whether most letters are bold / italic."""
        glyphs = [g for f in self.fragments for g in f.glyphs if g.text.strip()]
        if not glyphs:
            return "", 0.0, False, False
        font = Counter(g.font for g in glyphs).most_common(1)[0][0]
        letters = [g for g in glyphs if g.text.isalpha()] or glyphs
        bold = sum(g.bold for g in letters) > len(letters) / 2
        italic = sum(g.italic for g in letters) > len(letters) / 2
        size = Counter(round(g.size, 1) for g in letters).most_common(1)[0][0]
        return font, size, bold, italic

    @property
    def artifact(self) -> bool:
        glyphs = [g for f in self.fragments for g in f.glyphs if g.text.strip()]
        return bool(glyphs) and all(g.artifact for g in glyphs)


def group_rows(glyphs: list[Glyph]) -> list[Row]:
    """Cluster glyphs into rows by vertical centre, then split each row at wide gaps."""
    rows: list[list[Glyph]] = []
    anchors: list[tuple[float, float]] = []  # (center, half-height) of each open row's tallest glyph
    for glyph in sorted(glyphs, key=lambda g: (g.center_y, g.x0)):
        if not glyph.text.strip() and not rows:
            continue
        placed = False
        for index in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            center, half = anchors[index]
            if abs(glyph.center_y - center) <= max(half * 0.6, 1.0):
                rows[index].append(glyph)
                if glyph.text.strip() and (glyph.bottom - glyph.top) / 2 > half:
                    anchors[index] = (center, (glyph.bottom - glyph.top) / 2)
                placed = True
                break
        if not placed:
            rows.append([glyph])
            anchors.append((glyph.center_y, max((glyph.bottom - glyph.top) / 2, 0.5)))
    ordered = [sorted(row, key=lambda g: g.x0) for row in rows]
    styles = _style_tracking(ordered)
    pieces = (split_fragments(row, styles) for row in ordered)
    result = [Row(fragments) for fragments in pieces if fragments]
    result.sort(key=lambda r: r.top)
    return result


def split_fragments(glyphs: list[Glyph], styles: dict[tuple[str, float], float] | None = None) -> list[Fragment]:
    """Split a row's glyphs at wide gaps and build each fragment's text with word spaces."""
    fragments: list[Fragment] = []
    current: list[Glyph] = []
    last_ink: Glyph | None = None
    for glyph in _accented(glyphs):
        if not glyph.text.strip():
            current.append(glyph)
            continue
        if last_ink is not None:
            gap = glyph.x0 - last_ink.x1
            em = max(min(glyph.size, last_ink.size), 1.0)
            wide = gap > FRAGMENT_GAP_EM * em  # tested first: whether only a bullet precedes is a scan of them
            if wide and not all(g.text in BULLET_CHARS or not g.text.strip() for g in current):
                fragments.append(_fragment(current, styles or {}))
                current = []
        current.append(glyph)
        last_ink = glyph
    if current:
        fragments.append(_fragment(current, styles or {}))
    return [f for f in fragments if f.text]


def _em(a: Glyph, b: Glyph) -> float:
    return max(min(a.size, b.size), 1.0)


@dataclasses.dataclass
class _Run:
    """Consecutive ink glyphs of one font and size: their indexes, and the gaps in em no space glyph fills."""

    style: tuple[str, float]
    members: list[int]
    gaps: list[float]


def _style_runs(glyphs: list[Glyph]) -> list[_Run]:
    """A row's (or fragment's) runs of one font and size, left to right."""
    runs: list[_Run] = []
    previous: Glyph | None = None
    spaced = False
    for index, glyph in enumerate(glyphs):
        if not glyph.text.strip():
            spaced = True
            continue
        style = (glyph.font, round(glyph.size, 1))
        if previous is None or style != runs[-1].style:
            runs.append(_Run(style, [], []))
        elif not spaced:
            runs[-1].gaps.append((glyph.x0 - previous.x1) / _em(glyph, previous))
        runs[-1].members.append(index)
        previous, spaced = glyph, False
    return runs


def _tracking(gaps: list[float]) -> float | None:
    """The constant letter-spacing these gaps show, in em; 0 for normal text; None when too few to tell."""
    if len(gaps) < TRACKING_MIN_GAPS:
        return None
    if min(gaps) < TRACKING_MIN_EM:
        return 0.0
    middle = sorted(gaps)[len(gaps) // 2]
    near = sum(abs(gap - middle) <= TRACKING_SPREAD_EM for gap in gaps)
    return middle if near >= TRACKING_SHARE * len(gaps) else 0.0


def _style_tracking(rows: list[list[Glyph]]) -> dict[tuple[str, float], float]:
    """Each font and size's tracking over a page's rows, for runs too short to measure their own."""
    pooled: dict[tuple[str, float], list[float]] = {}
    for row in rows:
        for run in _style_runs(row):
            pooled.setdefault(run.style, []).extend(run.gaps)
    return {style: tracking for style, gaps in pooled.items() if (tracking := _tracking(gaps))}


def _run_tracking(glyphs: list[Glyph], styles: dict[tuple[str, float], float]) -> dict[int, float]:
    """The tracking in em before each ink glyph of a fragment (by index) whose run is letter-spaced."""
    result: dict[int, float] = {}
    for run in _style_runs(glyphs):
        if not any(glyphs[index].text.isalnum() for index in run.members):
            continue  # a dot leader ("Languages. . . .") is evenly spaced too, but holds no word to mend
        own = _tracking(run.gaps)
        tracking = styles.get(run.style, 0.0) if own is None else own
        if tracking:
            result.update((index, tracking) for index in run.members[1:])
    return result


def _fragment(glyphs: list[Glyph], styles: dict[tuple[str, float], float]) -> Fragment:
    ink = [g for g in glyphs if g.text.strip()]
    tracked = _run_tracking(glyphs, styles)
    parts: list[str] = []
    previous: Glyph | None = None
    spaced = False
    for index, glyph in enumerate(glyphs):
        if not glyph.text.strip():
            spaced = previous is not None
            continue
        if previous is not None:
            em = _em(glyph, previous)
            gap = glyph.x0 - previous.x1 - tracked.get(index, 0.0) * em
            if spaced or gap > WORD_GAP_EM * em:
                parts.append(" ")
        parts.append(glyph.text)
        previous, spaced = glyph, False
    return Fragment(glyphs=ink or glyphs, text="".join(parts).strip(), tracked=bool(tracked))


# Spacing accents a TeX font draws as glyphs of their own that NFKC does not turn into combining marks.
_SPACING_ACCENTS = {"\u02c6": "\u0302", "\u02c7": "\u030c"}
ACCENT_REACH = 2  # the accented letter is next to its accent in x order, or one glyph further (a space between)


def _accent(text: str) -> str | None:
    """The combining mark an accent glyph stands for (" \u0303" is how NFKC gives "˜"), None for any other glyph."""
    mark = _SPACING_ACCENTS.get(text.strip(), text.strip())
    return mark if mark and all(unicodedata.combining(ch) for ch in mark) else None


def _accented(glyphs: list[Glyph]) -> list[Glyph]:
    """A TeX accent set as a glyph of its own over its letter ("n" under "˜", "ı" under "´": "Disen ˜o",
    "tecnolog ´ıa" in older LaTeX PDFs) joins that letter as one character ("ñ", "í"): the letter whose box holds
    the accent's middle. pdftotext composes them the same way."""
    if not any(_accent(g.text) for g in glyphs):
        return glyphs
    result = list(glyphs)
    merged: set[int] = set()
    for index, glyph in enumerate(glyphs):
        mark = _accent(glyph.text)
        if mark is None:
            continue
        middle = (glyph.x0 + glyph.x1) / 2
        near = range(max(0, index - ACCENT_REACH), min(len(glyphs), index + ACCENT_REACH + 1))
        letters = [i for i in near if i not in merged and result[i].text.isalpha() and len(result[i].text) == 1]
        under = [i for i in letters if glyphs[i].x0 <= middle <= glyphs[i].x1]
        if not under:
            continue
        base = min(under, key=lambda i: abs((glyphs[i].x0 + glyphs[i].x1) / 2 - middle))
        letter = result[base].text.replace("\u0131", "i")  # TeX accents a dotless i: with the accent it is "í"
        result[base] = dataclasses.replace(result[base], text=unicodedata.normalize("NFC", letter + mark))
        merged.add(index)
    return [glyph for index, glyph in enumerate(result) if index not in merged]
