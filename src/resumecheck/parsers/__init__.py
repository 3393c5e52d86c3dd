"""Parsers: one module per format, chosen by sniffing the content."""

from __future__ import annotations

from collections.abc import Callable

from ..config import Limits
from ..model import Document
from ..sniff import Format, sniff


def _parse_pdf(data: bytes, limits: Limits) -> Document:
    from .pdf import parse_pdf

    return parse_pdf(data, max_pages=limits.pages, ocr_mode=limits.ocr)


def _parse_docx(data: bytes, limits: Limits) -> Document:
    from .docx_file import parse_docx

    return parse_docx(
        data, max_uncompressed=int(limits.docx_uncompressed_mb * 1_048_576), max_ratio=limits.docx_ratio, limits=limits
    )


def _parse_text(data: bytes, limits: Limits) -> Document:
    from .text import parse_text

    return parse_text(data, markdown=False)


def _parse_markdown(data: bytes, limits: Limits) -> Document:
    from .text import parse_text

    return parse_text(data, markdown=True)


def _parse_json(data: bytes, limits: Limits) -> Document:
    from .jsonresume import parse_json_resume

    return parse_json_resume(data)


def _parse_image(data: bytes, limits: Limits) -> Document:
    from .image import parse_image

    return parse_image(data, limits)


def _parse_doc(data: bytes, limits: Limits) -> Document:
    from .office import parse_doc

    return parse_doc(data)


def _parse_odt(data: bytes, limits: Limits) -> Document:
    from .office import parse_odt

    return parse_odt(data, limits)


def _parse_rtf(data: bytes, limits: Limits) -> Document:
    from .office import parse_rtf

    return parse_rtf(data)


PARSERS: dict[Format, Callable[[bytes, Limits], Document]] = {
    "doc": _parse_doc,
    "odt": _parse_odt,
    "rtf": _parse_rtf,
    "image": _parse_image,
    "pdf": _parse_pdf,
    "docx": _parse_docx,
    "txt": _parse_text,
    "md": _parse_markdown,
    "json": _parse_json,
}


def parse_bytes(data: bytes, filename: str, limits: Limits | None = None) -> Document:
    """Sniff the format of a file's bytes and parse it into a Document (raises FileError)."""
    fmt = sniff(data, filename)
    document = PARSERS[fmt](data, limits or Limits())
    document.path = filename
    document.layout.file_size = len(data)
    return document
