"""The HTML report: one self-contained file (no network), autoescaped, printable; the coaching deliverable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..engine.languages import report_words
from ..findings import QUESTIONS
from . import market_line
from .html_view import in_context, render_pages, six_second_view, template
from .text_format import where

LEVEL_LABEL = {"error": "Error", "warning": "Warning", "suggestion": "Suggestion"}


class HtmlFormatter:
    """Renders report.html.j2 with page images, findings, the six-second view and what an ATS sees."""

    def __init__(self, rules: list[Any] | None = None, sources: dict[str, bytes] | None = None) -> None:
        self.rules = {rule.id: rule for rule in rules or []}
        self.sources = sources or {}  # a file's bytes by its path, when it is not on disk (the server's uploads)

    def render(self, report: dict[str, Any]) -> str:
        """The whole run as one HTML document."""
        entries = [entry for entry in report["files"] if entry["status"] != "skipped"]  # not resumes
        files = [self._file(index, entry) for index, entry in enumerate(entries, start=1)]
        return template("report.html.j2").render(
            report=report,
            files=files,
            questions=QUESTIONS,
            level_label=LEVEL_LABEL,
            generated=dt.date.today().isoformat(),
        )

    def _file(self, index: int, entry: dict[str, Any]) -> dict[str, Any]:
        view: dict[str, Any] = {"anchor": f"resume-{index}", "entry": entry, "name": Path(entry["path"]).name}
        if entry["status"] != "checked":
            return view
        facts, lines = entry["facts"], entry.get("text", [])
        by_number = {line["number"]: line for line in lines}
        findings = []
        for number, finding in enumerate(entry["findings"], start=1):
            line = by_number.get(finding["location"].get("line") or -1)
            findings.append(
                {
                    **finding,
                    "number": number,
                    "context": in_context(line["text"] if line else None, finding.get("match")),
                    "why": self.rules[finding["rule"]].description if finding["rule"] in self.rules else "",
                    "where": where(finding["location"], report_words(entry.get("messages_language"))),
                }
            )
        view["findings"] = _refer_fixes(findings, entry.get("priorities", []))
        view["by_question"] = {q["id"]: [f for f in findings if f["question"] == q["id"]] for q in entry["questions"]}
        view["reasons"] = {q["id"]: _reason(q, view["by_question"][q["id"]]) for q in entry["questions"]}
        view["priorities"] = [
            {**item, "numbers": [findings[i]["number"] for i in item.get("findings", []) if i < len(findings)]}
            for item in entry.get("priorities", [])
        ]
        view["pages"] = (
            render_pages(
                entry["path"], facts.get("page_sizes") or [], entry["findings"], data=self.sources.get(entry["path"])
            )
            if facts["format"] == "pdf"
            else []
        )
        view["six"] = six_second_view(facts, lines)
        view["market"] = market_line(entry)
        view["lines"] = lines
        marked: dict[int, list[int]] = {}
        for finding in findings:
            if finding["location"].get("line"):
                marked.setdefault(finding["location"]["line"], []).append(finding["number"])
        view["marked"] = marked
        return view


def _refer_fixes(findings: list[dict[str, Any]], ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each finding's `same_fix`: where its fix is already printed (what to fix first, or an earlier finding with
    the same fix), so the printed report says so in a word instead of repeating it."""
    printed: dict[str, str] = {
        str(item["fix"]): f"what to fix first, {item['rank']}" for item in ranked if item.get("fix")
    }
    for finding in findings:
        fix = finding.get("suggestion")
        finding["same_fix"] = printed.get(fix) if fix else None
        if fix and fix not in printed:
            printed[fix] = f"finding {finding['number']}"
    return findings


def _reason(question: dict[str, Any], findings: list[dict[str, Any]]) -> str:
    """The card's sentence is what decided its verdict: a pass never sits beside a sentence that reads as a fail."""
    if question["verdict"] == "not_checked":
        return str(question.get("reason") or "Not checked on this file.")
    if question["verdict"] == "fail":
        return str(question.get("reason") or "Fails: see the findings below.")
    if not findings:
        return "Nothing to fix."
    return f"Passes; {len(findings)} smaller improvement{'s' if len(findings) > 1 else ''} below."
