"""Read plain-text and Markdown resumes: headings, bullets, paragraphs and links."""

from __future__ import annotations

import re

from ..model import Document, Layout, Line, Link
from ..sniff import decode_text
from ..textnorm import clean_line, strip_bullet

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_DEFINITION = re.compile(r"^\s*:\s+")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)")
_INLINE_LINK = re.compile(r"\[([^\]]*)\]\s*\(([^)\s]+)[^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\s*\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)?[^<>\s]+@[^<>\s]+|https?://[^<>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BOLD_ONLY = re.compile(r"^(\*\*|__)(.+)\1:?$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)  # YAML metadata, not content
_TEMPLATE_TAG = re.compile(r"^\s*\{%.*%\}\s*$")  # Jekyll/Liquid tags
_FENCE = re.compile(r"^\s*(```|~~~)")


def parse_text(data: bytes, markdown: bool) -> Document:
    """Parse a text or Markdown file into a Document."""
    text = decode_text(data)
    links: list[Link] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        text = _FRONT_MATTER.sub("", _HTML_COMMENT.sub("", text), count=1)
    raw_lines = text.split("\n")
    lines = _markdown_lines(raw_lines, links) if markdown else _plain_lines(raw_lines)
    layout = Layout(pages=None, links=links)
    return Document(format="md" if markdown else "txt", lines=[line for line in lines if line.text], layout=layout)


def _plain_lines(raw_lines: list[str]) -> list[Line]:
    lines = []
    for raw in raw_lines:
        text = clean_line(raw)
        if not text or _RULE.match(raw):
            continue
        bullet, rest = strip_bullet(text)
        lines.append(Line(text=rest if bullet else text, kind="bullet" if bullet else "text"))
    return lines


def _markdown_lines(raw_lines: list[str], links: list[Link]) -> list[Line]:
    """Markdown blocks become lines: a paragraph's soft-wrapped source lines join into one."""
    lines: list[Line] = []
    paragraph: list[str] = []
    kind = "text"

    def flush() -> None:
        nonlocal paragraph, kind
        if paragraph:
            lines.append(_inline_line(" ".join(paragraph), kind, links))
        paragraph, kind = [], "text"

    fenced = False
    for index, raw in enumerate(raw_lines):
        if _FENCE.match(raw):
            flush()
            fenced = not fenced
            continue
        if fenced:  # a resume pasted into a code block is plain text, one line a line
            lines += _plain_lines([raw])
            continue
        if _TEMPLATE_TAG.match(raw):
            continue
        stripped = raw.strip()
        next_line = raw_lines[index + 1] if index + 1 < len(raw_lines) else ""
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
        reference = _REFERENCE.match(stripped)
        if reference:
            links.append(Link(uri=reference.group(1)))
            continue
        if not stripped or (_RULE.match(stripped) and not paragraph):
            flush()
            continue
        if _SETEXT.match(next_line.strip()) and paragraph == [] and not _LIST_ITEM.match(raw):
            lines.append(_heading(stripped, 1 if next_line.strip().startswith("=") else 2, links))
            continue
        if _SETEXT.match(stripped) and not paragraph:
            continue  # the underline of a setext heading
        atx = _ATX.match(stripped)
        if atx:
            flush()
            lines.append(_heading(atx.group(2), len(atx.group(1)), links))
            continue
        if _LIST_ITEM.match(raw):
            flush()
            paragraph, kind = [_LIST_ITEM.sub("", raw, count=1).strip()], "bullet"
            continue
        if _DEFINITION.match(raw):
            flush()
            stripped = _DEFINITION.sub("", raw, count=1).strip()
        paragraph.append(stripped.rstrip("\\").strip())
        if stripped.endswith("\\") or raw.endswith("  "):
            flush()  # a trailing backslash or two trailing spaces is a hard line break
    flush()
    return lines


def _heading(text: str, level: int, links: list[Link]) -> Line:
    line = _inline_line(text, "heading", links)
    line.heading_level = level
    line.bold = True
    return line


def _inline_line(text: str, kind: str, links: list[Link]) -> Line:
    bold = bool(_BOLD_ONLY.match(text.strip()))
    for match in _INLINE_LINK.finditer(text):
        links.append(Link(uri=match.group(2), text=clean_line(match.group(1))))
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    text = clean_line(text)
    if kind == "text":
        bullet, rest = strip_bullet(text)
        if bullet:
            kind, text = "bullet", rest
    return Line(text=text, kind=kind, bold=bold)  # type: ignore[arg-type]
