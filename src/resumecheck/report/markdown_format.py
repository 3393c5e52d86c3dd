"""A short Markdown summary for a CI job page ($GITHUB_STEP_SUMMARY): per file, the verdict, the five scores and
what to fix first."""

from __future__ import annotations

from typing import Any

from ..findings import QUESTIONS
from . import entry_words, market_line, not_judged, relative_path, run_words, summary_line, verdict_label

MAX_PRIORITIES = 3  # the job page is a glance; the full report is in the SARIF and the annotations


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownFormatter:
    """One table row per resume; files that could not be read say why; files that are not resumes are listed."""

    def render(self, report: dict[str, Any]) -> str:
        """The summary table, then the run's one-line summary, in the files' language (English when they differ);
        each row's verdict and fixes in its own file's language."""
        run = run_words(report["files"])
        head = [run.label("file"), run.label("verdict"), *QUESTIONS, run.label("fix-first")]
        out = ["## resumecheck", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for entry in (e for e in report["files"] if e["status"] != "skipped"):
            path = _cell(relative_path(entry["path"]))
            if entry["status"] == "error":
                row = [path, run.text("unreadable"), *["–"] * len(QUESTIONS), _cell(entry["error"]["message"])]
            else:
                words = entry_words(entry)
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
                row = [path, f"**{verdict_label(entry, words)}**", *cells, fixes or words.text("nothing-to-fix")]
            out.append("| " + " | ".join(row) + " |")
        skipped = [relative_path(e["path"]) for e in report["files"] if e["status"] == "skipped"]
        out += ["", summary_line(report["summary"], run)]
        norms = [(entry_words(e), e) for e in report["files"]]
        out += dict.fromkeys(
            f"{words.label('market-norms')}: {line}." for words, e in norms if (line := market_line(e, words))
        )
        if skipped:
            out.append(run.text("skipped-files", files=", ".join(f"`{name}`" for name in skipped)))
        out += _since_baseline(report)
        return "\n".join(out) + "\n"


def _since_baseline(report: dict[str, Any]) -> list[str]:
    """With --baseline: what this change brought to each resume, and how many findings it fixed."""
    out: list[str] = []
    for entry in (e for e in report["files"] if e["status"] == "checked" and "baseline" in e):
        new = [f for f in entry["findings"] if f.get("baseline_state") == "new"]
        fixed = entry["baseline"]["fixed"]
        since = entry_words(entry).text("since-baseline", new=len(new), fixed=fixed)
        head = f"**{_cell(relative_path(entry['path']))}** {since}"
        out += ["", head]
        out += [f"- {f['level']}: {_cell(f['message'])} (`{f['rule']}`)" for f in new]
    return out


def _mark(verdict: str) -> str:
    return {"pass": "✅", "fail": "❌"}.get(verdict, "")
