"""Read a DOCX resume with python-docx: body order, text boxes, tables, headers and footers."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..config import Limits
from ..errors import FileError
from ..model import Document, Layout, Line, LineKind, Link, Span, Zone
from ..textnorm import clean_line, strip_bullet
from .docx_style import is_list_paragraph, paragraph_style
from .image import page_pictures

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TXBX = qn("w:txbxContent")
_PARAGRAPH, _TABLE, _SDT = qn("w:p"), qn("w:tbl"), qn("w:sdt")
_SDT_CONTENT, _ROW, _CELL = qn("w:sdtContent"), qn("w:tr"), qn("w:tc")
_TEXT, _TAB, _BREAKS, _DELETED = qn("w:t"), qn("w:tab"), (qn("w:br"), qn("w:cr")), qn("w:del")
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_ANCHOR, _EXTENT, _POS_OFFSET = f"{_WP}anchor", f"{_WP}extent", f"{_WP}posOffset"
_POSITION_V, _POSITION_H = f"{_WP}positionV", f"{_WP}positionH"


def parse_docx(data: bytes, max_uncompressed: int, max_ratio: float, limits: Limits | None = None) -> Document:
    """Parse DOCX bytes into a Document, or raise FileError; a Word file made only of pictures is read by OCR."""
    check_zip(data, max_uncompressed, max_ratio, "the .docx")
    document = _parse_docx(data)
    if any(line.text.strip() for line in document.lines):
        return document
    pictures = page_pictures(_media(data), document.layout.images, len(data), limits or Limits())
    return pictures or document


def _media(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return [archive.read(name) for name in sorted(archive.namelist()) if name.startswith("word/media/")]


def _parse_docx(data: bytes) -> Document:
    try:
        word = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many types on broken packages
        error = FileError("corrupt", f"the .docx cannot be opened ({type(exc).__name__}): open and re-save it in Word")
        return _from_zip(data, error)
    layout = Layout(file_size=len(data), written=_written(word))
    lines: list[Line] = []
    try:
        lines += _zone_lines(word, "header", layout)
        lines += list(_body_lines(word.element.body, word, layout, in_table=False))
        lines += _zone_lines(word, "footer", layout)
        layout.pages = _estimate_pages(word)
        layout.images = _count_images(word)
        layout.links = _links(word)
    except FileError:
        raise
    except Exception as exc:
        raise FileError(
            "corrupt", f"the .docx has content resumecheck cannot read ({type(exc).__name__}): re-save it in Word"
        ) from None
    return Document(format="docx", lines=[line for line in lines if line.text], layout=layout)


def check_zip(data: bytes, max_uncompressed: int, max_ratio: float, what: str) -> None:
    """Refuse zip bombs (a Word or OpenDocument package) before anything is unpacked."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileError("corrupt", f"{what} is not a valid zip package ({exc}): save it again") from None
    if total > max_uncompressed or total > max_ratio * max(len(data), 1):
        raise FileError(
            "too_large", f"{what} unpacks to {total // 1_000_000} MB: that is not a resume (possible zip bomb)"
        )


def _body_lines(
    container: Any, word: DocxDocument, layout: Layout, in_table: bool, zone: Zone = "body"
) -> Iterator[Line]:
    for child in container.iterchildren():
        if child.tag == _PARAGRAPH:
            yield from _textbox_lines(child, word, layout, zone)
            yield from _paragraph_lines(Paragraph(child, word), in_table=in_table, zone=zone)
        elif child.tag == _TABLE:
            yield from _table_lines(Table(child, word), word, layout, zone)
        elif child.tag == _SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_lines(content, word, layout, in_table, zone)


def _textbox_lines(paragraph: Any, word: DocxDocument, layout: Layout, zone: Zone) -> Iterator[Line]:
    """Text boxes anchored in a paragraph; Word writes each twice (Choice and Fallback), read one."""
    boxes = [box for box in paragraph.iter(_TXBX) if not any(a.tag == _FALLBACK for a in box.iterancestors())]
    for box in _in_page_order(boxes):
        layout.textboxes += 1
        for line in _body_lines(box, word, layout, in_table=False, zone=zone):
            line.in_textbox = True
            yield line


def _in_page_order(boxes: list[Any]) -> list[Any]:
    """A paragraph's floating text boxes in reading order: templates built of text boxes anchor them all in one
    paragraph in the order they were drawn (the name often last), so read them as the page shows them."""
    places = [place for place in map(_place, boxes) if place is not None]
    if len(boxes) < 2 or len(places) < len(boxes) or len({place[0] for place in places}) != 1:
        return boxes  # an inline box, a VML shape or offsets from different origins: keep the file's order
    rects = {id(box): place[1:] for box, place in zip(boxes, places, strict=True)}
    return _xy_cut(boxes, rects)


# Text-box frames drawn side by side overlap by up to their inner margin (Word's default 0.1 in, 91440 EMU); the
# sidebar of a dev template overlapped its main column by 30480. Twice the margin still parts no real overlap.
FRAME_OVERLAP_EMU = 182880


def _xy_cut(boxes: list[Any], rects: dict[int, tuple[int, int, int, int]]) -> list[Any]:
    """Boxes in reading order by recursive cuts: a band across the page that no box crosses parts top from bottom
    (a banner over two columns); otherwise a gap down the page parts left from right (a sidebar beside the body)."""
    if len(boxes) < 2:
        return boxes
    for axis in (1, 0):  # rect = (x0, y0, x1, y1): rows first (axis 1: y), then columns (axis 0: x)
        ordered = sorted(boxes, key=lambda box: (rects[id(box)][axis], rects[id(box)][1 - axis]))
        reach = rects[id(ordered[0])][axis + 2]
        for index, box in enumerate(ordered[1:], start=1):
            if rects[id(box)][axis] >= reach - FRAME_OVERLAP_EMU:
                return _xy_cut(ordered[:index], rects) + _xy_cut(ordered[index:], rects)
            reach = max(reach, rects[id(box)][axis + 2])
    return sorted(boxes, key=lambda box: (rects[id(box)][1], rects[id(box)][0]))


def _place(box: Any) -> tuple[str, int, int, int, int] | None:
    """Where a floating text box's offsets are measured from, and its rectangle (x0, y0, x1, y1, in EMU)."""
    anchor = next((a for a in box.iterancestors() if a.tag == _ANCHOR), None)
    if anchor is None:
        return None
    vertical, horizontal, extent = anchor.find(_POSITION_V), anchor.find(_POSITION_H), anchor.find(_EXTENT)
    if vertical is None or horizontal is None or extent is None:
        return None
    try:
        down, across = int(vertical.findtext(_POS_OFFSET) or ""), int(horizontal.findtext(_POS_OFFSET) or "")
        width, height = int(extent.get("cx") or ""), int(extent.get("cy") or "")
    except ValueError:
        return None  # an alignment ("top", "center") instead of an offset
    origin = f"{vertical.get('relativeFrom')}/{horizontal.get('relativeFrom')}"
    return origin, across, down, across + width, down + height


def _table_lines(table: Table, word: DocxDocument, layout: Layout, zone: Zone) -> Iterator[Line]:
    """Cells row by row, each once: the XML cells, not python-docx's grid, which repeats merged cells."""
    filled_cells = 0
    collected: list[Line] = []
    for row in _unwrapped(table._tbl, _ROW):
        for cell in _unwrapped(row, _CELL):
            cell_lines = list(_body_lines(cell, word, layout, in_table=True, zone=zone))
            filled_cells += any(line.text for line in cell_lines)
            collected += cell_lines
    if filled_cells >= 2:
        layout.tables += 1
    yield from collected


def _unwrapped(element: Any, tag: str) -> Iterator[Any]:
    """Children with this tag, including those Word wraps in content controls (w:sdt) at that level."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _unwrapped(content, tag)


def paragraph_text(p: Any) -> str:
    """A paragraph's text from its XML, runs inside content controls and fields included (python-docx skips
    them); text boxes are read on their own and deleted revisions not at all."""
    parts: list[str] = []
    for element in p.iter(_TEXT, _TAB, *_BREAKS):
        if any(ancestor.tag in (_TXBX, _DELETED, _FALLBACK) for ancestor in _ancestors_within(element, p)):
            continue
        parts.append(element.text or "" if element.tag == _TEXT else "\t" if element.tag == _TAB else "\n")
    return "".join(parts)


def _ancestors_within(element: Any, root: Any) -> Iterator[Any]:
    for ancestor in element.iterancestors():
        if ancestor is root:
            return
        yield ancestor


def _paragraph_lines(paragraph: Paragraph, in_table: bool, zone: Zone) -> Iterator[Line]:
    style = paragraph_style(paragraph)
    listed = is_list_paragraph(paragraph)
    for index, raw in enumerate(paragraph_text(paragraph._p).split("\n")):
        parts = [clean_line(part) for part in raw.split("\t")]
        text = " ".join(part for part in parts if part)
        if not text:
            continue
        bullet, rest = strip_bullet(text)
        kind: LineKind = (
            "heading" if style.heading_level is not None else "bullet" if (listed and index == 0) or bullet else "text"
        )
        if bullet:
            text = rest
        yield Line(
            text=text,
            kind=kind,
            font=style.font,
            size=style.size,
            bold=style.bold,
            italic=style.italic,
            zone=zone,
            spans=tuple(Span(part, float(i), float(i)) for i, part in enumerate(parts) if part),
            heading_level=style.heading_level,
            style=style.name,
            in_table=in_table,
        )


def _zone_lines(word: DocxDocument, zone: Zone, layout: Layout) -> list[Line]:
    """Header or footer lines of every section and variant (default, first page, even pages), once each."""
    lines: list[Line] = []
    seen: set[str] = set()
    for section in word.sections:
        for variant in ("", "first_page_", "even_page_"):
            part = getattr(section, f"{variant}{zone}")
            if part.is_linked_to_previous:  # no definition of its own: reading it would create one
                continue
            for line in _body_lines(part._element, word, layout, in_table=False, zone=zone):
                if line.text not in seen:
                    seen.add(line.text)
                    lines.append(line)
    return lines


def _estimate_pages(word: DocxDocument) -> int:
    """Pages from Word's last rendering plus hard breaks; docProps' Pages is often stale."""
    body = word.element.body
    rendered = sum(1 for p in body.iter(_PARAGRAPH) if p.find(".//" + qn("w:lastRenderedPageBreak")) is not None)
    hard = sum(1 for br in body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
    before = sum(1 for el in body.iter(qn("w:pageBreakBefore")) if el.get(qn("w:val")) not in ("0", "false"))
    explicit = 1 + max(rendered, hard + before)
    if rendered:
        return explicit
    words = sum(len((t.text or "").split()) for t in body.iter(qn("w:t")))
    paragraphs = sum(1 for _ in body.iter(_PARAGRAPH))
    # Never rendered by Word (generated files): about 500 words or 45 paragraphs fill a page.
    return max(explicit, 1 + int(max(words / 500, paragraphs / 45) - 0.25))


def _count_images(word: DocxDocument) -> int:
    body = word.element.body
    return sum(1 for _ in body.iter(qn("pic:pic"))) + sum(
        1 for _ in body.iter("{urn:schemas-microsoft-com:vml}imagedata")
    )


def _links(word: DocxDocument) -> list[Link]:
    links: list[Link] = []
    for paragraph in _all_paragraphs(word):
        for link in paragraph.hyperlinks:
            if link.url:
                links.append(Link(uri=link.url, text=clean_line(link.text)))
    return links


def _all_paragraphs(word: DocxDocument) -> Iterator[Paragraph]:
    for element in word.element.body.iter(_PARAGRAPH):
        if not any(ancestor.tag == _FALLBACK for ancestor in element.iterancestors()):
            yield Paragraph(element, word)


def _written(word: DocxDocument) -> tuple[int, int] | None:
    """The creation date in the package's core properties."""
    try:
        properties = word.core_properties
        stamp = properties.modified or properties.created
    except Exception:  # a malformed docProps/core.xml
        return None
    return (stamp.year, stamp.month) if stamp is not None else None


_HEADING_STYLE = re.compile(r"^(?:heading|berschrift|titre|título)\s*(\d)$", re.I)


def _from_zip(data: bytes, error: FileError) -> Document:
    """A package python-docx rejects (a missing content type, a broken relationship, odd part names) read from
    its parts: word/document.xml, the headers and footers, with lxml's entities, DTDs and network off."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        names = archive.namelist()
        body = etree.fromstring(archive.read("word/document.xml"), parser)
        zones: list[tuple[Zone, Any]] = [
            ("header", etree.fromstring(archive.read(n), parser)) for n in names if re.match(r"word/header\d*\.xml$", n)
        ]
        zones += [
            ("footer", etree.fromstring(archive.read(n), parser)) for n in names if re.match(r"word/footer\d*\.xml$", n)
        ]
    except Exception:
        raise error from None
    lines = [line for zone, root in zones if zone == "header" for line in _xml_lines(root, zone)]
    lines += list(_xml_lines(body, "body"))
    lines += [line for zone, root in zones if zone == "footer" for line in _xml_lines(root, zone)]
    layout = Layout(file_size=len(data), images=sum(1 for n in names if n.startswith("word/media/")))
    layout.repaired_pages = [1]  # the package itself is broken: skim.file-structure says so
    return Document(format="docx", lines=[line for line in lines if line.text], layout=layout)


def _xml_lines(root: Any, zone: Zone) -> Iterator[Line]:
    """Every paragraph in document order, a table cell's paragraphs marked as in a table, list items as bullets,
    Heading-styled paragraphs as headings."""
    for paragraph in root.iter(_PARAGRAPH):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        name = style.get(qn("w:val")) if style is not None else ""
        heading = _HEADING_STYLE.match(name or "")
        listed = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
        in_table = any(ancestor.tag == _CELL for ancestor in paragraph.iterancestors())
        bold = paragraph.find(f".//{qn('w:rPr')}/{qn('w:b')}") is not None
        text = clean_line(" ".join(paragraph_text(paragraph).split()))
        if not text:
            continue
        bullet, rest = strip_bullet(text)
        listed = listed or "list" in (name or "").lower()  # numbering inherited from a style such as List Bullet
        kind: LineKind = "heading" if heading else "bullet" if listed or bullet else "text"
        yield Line(
            text=rest if bullet else text,
            kind=kind,
            bold=bold,
            zone=zone,
            heading_level=int(heading.group(1)) if heading else None,
            style=name or None,
            in_table=in_table,
        )
