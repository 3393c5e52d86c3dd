"""Read a resume sent as a picture (PNG, JPEG, TIFF with one page per frame, WebP) by OCR, page by page."""

from __future__ import annotations

import warnings
from io import BytesIO
from typing import Any

from ..config import Limits
from ..errors import FileError
from ..model import Box, Document, Layout
from . import ocr
from .pdf import document_from_pages, page_rows, record_ocr

MAX_PIXELS = 60_000_000  # a Letter page at 600 dpi is 34 million pixels; more is a decompression bomb
MIN_DPI = 70  # a resolution below this in the file's header is a placeholder (72 dpi screenshots say so too)
LETTER_WIDTH_PT = 612.0  # without a usable resolution, a page is taken to be Letter width


def parse_image(data: bytes, limits: Limits) -> Document:
    """Each frame of the picture read by OCR into the same rows and lines a PDF page gives."""
    from PIL import Image, ImageSequence

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data))
            frames = [
                frame.copy() for _, frame in zip(range(limits.pages + 1), ImageSequence.Iterator(image), strict=False)
            ]
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FileError("too_large", "the picture has too many pixels to be a resume page") from None
    except Exception as exc:
        raise FileError("corrupt", f"the picture cannot be read ({type(exc).__name__}): save it again") from None
    if len(frames) > limits.pages:
        raise FileError("too_large", f"the picture has more than {limits.pages} pages: a resume is one or two")
    layout = Layout(pages=len(frames), file_size=len(data), source_format=str(image.format or "image").lower())
    return read_pictures(frames, layout, limits, "image")


def read_pictures(frames: list[Any], layout: Layout, limits: Limits, fmt: str) -> Document:
    """Pictures as pages read by OCR (a picture file's frames, or the pictures a Word file is made of)."""
    layout.text_layer_missing = list(range(1, len(frames) + 1))
    if limits.ocr == "never" or not ocr.available():
        layout.ocr_unavailable = limits.ocr != "never"
        return Document(format=fmt, lines=[], layout=layout)  # type: ignore[arg-type]
    pages = []
    for number, frame in enumerate(frames, start=1):
        dpi = frame.info.get("dpi", (0, 0))[0] or 0
        points = 72.0 / dpi if dpi >= MIN_DPI else LETTER_WIDTH_PT / frame.width
        width, height = frame.width * points, frame.height * points
        layout.page_sizes.append((width, height))
        page = ocr.read_image(frame, points)
        record_ocr(layout, number, page)
        pages.append((page_rows(page.chars, Box(0.0, 0.0, width, height), number, layout), height))
    return document_from_pages(pages, layout, fmt)


# MIN_PAGE_PICTURE_PIXELS: a picture of a page has at least this many pixels (a Letter page at 50 dpi has 234,000,
# a coarse 480x680 page picture 326,000); logos and icons are far smaller (a 300x100 logo has 30,000)
MIN_PAGE_PICTURE_PIXELS = 200_000


def page_pictures(
    blobs: list[bytes], images: int, file_size: int, limits: Limits, source_format: str | None = None
) -> Document | None:
    """A word-processor file with no text but pictures of its pages, read by OCR into a document reported as
    DOCX (the report's nearest format); None when it has none."""
    frames = [frame for frame in open_pictures(blobs) if frame.width * frame.height >= MIN_PAGE_PICTURE_PIXELS]
    if not frames:
        return None
    # the page pictures are the text (skim.text-layer's finding), not graphics on a page
    layout = Layout(
        pages=len(frames), file_size=file_size, images=max(0, images - len(frames)), source_format=source_format
    )
    return read_pictures(frames, layout, limits, "docx")


def open_pictures(blobs: list[bytes]) -> list[Any]:
    """Pillow images of the readable pictures among these bytes (others are skipped)."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    frames = []
    for blob in blobs:
        try:
            picture = Image.open(BytesIO(blob))
            picture.load()
            frames.append(picture)
        except Exception:  # a logo in a format Pillow cannot open is no page of text
            continue
    return frames
