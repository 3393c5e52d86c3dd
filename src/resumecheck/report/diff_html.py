"""The progress report of two versions: one self-contained HTML file a client can read (no network)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..findings import QUESTION_TITLES
from . import file_kind
from .html_view import in_context, render_pages, template
from .text_format import where

FIRST_PAGES = 1  # the first page is what a recruiter sees; the whole of each version is in its own report
STATES = (  # the diff's key, its heading, and the colour its boxes and cards take
    ("fixed", "Fixed", "fixed"),
    ("new", "New since the last version", "new"),
    ("unchanged", "Still open", "open"),
)


class DiffHtmlFormatter:
    """Question cards before → after, the findings fixed (green), new (red) and still open, both first pages."""

    def __init__(self, sources: dict[str, bytes] | None = None) -> None:
        self.sources = sources or {}  # a file's bytes by its path, when it is not on disk (the server's uploads)

    def render(self, diff: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> str:
        """The whole comparison as one HTML document."""
        groups: list[dict[str, Any]] = []
        number = 1
        for key, title, style in STATES:
            texts = _texts(before if key == "fixed" else after)
            items = [
                {
                    **finding,
                    "number": number + offset,
                    "style": style,
                    "where": where(finding.get("location") or {}),
                    "context": in_context(texts.get((finding.get("location") or {}).get("line")), finding.get("match")),
                }
                for offset, finding in enumerate(diff[key])
            ]
            number += len(items)
            groups.append({"key": key, "title": title, "style": style, "items": items})
        numbered = {group["key"]: group["items"] for group in groups}
        sides = [
            _side("Before", before, diff["before"], numbered["fixed"], self.sources.get(before["path"])),
            _side(
                "After", after, diff["after"], numbered["new"] + numbered["unchanged"], self.sources.get(after["path"])
            ),
        ]
        cards = [_card(question) for question in diff["questions"]]
        return template("diff.html.j2").render(
            diff=diff,
            groups=groups,
            sides=sides,
            cards=cards,
            generated=dt.date.today().isoformat(),
            name=_name(after) or _name(before) or Path(diff["after"]["path"]).name,
        )


def _card(question: dict[str, Any]) -> dict[str, Any]:
    was, now = question["before"], question["after"]
    change = "same"
    if was["score"] is not None and now["score"] is not None and was["score"] != now["score"]:
        change = "better" if now["score"] > was["score"] else "worse"
    if was["verdict"] != now["verdict"] and "not_checked" not in (was["verdict"], now["verdict"]):
        change = "better" if now["verdict"] == "pass" else "worse"
    return {**question, "title": QUESTION_TITLES[question["id"]], "change": change}


def _side(
    label: str, entry: dict[str, Any], side: dict[str, Any], items: list[dict[str, Any]], data: bytes | None
) -> dict[str, Any]:
    """One version's first page with boxes over the findings this side of the comparison is about."""
    view: dict[str, Any] = {"label": label, "side": side, "name": Path(entry["path"]).name, "pages": []}
    facts = entry.get("facts") or {}
    if entry["status"] == "checked" and facts.get("format") == "pdf":
        first = items[0]["number"] if items else 1
        marked = [{**item, "level": item["style"]} for item in items]
        sizes = facts.get("page_sizes") or []
        view["pages"] = render_pages(entry["path"], sizes, marked, first, FIRST_PAGES, data)
    elif entry["status"] == "checked":  # DOCX, Markdown, text: the lines as read, numbered as the check report does
        view["kind"] = file_kind(facts)
        view["lines"] = entry.get("text") or []
        on_line: dict[int, list[tuple[int, str]]] = {}
        for item in items:
            line = (item.get("location") or {}).get("line")
            if line:
                on_line.setdefault(line, []).append((item["number"], item["style"]))
        view["marked"] = on_line
    return view


def _texts(entry: dict[str, Any]) -> dict[int | None, str]:
    """The file's lines as read, by number (present when the entry was made for an HTML report)."""
    return {line["number"]: str(line["text"]) for line in entry.get("text") or []}


def _name(entry: dict[str, Any]) -> str | None:
    facts = entry.get("facts") or {}
    return (facts.get("contact") or {}).get("name")
