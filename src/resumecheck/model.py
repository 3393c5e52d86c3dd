"""The one Document model every parser produces and every check reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

LineKind = Literal["heading", "bullet", "text"]
Zone = Literal["body", "header", "footer"]
HiddenReason = Literal["white", "tiny", "off-page"]


@dataclass(frozen=True)
class Box:
    """A rectangle on a page in PDF points, origin at the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float

    def as_list(self) -> list[float]:
        """Return [x0, top, x1, bottom] rounded for reports."""
        return [round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1)]

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Span:
    """A run of text on one line, separated from its neighbours by a wide gap."""

    text: str
    x0: float
    x1: float
    size: float | None = None  # its own type size, where a row joins a large name and small contact text


@dataclass
class Line:
    """One line (PDF) or paragraph (DOCX, text) in reading order."""

    text: str
    kind: LineKind = "text"
    page: int | None = None
    box: Box | None = None
    font: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    zone: Zone = "body"
    column: int = 0
    spans: tuple[Span, ...] = ()
    heading_level: int | None = None  # set when the format marks headings (Markdown, Word styles)
    style: str | None = None
    in_table: bool = False
    in_textbox: bool = False
    ocr: bool = False  # read by OCR from a picture of the page, not from a text layer
    letter_spaced: bool = False  # drawn letter-spaced (PDF): read whole here, "C O N T A C T" by a plain extractor
    number: int = 0  # 1-based position in reading order, set by Document

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def first_page_top(self) -> bool:
        """A PDF's running header on page 1: where a person and an ATS reading the PDF's text both meet it first
        (a Word file's header part, which has no box, is another matter: many ATS skip it)."""
        return self.zone == "header" and self.page == 1 and self.box is not None


@dataclass(frozen=True)
class Link:
    """A hyperlink: where it points and the text it is attached to."""

    uri: str
    text: str = ""
    page: int | None = None


@dataclass(frozen=True)
class HiddenText:
    """Text an ATS reads but a person cannot see."""

    text: str
    reason: HiddenReason
    page: int | None = None
    box: Box | None = None


@dataclass
class Layout:
    """Document-level layout facts gathered while parsing."""

    pages: int | None = None
    columns: int = 1
    column_pages: list[int] = field(default_factory=list)  # pages laid out in columns
    tables: int = 0
    images: int = 0
    graphics: int = 0  # vector drawings that are not plain rules: icons, skill bars, charts
    icons: int = 0  # icon-font glyphs
    text_layer_missing: list[int] = field(default_factory=list)  # pages with no text layer
    links: list[Link] = field(default_factory=list)
    hidden: list[HiddenText] = field(default_factory=list)
    garbled_glyphs: int = 0  # (cid:NN) and unmapped characters
    fonts: dict[str, int] = field(default_factory=dict)  # font family -> character count
    written: tuple[int, int] | None = None  # (year, month) the file says it was made: PDF or DOCX metadata
    body_font_size: float | None = None
    file_size: int = 0
    textboxes: int = 0
    image_boxes: list[tuple[int, Box]] = field(default_factory=list)  # (page, box) of every placed image
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # PDF pages: (width, height) in points
    ocr_pages: list[int] = field(default_factory=list)  # pages whose text was read by OCR
    ocr_confidences: list[float] = field(default_factory=list)  # mean word confidence of each OCR page
    ocr_uncertain: set[str] = field(default_factory=set)  # words OCR was unsure of (casefolded)
    ocr_unavailable: bool = False  # pages needed OCR but tesseract is not installed
    repaired_pages: list[int] = field(default_factory=list)  # pages pdfminer could not read, read by PDFium
    source_format: str | None = (
        None  # what the file really is when not one of the report's formats: doc, odt, rtf, png...
    )


@dataclass
class Document:
    """A parsed resume: ordered lines plus layout facts, whatever the file format."""

    format: Literal["pdf", "docx", "txt", "md", "json", "image"]
    lines: list[Line]
    layout: Layout = field(default_factory=Layout)
    path: str = ""

    def __post_init__(self) -> None:
        for index, line in enumerate(self.lines, start=1):
            line.number = index

    @property
    def body_lines(self) -> list[Line]:
        return [line for line in self.lines if line.zone == "body"]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def has_text(self) -> bool:
        return any(line.text.strip() for line in self.lines)
