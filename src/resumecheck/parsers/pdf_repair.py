"""PDFium reads what pdfminer cannot: a page with a broken MediaBox or font, a file whose page tree pdfminer
cannot walk. Its characters, with boxes, sizes and font names, go through the same rows and columns."""

from __future__ import annotations

import ctypes
from typing import Any

FONT_NAME_BYTES = 128


def pdfium_document(data: bytes) -> Any:
    """The file opened by PDFium, or None when no reader can open it."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except Exception:
        return None


def pdfium_chars(document: Any, index: int) -> tuple[list[dict[str, Any]], float, float]:
    """A page's characters as pdfplumber gives them (top-down coordinates), and the page's width and height."""
    from pypdfium2 import raw

    page = document[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    chars: list[dict[str, Any]] = []
    buffer = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    for i in range(textpage.count_chars()):
        text = textpage.get_text_range(i, 1)
        if not text or text in "\r\n":
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)  # the advance, as pdfminer gives it
        raw.FPDFText_GetFontInfo(textpage.raw, i, buffer, FONT_NAME_BYTES, ctypes.byref(flags))
        chars.append(
            {
                "text": text,
                "x0": left,
                "x1": right,
                "top": height - top,
                "bottom": height - bottom,
                "size": float(raw.FPDFText_GetFontSize(textpage.raw, i)),
                "fontname": buffer.value.decode("latin-1", "replace"),
                "upright": True,
                "non_stroking_color": None,
            }
        )
    return chars, float(width), float(height)
