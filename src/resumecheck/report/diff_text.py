"""The terminal diff of two versions: one line per question, then what was fixed, what is new, what is still open."""

from __future__ import annotations

from typing import Any

from .text_format import LEVEL_MARK, where


class DiffTextFormatter:
    """ "proof  44 → 82  FAIL → PASS", then the findings the revision fixed, brought and kept."""

    def render(self, diff: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> str:
        """The whole comparison as plain text."""
        head = f"{diff['before']['path']} → {diff['after']['path']}"
        for side, entry in (("before", before), ("after", after)):
            if entry["status"] != "checked":
                error = entry.get("error") or {}
                return f"{head}\n  {side} could not be read ({error.get('code')}): {error.get('message')}\n"
        lines = [f"{head}: {_verdict(diff['before']['verdict'])} → {_verdict(diff['after']['verdict'])}"]
        warning = (diff.get("identity") or {}).get("warning")
        if warning:
            lines.append(f"  WARNING: {warning}")
        for question in diff["questions"]:
            was, now = question["before"], question["after"]
            change = (
                _verdict(now["verdict"])
                if was["verdict"] == now["verdict"]
                else (f"{_verdict(was['verdict'])} → {_verdict(now['verdict'])}")
            )
            lines.append(f"  {question['id']:7s} {_score(was['score']):>3s} → {_score(now['score']):>3s}  {change}")
        for title, key in (("fixed", "fixed"), ("new", "new"), ("still open", "unchanged")):
            found = diff[key]
            lines.append(f"\n  {title} ({len(found)}):")
            lines += [_line(finding) for finding in found] or ["    (none)"]
        lines.append("")
        lines.append(f"{len(diff['fixed'])} fixed, {len(diff['new'])} new, {len(diff['unchanged'])} still open.")
        return "\n".join(lines) + "\n"


def _verdict(verdict: str | None) -> str:
    return {"pass": "PASS", "fail": "FAIL", "not_checked": "N/A"}.get(verdict or "", "-")


def _score(score: int | None) -> str:
    return "-" if score is None else str(score)


def _line(finding: dict[str, Any]) -> str:
    place = where(finding.get("location") or {})
    quoted = finding.get("match")
    text = f"    [{LEVEL_MARK[finding['level']]}] {finding['rule']}: {finding['message']}"
    if quoted and quoted not in finding["message"]:
        text += f' "{quoted}"'
    return text + (f"  ({place})" if place else "")
