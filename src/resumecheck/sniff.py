"""Recognise a resume's format from its content, not its name."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Literal

from .errors import FileError

Format = Literal["pdf", "docx", "txt", "md", "json", "image", "doc", "odt", "rtf"]

_HOW_TO_CONVERT = "save it as .docx or .pdf (or export plain text) and check that file"
_LEGACY_NAMES = {
    ".doc": "a legacy Word .doc file",
    ".odt": "an OpenDocument text file",
    ".rtf": "an RTF file",
    ".pages": "an Apple Pages file",
    ".xls": "a spreadsheet",
    ".xlsx": "a spreadsheet",
    ".pptx": "a presentation",
    ".ppt": "a presentation",
}
_IMAGE_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"RIFF": "a RIFF (WebP) image",
}
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_TEXT_SUFFIXES = _MARKDOWN_SUFFIXES | {".txt", ".text", ".json"}


def _is_page_image(head: bytes) -> bool:
    """PNG, JPEG, TIFF or WebP: the picture formats a resume is sent in (a GIF or HEIC gets a clear error)."""
    webp = head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    return webp or head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*"))


def sniff(data: bytes, filename: str) -> Format:
    """Return the format of a file's bytes, or raise FileError(unsupported_format/empty)."""
    suffix = Path(filename).suffix.lower()
    if not data.strip():
        raise FileError("empty", "the file is empty: there is nothing to check")
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data, suffix)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _is_word_binary(data):
            return "doc"
        raise FileError(
            "unsupported_format", f"this is a binary Office file (OLE2) that is not a Word document: {_HOW_TO_CONVERT}"
        )
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if _is_page_image(head):
        return "image"  # a picture of a resume: read by OCR
    for magic, what in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            raise FileError(
                "unsupported_format",
                f"this is {what}, not a document: export your resume as .pdf or .docx with real text",
            )
    if suffix in (".pdf", ".docx"):
        raise FileError(
            "corrupt",
            f"the file is named {suffix} but its content is not a {suffix[1:].upper()} file: "
            "re-export it from your editor",
        )
    text = _decode_text(data, lenient=suffix in _TEXT_SUFFIXES)
    if text is None or suffix in _LEGACY_NAMES:
        what = _LEGACY_NAMES.get(suffix, "not a format resumecheck reads")
        raise FileError("unsupported_format", f"this is {what}: {_HOW_TO_CONVERT}")
    if suffix == ".json" or text.lstrip().startswith("{"):
        if _is_json_object(text):
            return "json"
        if suffix == ".json":
            raise FileError(
                "corrupt", "the file is named .json but is not valid JSON: fix the syntax or export it again"
            )
    return "md" if suffix in _MARKDOWN_SUFFIXES or _looks_like_markdown(text) else "txt"


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes (UTF-8 with or without BOM, UTF-16, else Latin-1)."""
    text = _decode_text(data, lenient=True)
    if text is None:
        raise FileError("unsupported_format", f"this file is not text: {_HOW_TO_CONVERT}")
    return text


def _sniff_zip(data: bytes, suffix: str) -> Format:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileError("corrupt", f"the file looks like a .docx (zip) but cannot be opened: {exc}") from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        if b"application/vnd.oasis.opendocument.text" in _member(data, "mimetype"):
            return "odt"  # an OpenDocument text file, whatever its name
        raise FileError("unsupported_format", f"this is an OpenDocument file that is not text: {_HOW_TO_CONVERT}")
    if any(name.startswith("Index/") for name in names) or suffix == ".pages":
        raise FileError("unsupported_format", "this is an Apple Pages file: export it from Pages to .docx or .pdf")
    what = _LEGACY_NAMES.get(suffix, "a zip archive that is not a Word document")
    raise FileError("unsupported_format", f"this is {what}: {_HOW_TO_CONVERT}")


def _member(data: bytes, name: str) -> bytes:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return archive.read(name)[:200]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return b""


def _is_word_binary(data: bytes) -> bool:
    """A legacy Word document: an OLE2 file holding a WordDocument stream (Excel and PowerPoint hold others).
    The stream's name is stored in UTF-16 in the file's directory."""
    return "WordDocument".encode("utf-16-le") in data


def _decode_text(data: bytes, lenient: bool = False) -> str | None:
    """Text from bytes, or None for binary content; a text-named file tolerates a few damaged bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    sample = data[:4096]
    if lenient and sample.count(b"\x00") <= len(sample) * 0.01:
        return data.replace(b"\x00", b" ").decode("utf-8", errors="replace")
    if b"\x00" in sample:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(sample) * 0.01:
        return None
    return data.decode("latin-1")


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _looks_like_markdown(text: str) -> bool:
    lines = text.splitlines()
    atx = sum(1 for line in lines if line.startswith("#") and line.lstrip("#").startswith(" "))
    setext = sum(1 for line in lines if line.strip() and set(line.strip()) <= {"=", "-"} and len(line.strip()) >= 3)
    return atx >= 2 or (atx >= 1 and setext >= 1) or setext >= 2
