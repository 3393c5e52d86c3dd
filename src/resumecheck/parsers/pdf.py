"""Read a PDF resume with pdfplumber: one pass over each page's objects feeds text and layout."""

from __future__ import annotations

import contextlib
import logging
import re
from collections import Counter
from io import BytesIO
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from ..errors import FileError
from ..model import Box, Document, Layout, Line, Link, Span, Zone
from ..textnorm import BULLET_CHARS, clean_line, strip_bullet
from . import ocr
from .ocr import OcrPage
from .pdf_bullets import drawn_bullets
from .pdf_columns import read_page
from .pdf_drawings import count_drawings
from .pdf_glyphs import is_white, sort_out
from .pdf_objects import page_objects
from .pdf_repair import pdfium_chars, pdfium_document
from .pdf_rows import Row, group_rows
from .wrapping import merge_wrapped

for _name in ("pdfminer", "pdfplumber", "pypdfium2"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)
# pdfminer calls log.debug for every token it reads (~35k calls a resume), each a level check that says no:
# with its loggers silenced above, a C method that takes any arguments and does nothing answers instead
# (bare pdfplumber's CPU time over 20 sample and corpus PDFs: 2% less, best of three each way).
for _name, _logger in list(logging.root.manager.loggerDict.items()):
    if _name.startswith("pdfminer.") and isinstance(_logger, logging.Logger):
        _logger.debug = "".format  # type: ignore[method-assign,assignment]

_PAGE_NUMBER = re.compile(r"^\W*(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?\W*$", re.I)
MARGIN_ZONE = 0.1  # running headers and footers live in the top and bottom tenth of a page


def parse_pdf(data: bytes, max_pages: int, ocr_mode: str = "auto") -> Document:
    """Parse PDF bytes into a Document, or raise FileError. Pages without text are read by OCR (`ocr_mode`
    auto), every page (always) or none (never)."""
    try:
        pdf = pdfplumber.open(BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's many exception types in PdfminerException
        error = _open_error(exc)
        if error.code == "encrypted":
            raise error from None
        pdf = None
    reader = Pdfium(data, ocr_mode)
    try:
        if pdf is None:
            return _repaired(reader, max_pages, error)
        try:
            layout, pages = _read_pages(pdf, data, max_pages, reader)
        except FileError as failed:
            if failed.code not in ("corrupt", "empty"):
                raise
            return _repaired(reader, max_pages, failed)
    finally:
        reader.close()
        if pdf is not None:
            with contextlib.suppress(Exception):  # closing a broken file can raise again; the first problem counts
                pdf.close()
    return document_from_pages(pages, layout, "pdf")


def document_from_pages(pages: list[tuple[list[tuple[Row, int]], float]], layout: Layout, fmt: str) -> Document:
    """Lines in reading order from every page's rows: running headers and footers marked, wrapped lines joined."""
    zones = _running_zones(pages)
    lines = [
        _line(row, column, number, zones.get((number, id(row)), "body"))
        for number, (rows, _) in enumerate(pages, start=1)
        for row, column in rows
    ]
    lines = merge_wrapped([line for line in lines if line.text])
    for line in lines:
        line.ocr = line.page in layout.ocr_pages
    layout.columns = 2 if layout.column_pages else 1
    sizes = Counter(round(line.size or 0) for line in lines if line.zone == "body" for _ in line.words)
    layout.body_font_size = float(sizes.most_common(1)[0][0]) if sizes else None
    return Document(format=fmt, lines=lines, layout=layout)  # type: ignore[arg-type]


def no_text(chars: list[dict[str, Any]]) -> bool:
    """No character reads as a letter or digit: no text layer, or glyphs without Unicode ("(cid:12)")."""
    texts = (str(c.get("text") or "") for c in chars)
    return not any(ch.isalnum() for text in texts if not text.startswith("(cid:") for ch in text)


class Pdfium:
    """PDFium's copy of the file, opened once and only when a page needs it: to render a page for OCR, or to
    read a page pdfminer gives up on."""

    def __init__(self, data: bytes, mode: str) -> None:
        self.data, self.mode = data, mode
        self._pdf: Any = None
        self._opened = False

    def document(self) -> Any:
        """The PDFium document, or None when PDFium cannot open the file either."""
        if not self._opened:
            self._pdf, self._opened = pdfium_document(self.data), True
        return self._pdf

    def wanted(self, chars: list[dict[str, Any]]) -> bool:
        """OCR this page? Always, never, or (auto) when no character on it reads as a letter or digit."""
        return self.mode == "always" or (self.mode == "auto" and no_text(chars))

    def read(self, index: int, width: float) -> OcrPage:
        """The page rendered at OCR resolution and read by Tesseract."""
        document = self.document()
        if document is None:
            raise ValueError("PDFium cannot open this file")
        image = document[index].render(scale=ocr.DPI / 72).to_pil()
        return ocr.read_image(image, width / image.width)

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _read_pages(
    pdf: Any, data: bytes, max_pages: int, reader: Pdfium
) -> tuple[Layout, list[tuple[list[tuple[Row, int]], float]]]:
    try:
        page_count = len(pdf.pages)
    except Exception as exc:
        raise FileError("corrupt", f"the PDF's page tree cannot be read ({type(exc).__name__}): re-export it") from None
    if page_count == 0:
        raise FileError("empty", "the PDF has no pages")
    if page_count > max_pages:
        raise FileError(
            "too_large", f"the PDF has {page_count} pages (limit {max_pages}): a resume is one or two pages"
        )
    layout = Layout(pages=page_count, file_size=len(data), written=_written(pdf))
    pages: list[tuple[list[tuple[Row, int]], float]] = []
    for number, page in enumerate(pdf.pages, start=1):
        try:
            pages.append((_read_page(page, number, layout, reader), float(page.height)))
        except FileError:
            raise
        except Exception as exc:
            rows = _pdfium_page(reader, number, layout)  # pdfminer gave up on this page; PDFium may not
            if rows is None:
                raise FileError(
                    "corrupt", f"page {number} of the PDF cannot be read ({type(exc).__name__}): re-export it"
                ) from None
            pages.append((rows, layout.page_sizes[-1][1]))
        finally:
            with contextlib.suppress(Exception):
                page.flush_cache()
    return layout, pages


def _pdfium_page(reader: Pdfium, number: int, layout: Layout) -> list[tuple[Row, int]] | None:
    """One page read by PDFium; None when PDFium cannot read it either."""
    document = reader.document()
    if document is None:
        return None
    try:
        return _pdfium_rows(document, number, layout)
    except Exception:
        return None


def _pdfium_rows(document: Any, number: int, layout: Layout) -> list[tuple[Row, int]]:
    """A page's rows from PDFium's characters, the page recorded in layout.repaired_pages."""
    chars, width, height = pdfium_chars(document, number - 1)
    del layout.page_sizes[number - 1 :]  # pdfminer may have recorded this page's size before it gave up
    layout.page_sizes.append((width, height))
    layout.repaired_pages.append(number)
    return page_rows(chars, Box(0.0, 0.0, width, height), number, layout)


def _repaired(reader: Pdfium, max_pages: int, error: FileError) -> Document:
    """The whole file read by PDFium when pdfminer cannot open it or finds no pages; else the first error."""
    document = reader.document()
    if document is None or len(document) == 0:
        raise error
    if len(document) > max_pages:
        raise FileError("too_large", f"the PDF has {len(document)} pages (limit {max_pages}): a resume is one or two")
    layout = Layout(pages=len(document), file_size=len(reader.data))
    pages = []
    try:
        for number in range(1, len(document) + 1):
            rows = _pdfium_rows(document, number, layout)
            pages.append((rows, layout.page_sizes[-1][1]))
    except Exception:
        raise error from None
    return document_from_pages(pages, layout, "pdf")


def _open_error(exc: Exception) -> FileError:
    causes = [exc, *exc.args, exc.__cause__, exc.__context__]
    if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes) or "password" in str(exc).lower():
        return FileError("encrypted", "the PDF is password-protected: save an unprotected copy and check that")
    name = next((type(c).__name__ for c in causes if isinstance(c, Exception) and str(c)), type(exc).__name__)
    return FileError("corrupt", f"the PDF cannot be read ({name}): re-export it from your editor")


def _read_page(page: Any, number: int, layout: Layout, reader: Pdfium) -> list[tuple[Row, int]]:
    box = Box(float(page.bbox[0]), float(page.bbox[1]), float(page.bbox[2]), float(page.bbox[3]))
    layout.page_sizes.append((box.x1 - box.x0, box.bottom - box.top))
    objects = page_objects(page)
    rects, curves, images = objects.get("rect", []), objects.get("curve", []), objects.get("image", [])
    dark_fills = [
        Box(r["x0"], r["top"], r["x1"], r["bottom"])
        for r in rects + curves
        if r.get("fill") and not is_white(r.get("non_stroking_color"))
    ]
    dark_fills += [Box(i["x0"], i["top"], i["x1"], i["bottom"]) for i in images]
    chars = objects.get("char", [])
    # A picture, drawn outlines or glyphs without Unicode can hold text; a page of spaces and filled boxes (a
    # blank second page a word processor left, its white background) holds none and is blank, not a picture.
    if no_text(chars) and (images or curves or any(str(c.get("text") or "").strip() for c in chars)):
        layout.text_layer_missing.append(number)
    if reader.wanted(chars):
        chars = _ocr_chars(reader, number, box, layout) or chars
        dark_fills = []  # the page picture is behind every OCR word; it hides nothing
    else:
        markers, drawn = drawn_bullets(rects + curves, chars)
        chars = chars + markers
        rects = [r for r in rects if id(r) not in drawn]  # a list marker is text, not a graphic
        curves = [c for c in curves if id(c) not in drawn]
    layout.images += len(images)
    layout.image_boxes += [(number, Box(i["x0"], i["top"], i["x1"], i["bottom"])) for i in images]
    layout.graphics += count_drawings(rects, curves, box.x1 - box.x0, box.bottom - box.top)
    rows = page_rows(chars, box, number, layout, dark_fills)
    layout.tables += _count_tables(page, len(rects) + len(objects.get("line", [])))
    layout.links.extend(_links(page, number, [row for row, _ in rows]))
    return rows


def _ocr_chars(reader: Pdfium, number: int, box: Box, layout: Layout) -> list[dict[str, Any]]:
    """The page read by OCR, or nothing (with the reason kept) when Tesseract is missing or fails."""
    if not ocr.available():
        layout.ocr_unavailable = True
        return []
    try:
        page = reader.read(number - 1, box.x1 - box.x0)
    except Exception:  # a page OCR cannot read stays a page without text, reported as such
        return []
    record_ocr(layout, number, page)
    return page.chars


def record_ocr(layout: Layout, number: int, page: OcrPage) -> None:
    """Which pages were read by OCR, how sure it was, and the words it was unsure of."""
    layout.ocr_pages.append(number)
    if page.confidence is not None:
        layout.ocr_confidences.append(page.confidence)
    layout.ocr_uncertain |= page.uncertain


def page_rows(
    chars: list[dict[str, Any]], box: Box, number: int, layout: Layout, dark_fills: list[Box] | None = None
) -> list[tuple[Row, int]]:
    """A page's characters as rows in reading order, column by column (the same for typed and OCR text)."""
    sorted_out = sort_out(chars, box, dark_fills or [], number)
    layout.hidden.extend(sorted_out.hidden)
    layout.icons += sorted_out.icons
    layout.garbled_glyphs += sorted_out.garbled
    for family, count in sorted_out.fonts.items():
        layout.fonts[family] = layout.fonts.get(family, 0) + count
    rows = group_rows(sorted_out.glyphs)
    reading = read_page(rows, box.x1 - box.x0)
    if reading.columns > 1:
        layout.column_pages.append(number)
    return reading.rows


def _count_tables(page: Any, edges: int) -> int:
    """Ruled tables with at least two rows and two columns of text (rules alone are not tables)."""
    if edges < 6:
        return 0
    count = 0
    for table in page.find_tables():
        rows = [row for row in table.extract() if sum(1 for cell in row if cell and cell.strip()) >= 2]
        if len(rows) >= 2:
            count += 1
    return count


def _links(page: Any, number: int, rows: list[Row]) -> list[Link]:
    links = []
    for annot in page.hyperlinks:
        uri = annot.get("uri")
        if not uri:
            continue
        top, bottom, x0, x1 = annot["top"], annot["bottom"], annot["x0"], annot["x1"]
        words = [
            f.text
            for row in rows
            if row.bottom >= top and row.top <= bottom
            for f in row.fragments
            if f.x1 >= x0 and f.x0 <= x1
        ]
        links.append(Link(uri=str(uri), text=clean_line(" ".join(words)), page=number))
    return links


def _written(pdf: Any) -> tuple[int, int] | None:
    """The creation date in the document information ("D:20150121...")."""
    try:
        info = pdf.metadata or {}
    except Exception:  # a broken information dictionary is no reason to refuse the file
        return None
    dates = []
    for key in ("CreationDate", "ModDate"):  # the later one: the last time the file was saved
        raw = info.get(key)
        text = raw.decode("latin-1", "replace") if isinstance(raw, bytes) else str(raw or "")
        found = re.search(r"(?:D:)?((?:19|20)\d\d)(0[1-9]|1[0-2])", text)
        if found:
            dates.append((int(found.group(1)), int(found.group(2))))
    return max(dates) if dates else None


def _running_zones(pages: list[tuple[list[tuple[Row, int]], float]]) -> dict[tuple[int, int], Zone]:
    """Mark rows in the top or bottom margin that repeat across pages, are page numbers or PDF artifacts."""
    seen: Counter[str] = Counter()
    margin_rows: list[tuple[int, Row, Zone, str]] = []
    for number, (rows, height) in enumerate(pages, start=1):
        for row, _ in rows:
            zone: Zone | None = None
            if row.bottom < height * MARGIN_ZONE:
                zone = "header"
            elif row.top > height * (1 - MARGIN_ZONE):
                zone = "footer"
            if zone:
                key = re.sub(r"\d+", "#", row.text.casefold())
                margin_rows.append((number, row, zone, key))
                seen[key] += 1
    zones: dict[tuple[int, int], Zone] = {}
    for number, row, zone, key in margin_rows:
        text = row.text.strip()
        repeated = len(pages) > 1 and seen[key] >= max(2, len(pages) / 2)  # on most pages, not a name reprinted once
        if repeated or row.artifact or (zone == "footer" and _PAGE_NUMBER.match(text)):
            zones[(number, id(row))] = zone
    return zones


def _line(row: Row, column: int, page: int, zone: Zone) -> Line:
    font, size, bold, italic = row.style()
    text = clean_line(row.text)
    bullet, rest = strip_bullet(text)
    return Line(
        text=rest if bullet else text,
        kind="bullet" if bullet else "text",
        page=page,
        box=row.box(),
        font=font,
        size=size,
        bold=bold,
        italic=italic,
        zone=zone,
        column=column,
        spans=_word_spans(row) if bullet else row.spans(),
        letter_spaced=any(fragment.tracked for fragment in row.fragments),
    )


def _word_spans(row: Row) -> tuple[Span, ...]:
    """Spans of a bullet row, the first one starting where the words start (after the glyph)."""
    spans = list(row.spans())
    first = row.fragments[0]
    words = [g for g in first.glyphs if g.text.strip() and g.text not in BULLET_CHARS]
    if words and spans:
        spans[0] = Span(strip_bullet(spans[0].text)[1], round(words[0].x0, 1), spans[0].x1, spans[0].size)
    elif len(spans) > 1:
        spans = spans[1:]
    return tuple(spans)
