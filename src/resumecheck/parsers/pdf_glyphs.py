"""Turn pdfplumber's characters into visible glyphs, sorting out icons, garbage and hidden text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..model import Box, HiddenReason, HiddenText
from ..textnorm import LIGATURE_HOLE, PUA_BULLETS, is_private_use, normalize_char

_ICON_FONT = re.compile(
    r"awesome|icons?\b|icon|academicons|fontello|material|glyph|wingding|zapf|dingbat|marvosym|entypo|ionicons", re.I
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|cmbx|cmb\d|sfbx|-bd|\+bx|medium", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique|cmti|cmsl|sfti|-it\b|slant", re.I)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_FAMILY_SUFFIX = re.compile(
    r"[-,_ ]?(bold|italic|oblique|light|regular|medium|semibold|black|heavy|thin|book|roman|demi|condensed|mt|ps)+.*$",
    re.I,
)
TINY_POINTS = 4.0
ICON_BULLETS = "•◦▪▫■□●○◆◇►▸▹‣⁃∙⦁⦾⦿"  # shapes an icon font may print as a list marker (not ticks or arrows)
UNMAPPED = "\ufffd"
# ZapfDingbats codes of list-marker shapes (discs, squares, diamonds, arrows, ticks: the font's standard encoding),
# which a PDF without a ToUnicode map for the font gives as "(cid:212)": a Word or LaTeX list's bullet.
_DINGBAT_MARKERS = frozenset({51, 52, 108, 110, 111, 112, 113, 114, 117, 118, 212, 216, 220, 222, 224, 226, 228, 232})
_DINGBAT_FONT = re.compile(r"dingbat", re.I)
# Word's list markers in the Symbol and Wingdings fonts, by the font's own character code, for a PDF that gives
# the code (as Latin-1, or shifted to U+F0xx) instead of the shape: SymbolMT "\u00a8" is a diamond, Wingdings "\u00a7"
# a small square, "\u00d8" an arrowhead, "\u00fc" a tick. Other codes of these fonts (Greek letters, phones,
# envelopes) stay what they were. Codes from the fonts' published character maps.
_SYMBOL_MARKERS = frozenset({0xA8, 0xAE, 0xB7})  # ♦ → •
_WINGDINGS_MARKERS = frozenset(
    {0x6C, 0x6E, 0x6F, 0x71, 0x75, 0x76, 0x77, 0x9E, 0x9F, 0xA1, 0xA4, 0xA7, 0xA8, 0xD8, 0xE8, 0xFC}
)  # ● ■ □ ❑ ◆ ❖ ⬥ · • ○ ◉ ▪ ◻ ➢ ➔ ✓
_SYMBOL_FONT = re.compile(r"^(?:[A-Z]{6}\+)?symbol(?:mt)?(?:[-,].*)?$", re.I)  # not OpenSymbol, which maps to Unicode
_WINGDINGS_FONT = re.compile(r"^(?:[A-Z]{6}\+)?wingdings(?![ -]?[23])", re.I)  # Wingdings 2 and 3 number otherwise
_CID = re.compile(r"^\(cid:(\d+)\)$")
WHITE_LEVEL = 0.92
# A glyph drawn again up to 1 pt off itself is one glyph printed twice to fake bold type (the resume builder
# that writes "LLuuccaass" to the text layer offsets the copy by 0.4 pt); letters of a word sit a glyph's width
# apart, so no two distinct letters are this close. pdfplumber's dedupe_chars uses the same 1 pt tolerance.
OVERPRINT_PT = 1.0


@dataclass(slots=True)
class Glyph:
    """One visible character with the typography every later step needs."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool
    italic: bool
    artifact: bool

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class PageGlyphs:
    """The sorted-out characters of one page."""

    glyphs: list[Glyph] = field(default_factory=list)
    hidden: list[HiddenText] = field(default_factory=list)
    icons: int = 0
    garbled: int = 0
    fonts: Counter[str] = field(default_factory=Counter)


@lru_cache(maxsize=4096)
def _font_traits(fontname: str) -> tuple[bool, bool, bool]:
    """(icon font, bold, italic) from a font's name, worked out once per font."""
    return bool(_ICON_FONT.search(fontname)), bool(_BOLD_FONT.search(fontname)), bool(_ITALIC_FONT.search(fontname))


def is_bold_font(fontname: str) -> bool:
    """True when the font's name says it is bold (or heavier)."""
    return _font_traits(fontname)[1]


@lru_cache(maxsize=8192)
def _normalized(raw: str) -> str:
    return normalize_char(raw)


@lru_cache(maxsize=8192)
def _plain_text(raw: str) -> str | None:
    """A one-character glyph's normalised text when nothing but normalising applies to it (no bullet, icon,
    ligature hole or unmapped code), else None: nearly every character of a page, worked out once per character."""
    if len(raw) != 1 or raw in PUA_BULLETS or raw == "\x00" or is_private_use(raw):
        return None
    return _normalized(raw)


@lru_cache(maxsize=4096)
def font_family(fontname: str) -> str:
    """Reduce 'ABCDEF+SourceSans3-BoldItalic' to 'SourceSans3'."""
    name = _SUBSET_PREFIX.sub("", fontname or "")
    family = _FAMILY_SUFFIX.sub("", name) or name
    return re.sub(r"\d+$", "", family) if family.upper().startswith(("CM", "SF", "LM")) else family


def sort_out(chars: list[dict[str, Any]], page_box: Box, dark_fills: list[Box], page: int) -> PageGlyphs:
    """Classify a page's characters into visible glyphs, icons, garbage and hidden text."""
    out = PageGlyphs()
    placed: dict[tuple[str, int], dict[int, Glyph]] = {}  # visible glyphs by text and whole-point top, then x0
    markers: list[Glyph] = []  # dingbat list markers, whose boxes sit off their item's row
    hidden_runs: dict[HiddenReason, list[dict[str, Any]]] = {"white": [], "tiny": [], "off-page": []}
    for index, char in enumerate(chars):
        raw = char.get("text") or ""
        fontname = char.get("fontname") or ""
        icon_font, bold, italic = _font_traits(fontname)
        text = None if icon_font else _plain_text(raw)
        dingbat = False
        if _marker_codes(fontname) and _symbol_marker(raw, fontname, chars, index):
            text = "\u2022"  # a Symbol or Wingdings list marker given by its code is a bullet
        elif text is None:  # a bullet, icon, ligature hole or unmapped glyph, or any glyph of an icon font
            symbol_bullet = len(raw) == 1 and (raw in PUA_BULLETS or (icon_font and _icon_bullet(chars, index)))
            dingbat = not symbol_bullet and _dingbat_marker(raw, fontname, chars, index)
            symbol_bullet = symbol_bullet or dingbat
            if (icon_font or (len(raw) == 1 and is_private_use(raw))) and not symbol_bullet:
                out.icons += 1
                continue
            if symbol_bullet:
                raw = "\u2022"  # a Symbol-font bullet in the private-use area is a bullet, not an icon
            elif raw == "\x00":
                out.garbled += 1
                raw = LIGATURE_HOLE
            if raw.startswith("(cid:"):
                out.garbled += 1
                raw = UNMAPPED  # kept so a glyph that opens a line can still read as a bullet
            text = _normalized(raw)
        if not char.get("upright", True):
            continue  # sideways text (a margin label) is not part of the reading flow
        if not text:
            continue
        reason = _hidden_reason(char, page_box, dark_fills)
        if reason:
            if text.strip():
                hidden_runs[reason].append(char)
            continue
        size = float(char.get("size") or 0.0)
        if text.strip() and not icon_font:  # an icon font's bullet is no typeface of the text
            out.fonts[font_family(fontname)] += 1
        glyph = Glyph(
            text=text,
            x0=float(char["x0"]),
            x1=float(char["x1"]),
            top=float(char["top"]),
            bottom=float(char["bottom"]),
            size=size,
            font=fontname,
            bold=bold,
            italic=italic,
            artifact=char.get("tag") == "Artifact",
        )
        twin = _overprinted(glyph, placed)
        if twin is not None:
            twin.bold = True  # printed twice is how such a file makes the text bold
            continue
        placed.setdefault((text, round(glyph.top)), {})[round(glyph.x0)] = glyph
        out.glyphs.append(glyph)
        if dingbat:
            markers.append(glyph)
    for marker in markers:
        _onto_its_row(marker, out.glyphs)
    for reason, run in hidden_runs.items():
        out.hidden.extend(_hidden_texts(run, reason, page))
    return out


def _overprinted(glyph: Glyph, placed: dict[tuple[str, int], dict[int, Glyph]]) -> Glyph | None:
    """The glyph this one prints again, when it is the same character at (nearly) the same place."""
    text, x, y = glyph.text, round(glyph.x0), round(glyph.top)
    rows = placed.get((text, y - 1)), placed.get((text, y)), placed.get((text, y + 1))
    if rows == (None, None, None):
        return None  # no glyph of this text on these rows (two glyphs in five): the nine places need no look-up
    for dx, dy in _NEAR:
        row = rows[dy + 1]
        twin = row.get(x + dx) if row is not None else None
        if (
            twin is not None
            and abs(twin.x0 - glyph.x0) <= OVERPRINT_PT
            and abs(twin.top - glyph.top) <= OVERPRINT_PT
            and abs(twin.size - glyph.size) <= OVERPRINT_PT
        ):
            return twin
    return None


_NEAR = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))  # whole-point offsets, in the order tried


def _onto_its_row(marker: Glyph, glyphs: list[Glyph]) -> None:
    """Give a dingbat marker the vertical box of the item text it precedes: the font's box sits up to half an em
    off the text's, enough to put the marker on a row of its own, or on another column's row."""
    reach = 3 * max(marker.size, 1)
    nearest = min(
        (
            glyph
            for glyph in glyphs
            if glyph is not marker
            and glyph.text.strip()
            and 0 <= glyph.x0 - marker.x1 <= reach
            and abs(glyph.center_y - marker.center_y) <= marker.size
        ),
        key=lambda glyph: (abs(glyph.center_y - marker.center_y), glyph.x0),
        default=None,
    )
    if nearest is not None:
        marker.top, marker.bottom = nearest.top, nearest.bottom


def _dingbat_marker(raw: str, fontname: str, chars: list[dict[str, Any]], index: int) -> bool:
    """An unmapped ZapfDingbats list-marker shape, not one of a run of them (a rating)."""
    code = _CID.match(raw) if raw[:5] == "(cid:" else None  # the pattern's own test, without a call per glyph
    if code is None or int(code.group(1)) not in _DINGBAT_MARKERS or not _DINGBAT_FONT.search(fontname):
        return False
    char = chars[index]
    top, x0, size = float(char["top"]), float(char["x0"]), float(char.get("size") or 10)
    return not any(  # a rating's shapes stand side by side on one row; list markers stand one per row
        str(other.get("text") or "") == raw
        and other is not char
        and abs(float(other["top"]) - top) <= 1
        and abs(float(other["x0"]) - x0) <= 2 * size
        for other in chars[max(0, index - 8) : index + 9]
    )


@lru_cache(maxsize=4096)
def _marker_codes(fontname: str) -> frozenset[int]:
    """The character codes of list markers in this font: Symbol's and Wingdings', none for other fonts."""
    if _SYMBOL_FONT.match(fontname):
        return _SYMBOL_MARKERS
    return _WINGDINGS_MARKERS if _WINGDINGS_FONT.match(fontname) else frozenset()


def _symbol_marker(raw: str, fontname: str, chars: list[dict[str, Any]], index: int) -> bool:
    """A Symbol or Wingdings glyph whose code (Latin-1, or U+F0xx) is a list marker, not one of a run of the
    font's glyphs (a rating of squares or ticks is a picture)."""
    if (
        len(raw) != 1
        or not (ord(raw) < 0x100 or 0xF000 <= ord(raw) < 0xF100)
        or ord(raw) & 0xFF not in _marker_codes(fontname)
    ):
        return False
    return not any(
        0 <= near < len(chars)
        and chars[near].get("fontname") == fontname
        and str(chars[near].get("text") or " ").strip()
        for near in (index - 1, index + 1)
    )


def _icon_bullet(chars: list[dict[str, Any]], index: int) -> bool:
    """An icon font's circle or square that reads as a bullet character (FontAwesome's "○" before each item in
    moderncv) is the item's bullet; a run of them (a "●●●○○" skill rating) is a picture."""
    if str(chars[index].get("text") or "x") not in ICON_BULLETS:
        return False
    return not any(
        0 <= near < len(chars) and str(chars[near].get("text") or "x") in ICON_BULLETS
        for near in (index - 1, index + 1)
    )


def _hidden_reason(char: dict[str, Any], page_box: Box, dark_fills: list[Box]) -> HiddenReason | None:
    x0, x1, top, bottom = char["x0"], char["x1"], char["top"], char["bottom"]
    if x1 < page_box.x0 or x0 > page_box.x1 or bottom < page_box.top or top > page_box.bottom:
        return "off-page"
    if 0 < float(char.get("size") or 0) < TINY_POINTS:
        return "tiny"
    if is_white(char.get("non_stroking_color")):
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        if not any(f.x0 <= cx <= f.x1 and f.top <= cy <= f.bottom for f in dark_fills):
            return "white"
    return None


_WHITE: dict[tuple[Any, ...], bool] = {}  # colour -> is_white: a page has thousands of glyphs, a few colours


def is_white(color: Any) -> bool:
    """True when a PDF fill colour (gray, RGB or CMYK tuple) is white or nearly so."""
    if type(color) is not tuple:
        return _is_white(color)
    try:
        known = _WHITE.get(color)
    except TypeError:  # an unhashable part (a pattern's name list): no cache
        return _is_white(color)
    if known is None:
        if len(_WHITE) > 4096:  # a file with a colour per glyph must not grow the cache without end
            _WHITE.clear()
        known = _WHITE[color] = _is_white(color)
    return known


def _is_white(color: Any) -> bool:
    if not isinstance(color, (tuple, list)) or not color or not all(isinstance(v, (int, float)) for v in color):
        return False
    if len(color) == 4:
        return all(v <= 1 - WHITE_LEVEL for v in color)
    return all(v >= WHITE_LEVEL for v in color)


def _hidden_texts(chars: list[dict[str, Any]], reason: HiddenReason, page: int) -> list[HiddenText]:
    texts: list[HiddenText] = []
    chars = sorted(chars, key=lambda c: (round(c["top"]), c["x0"]))
    run: list[dict[str, Any]] = []
    for char in [*chars, None]:
        if run and (
            char is None
            or abs(char["top"] - run[-1]["top"]) > 2
            or char["x0"] - run[-1]["x1"] > 2 * run[-1]["size"] + 2
        ):
            text = "".join(c["text"] for c in run).strip()
            if text:
                box = Box(
                    min(c["x0"] for c in run),
                    min(c["top"] for c in run),
                    max(c["x1"] for c in run),
                    max(c["bottom"] for c in run),
                )
                texts.append(HiddenText(text=text, reason=reason, page=page, box=box))
            run = []
        if char is not None:
            run.append(char)
    return texts
