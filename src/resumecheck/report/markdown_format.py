"""A short Markdown summary for a CI job page ($GITHUB_STEP_SUMMARY): per file, the verdict, the five scores and
what to fix first."""

from __future__ import annotations

from typing import Any

from ..findings import QUESTIONS
from . import market_line, not_judged, relative_path, summary_line, verdict_label

MAX_PRIORITIES = 3  # the job page is a glance; the full report is in the SARIF and the annotations


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownFormatter:
    """One table row per resume; files that could not be read say why; files that are not resumes are listed."""

    def render(self, report: dict[str, Any]) -> str:
        """The summary table, then the run's one-line summary."""
        head = ["File", "Verdict", *QUESTIONS, "Fix first"]
        out = ["## resumecheck", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for entry in (e for e in report["files"] if e["status"] != "skipped"):
            path = _cell(relative_path(entry["path"]))
            if entry["status"] == "error":
                row = [path, "unreadable", *["–"] * len(QUESTIONS), _cell(entry["error"]["message"])]
            else:
                scores = {q["id"]: q for q in entry["questions"]}
                cells = [
                    "–" if scores[q]["score"] is None else f"{scores[q]['score']} {_mark(scores[q]['verdict'])}"
                    for q in QUESTIONS
                ]
                fixes = (
                    _cell(entry["verdict_reason"] or "")
                    if not_judged(entry)
                    else "<br>".join(
                        f"{item['rank']}. {_cell(item['message'])}"
                        for item in entry.get("priorities", [])[:MAX_PRIORITIES]
                    )
                )
                row = [path, f"**{verdict_label(entry)}**", *cells, fixes or "nothing to fix"]
            out.append("| " + " | ".join(row) + " |")
        skipped = [relative_path(e["path"]) for e in report["files"] if e["status"] == "skipped"]
        out += ["", summary_line(report["summary"])]
        markets = dict.fromkeys(line for e in report["files"] if (line := market_line(e)))
        out += [f"Market norms: {line}." for line in markets]
        if skipped:
            out.append(f"Skipped (not resumes): {', '.join(f'`{name}`' for name in skipped)}")
        out += _since_baseline(report)
        return "\n".join(out) + "\n"


def _since_baseline(report: dict[str, Any]) -> list[str]:
    """With --baseline: what this change brought to each resume, and how many findings it fixed."""
    out: list[str] = []
    for entry in (e for e in report["files"] if e["status"] == "checked" and "baseline" in e):
        new = [f for f in entry["findings"] if f.get("baseline_state") == "new"]
        fixed = entry["baseline"]["fixed"]
        head = f"**{_cell(relative_path(entry['path']))}** since the baseline: {len(new)} new, {fixed} fixed"
        out += ["", head]
        out += [f"- {f['level']}: {_cell(f['message'])} (`{f['rule']}`)" for f in new]
    return out


def _mark(verdict: str) -> str:
    return {"pass": "✅", "fail": "❌"}.get(verdict, "")
