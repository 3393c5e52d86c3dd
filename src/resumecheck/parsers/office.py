"""Other word-processor files ATS accept: legacy Word .doc (through Debian's antiword), OpenDocument text and
RTF. Each becomes the same Document of lines, so every check runs on it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from ..config import Limits
from ..errors import FileError
from ..model import Document, Layout, Line
from ..textnorm import clean_line, strip_bullet

ANTIWORD_SECONDS = 30  # antiword reads a resume in well under a second
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.S)  # with its internal subset of entities


def _xml(data: bytes) -> Any:
    """Parse XML with entities, DTDs and the network off (the same stance as the DOCX reader)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)
    root = etree.fromstring(_DOCTYPE.sub(b"", data, count=1), parser)
    if root is None:
        raise FileError("corrupt", "the document's XML cannot be read: save it again from your editor")
    return root


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: Any) -> str:
    return clean_line(" ".join("".join(element.itertext()).split()))


def _line(text: str, *, bold: bool = False, in_table: bool = False, heading: bool = False) -> Line | None:
    text = clean_line(text)
    if not text:
        return None
    bullet, rest = strip_bullet(text)
    kind = "heading" if heading else "bullet" if bullet else "text"
    return Line(text=rest if bullet and not heading else text, kind=kind, bold=bold, in_table=in_table)  # type: ignore[arg-type]


def parse_doc(data: bytes) -> Document:
    """A legacy Word .doc through antiword's DocBook output: paragraphs, bold runs, tables and lists."""
    antiword = shutil.which("antiword")
    if antiword is None:
        raise FileError(
            "unsupported_format",
            "this is a legacy Word .doc file: install antiword (apt install antiword) or save it as .docx or .pdf",
        )
    try:
        done = subprocess.run(
            [antiword, "-x", "db", "-"], input=data, capture_output=True, timeout=ANTIWORD_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise FileError("timeout", "antiword took too long to read this .doc: save it as .docx") from None
    if done.returncode != 0 or not done.stdout.strip():
        raise FileError("corrupt", "antiword cannot read this .doc file: open it in Word and save it as .docx")
    root = _xml(done.stdout)
    lines = [line for line in _docbook(root, in_table=False) if line is not None]
    return Document(format="docx", lines=lines, layout=Layout(pages=None, source_format="doc"))


_BLOCKS = frozenset({"para", "informaltable", "table", "itemizedlist", "orderedlist", "listitem"})


def _docbook(element: Any, in_table: bool) -> Iterator[Line | None]:
    for child in element:
        tag = _local(child.tag)
        if tag in ("bookinfo", "title") and _local(element.tag) in ("book", "chapter"):
            continue  # document properties, not the page
        blocks = [e for e in child.iter() if e is not child and _local(e.tag) in _BLOCKS]
        if tag in ("para", "entry") and blocks:
            yield from _docbook(child, in_table or tag == "entry")  # a table or list set inside a paragraph
        elif tag in ("para", "entry"):
            emphasis = [e for e in child if _local(e.tag) == "emphasis" and e.get("role") == "bold"]
            bold = bool(emphasis) and sum(len(_text(e)) for e in emphasis) >= len(_text(child)) - 2
            # antiword keeps a cell's or paragraph's hard line breaks ("Designation : …" / "From: …") as newlines
            for part in "".join(child.itertext()).split("\n"):
                yield _line(" ".join(part.split()), bold=bold, in_table=in_table or tag == "entry")
        elif tag == "listitem":
            yield _line("• " + _text(child), in_table=in_table)
        elif tag in ("informaltable", "table"):
            yield from _docbook(child, in_table=True)
        else:
            yield from _docbook(child, in_table)


_ODF = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def parse_odt(data: bytes, limits: Limits) -> Document:
    """OpenDocument text from its content.xml: headings, paragraphs, list items and table cells in order; a file
    made only of pictures of its pages is read by OCR, as a Word file is."""
    from .docx_file import check_zip

    check_zip(data, int(limits.docx_uncompressed_mb * 1_000_000), limits.docx_ratio, "the OpenDocument file")
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        content = archive.read("content.xml")
        pictures = [archive.read(name) for name in sorted(archive.namelist()) if name.startswith("Pictures/")]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        raise FileError("corrupt", "the OpenDocument file cannot be opened: save it again from LibreOffice") from None
    root = _xml(content)
    lines = [line for line in _odf(root, in_table=False, in_list=False) if line is not None]
    if not any(line.text.strip() for line in lines) and pictures:
        from .image import page_pictures

        document = page_pictures(pictures, len(pictures), len(data), limits, source_format="odt")
        if document is not None:
            return document
    return Document(format="docx", lines=lines, layout=Layout(pages=None, source_format="odt"))


def _odf(element: Any, in_table: bool, in_list: bool) -> Iterator[Line | None]:
    for child in element:
        tag = _local(child.tag)
        if tag == "h":
            yield _line(_text(child), heading=True, in_table=in_table)
        elif tag == "p":
            yield _line(("• " if in_list else "") + _text(child), in_table=in_table)
        elif tag == "list-item":
            yield from _odf(child, in_table, in_list=True)
        elif tag == "table":
            yield from _odf(child, True, in_list)
        elif tag not in ("tracked-changes", "sequence-decls", "variable-decls"):
            yield from _odf(child, in_table, in_list)


def parse_rtf(data: bytes) -> Document:
    """RTF through striprtf (a maintained RTF-to-text converter): one line per paragraph."""
    from striprtf.striprtf import rtf_to_text

    try:
        text = str(rtf_to_text(data.decode("latin-1"), errors="ignore"))  # type: ignore[no-untyped-call]
    except Exception as exc:
        raise FileError("corrupt", f"the RTF file cannot be read ({type(exc).__name__}): save it again") from None
    lines = [line for raw in text.splitlines() if (line := _line(raw)) is not None]
    return Document(format="txt", lines=lines, layout=Layout(pages=None, source_format="rtf"))
