"""The HTML report: one self-contained file (no network), autoescaped, printable; the coaching deliverable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..engine.languages import ReportWords
from ..findings import QUESTIONS
from . import entry_words, market_line, run_words, verdict_label
from .html_view import in_context, render_pages, six_second_view, template
from .text_format import where


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
            run=run_words(entries),  # the words of the page around the files: theirs when they share a language
            generated=dt.date.today().isoformat(),
        )

    def _file(self, index: int, entry: dict[str, Any]) -> dict[str, Any]:
        words = entry_words(entry)
        view: dict[str, Any] = {
            "anchor": f"resume-{index}",
            "entry": entry,
            "name": Path(entry["path"]).name,
            "words": words,
        }
        if entry["status"] != "checked":
            return view
        view["verdict"] = verdict_label(entry, words)
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
                    "where": where(finding["location"], words),
                }
            )
        view["findings"] = _refer_fixes(findings, entry.get("priorities", []), words)
        view["by_question"] = {q["id"]: [f for f in findings if f["question"] == q["id"]] for q in entry["questions"]}
        view["reasons"] = {q["id"]: _reason(q, view["by_question"][q["id"]], words) for q in entry["questions"]}
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
        view["six"] = six_second_view(facts, lines, words)
        view["market"] = market_line(entry, words)
        view["lines"] = lines
        marked: dict[int, list[int]] = {}
        for finding in findings:
            if finding["location"].get("line"):
                marked.setdefault(finding["location"]["line"], []).append(finding["number"])
        view["marked"] = marked
        return view


def _refer_fixes(
    findings: list[dict[str, Any]], ranked: list[dict[str, Any]], words: ReportWords
) -> list[dict[str, Any]]:
    """Each finding's `same_fix`: where its fix is already printed (what to fix first, or an earlier finding with
    the same fix), so the printed report says so in a word instead of repeating it."""
    printed: dict[str, str] = {
        str(item["fix"]): words.text("same-fix-first", rank=item["rank"]) for item in ranked if item.get("fix")
    }
    for finding in findings:
        fix = finding.get("suggestion")
        finding["same_fix"] = printed.get(fix) if fix else None
        if fix and fix not in printed:
            printed[fix] = words.text("same-fix-finding", number=finding["number"])
    return findings


def _reason(question: dict[str, Any], findings: list[dict[str, Any]], words: ReportWords) -> str:
    """The card's sentence is what decided its verdict: a pass never sits beside a sentence that reads as a fail."""
    if question["verdict"] == "not_checked":
        return str(question.get("reason") or words.text("reason-not-checked"))
    if question["verdict"] == "fail":
        return str(question.get("reason") or words.text("reason-fails"))
    if not findings:
        return words.text("reason-nothing")
    return words.text("reason-passes-one" if len(findings) == 1 else "reason-passes-many", count=len(findings))
