"""Two versions of a resume compared: findings matched by fingerprint into fixed, new and unchanged; the diff
document, a run's findings marked against a baseline report, and whether a revision made things worse."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from . import __version__
from .errors import ConfigError
from .findings import QUESTIONS, fingerprint_of, level_rank
from .report import NOT_JUDGED_EXIT, not_judged, relative_path


@dataclass(frozen=True)
class Matched:
    """Findings of BEFORE and AFTER sorted by what the revision did to them."""

    fixed: list[dict[str, Any]]  # in BEFORE only (the BEFORE copy)
    new: list[dict[str, Any]]  # in AFTER only
    unchanged: list[dict[str, Any]]  # in both (the AFTER copy)


def fingerprint(finding: dict[str, Any]) -> str:
    """The finding's fingerprint, worked out for reports written before findings carried one."""
    return str(
        finding.get("fingerprint") or fingerprint_of(finding["rule"], finding.get("match"), finding.get("message", ""))
    )


def match_findings(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> Matched:
    """Pair findings by fingerprint, as many times as each occurs (two "Responsible for" bullets, one rewritten:
    one fixed, one unchanged)."""
    left = Counter(fingerprint(f) for f in before)
    unchanged, new = [], []
    for finding in after:
        key = fingerprint(finding)
        if left[key] > 0:
            left[key] -= 1
            unchanged.append(finding)
        else:
            new.append(finding)
    fixed = []
    for finding in reversed(before):  # the last copies of a repeated fingerprint are the ones gone
        key = fingerprint(finding)
        if left[key] > 0:
            left[key] -= 1
            fixed.append(finding)
    fixed.reverse()
    return Matched(fixed=fixed, new=new, unchanged=unchanged)


def threshold(fail_level: str) -> int | None:
    """The level a new finding must reach to fail a run: the fail level, or error for `verdict` (errors are what
    fail a question on their own); None for `never`."""
    if fail_level == "never":
        return None
    return level_rank("error" if fail_level == "verdict" else fail_level)


def got_worse(before: dict[str, Any] | None, after: dict[str, Any], new: list[dict[str, Any]], fail_level: str) -> bool:
    """A revision is worse when it brings a new finding at the fail level or, by verdict, turns a pass into a
    fail (several new warnings can sink a score without any one error)."""
    limit = threshold(fail_level)
    if limit is None:
        return False
    if any(level_rank(f["level"]) >= limit for f in new):
        return True
    if fail_level != "verdict":
        return False
    was = before.get("verdict") if before is not None else None
    return after.get("verdict") == "fail" and was != "fail"


def diff_document(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The diff JSON (resumecheck-diff.schema.json) of two files[] entries."""
    matched = match_findings(before.get("findings") or [], after.get("findings") or [])

    def state(entry: dict[str, Any], question: str) -> dict[str, Any]:
        for item in entry.get("questions") or []:
            if item["id"] == question:
                return {"verdict": item["verdict"], "score": item["score"]}
        return {"verdict": "not_checked", "score": None}

    def side(entry: dict[str, Any]) -> dict[str, Any]:
        status = "checked" if entry["status"] == "checked" else "error"
        verdict = entry.get("verdict") if status == "checked" else None
        result = {"path": entry["path"], "status": status, "verdict": verdict}
        if entry.get("error"):
            result["error"] = entry["error"]
        return result

    def marked(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**f, "fingerprint": fingerprint(f)} for f in findings]

    return {
        "schema_version": 1,
        "tool": {"name": "resumecheck", "version": __version__},
        "before": side(before),
        "after": side(after),
        "questions": [{"id": q, "before": state(before, q), "after": state(after, q)} for q in QUESTIONS],
        "fixed": marked(matched.fixed),
        "new": marked(matched.new),
        "unchanged": marked(matched.unchanged),
        "identity": identity(before, after),
    }


def _contact(entry: dict[str, Any]) -> dict[str, str | None]:
    contact = (entry.get("facts") or {}).get("contact") or {}
    return {"name": contact.get("name"), "email": contact.get("email")}


def _same(one: str | None, other: str | None) -> bool | None:
    """Whether two read values agree (case and spacing aside); None when either was not read."""
    if not one or not other:
        return None
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def identity(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Whose resumes these are: the name and e-mail read on each side, what differs, and a warning when the two
    files look like two different people (then "13 fixed" compares two resumes, not two versions of one)."""
    was, now = _contact(before), _contact(after)
    differs = [key for key in ("name", "email") if _same(was[key], now[key]) is False]
    # a new e-mail under the same name is a revision; a different name, or a different e-mail with no name
    # to confirm it, is another person
    same_person = not differs or (differs == ["email"] and _same(was["name"], now["name"]) is True)
    warning = None
    if differs:
        changes = "; ".join(f"{key.replace('email', 'e-mail')} {was[key]} → {now[key]}" for key in differs)
        warning = (
            f"These look like two different people ({changes}): the changes below compare two resumes, not two "
            "versions of one."
            if not same_person
            else f"The e-mail changed ({changes}): make sure both files are the same person's resume."
        )
    return {"before": was, "after": now, "differs": differs, "same_person": same_person, "warning": warning}


def diff_exit_code(diff: dict[str, Any], fail_level: str) -> int:
    """2 when either file could not be read; 1 when AFTER brings a new finding at the fail level or a worse
    verdict; else 0."""
    if diff["before"]["status"] != "checked" or diff["after"]["status"] != "checked":
        return 2
    return 1 if got_worse(diff["before"], diff["after"], diff["new"], fail_level) else 0


def load_baseline(path: Path) -> Baseline:
    """The checked files[] entries of an earlier JSON report (`check --format json`, or jsonl)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"--baseline: cannot read {path}: {exc.strerror or exc}") from None
    try:
        if path.suffix == ".jsonl":
            documents = [json.loads(line) for line in text.splitlines() if line.strip()]
            files = [d for d in documents if "status" in d]
        else:
            files = json.loads(text)["files"]
        checked = [entry for entry in files if entry["status"] == "checked" and isinstance(entry["findings"], list)]
        return Baseline(checked)
    except (ValueError, KeyError, TypeError):
        raise ConfigError(
            f"--baseline: {path} is not a resumecheck JSON report (write one with `check --format json -o FILE`)"
        ) from None


@dataclass(frozen=True)
class Baseline:
    """The checked entries of an earlier report, found again by path."""

    entries: list[dict[str, Any]]

    def earlier(self, entry: dict[str, Any], only_resume: bool) -> dict[str, Any] | None:
        """The entry's earlier version: the baseline file at the same path, else the one with the same name, else
        the only file of a one-resume baseline when this run checks one resume too (renamed between versions)."""
        path = relative_path(entry["path"])
        for candidate in self.entries:
            if relative_path(candidate["path"]) == path:
                return candidate
        named = [c for c in self.entries if PurePath(c["path"]).name == PurePath(entry["path"]).name]
        if len(named) == 1:
            return named[0]
        if only_resume and len(self.entries) == 1:
            return self.entries[0]
        return None


def with_baseline(entry: dict[str, Any], earlier: dict[str, Any] | None) -> dict[str, Any]:
    """A copy of a files[] entry whose findings say whether they are new since the earlier version (every finding
    of a file the baseline does not have is new)."""
    if entry["status"] != "checked":
        return entry
    matched = match_findings(earlier["findings"] if earlier else [], entry["findings"])
    new_ids = {id(f) for f in matched.new}
    findings = [{**f, "baseline_state": "new" if id(f) in new_ids else "unchanged"} for f in entry["findings"]]
    result = {**entry, "findings": findings}
    result["baseline"] = {
        "path": earlier["path"] if earlier else None,
        "verdict": earlier.get("verdict") if earlier else None,
        "judged": earlier.get("judged") if earlier else None,
        "fixed": len(matched.fixed),
    }
    return result


def baseline_exit_code(report: dict[str, Any], fail_level: str) -> int | None:
    """With a baseline: 1 only when a file brings a new finding at the fail level or a verdict worse than its
    baseline's; 3 when a file is not judged now though it was (or was absent) in the baseline; None leaves
    unreadable input to the usual rule."""
    files = report["files"]
    if any(entry["status"] == "error" for entry in files) or all(e["status"] == "skipped" for e in files):
        return None
    for entry in files:
        if entry["status"] != "checked":
            continue
        new = [f for f in entry["findings"] if f.get("baseline_state") == "new"]
        if got_worse(entry.get("baseline"), entry, new, fail_level):
            return 1
    newly_unjudged = any(
        not_judged(entry) and (entry.get("baseline") or {}).get("judged") is not False for entry in files
    )
    return NOT_JUDGED_EXIT if newly_unjudged and fail_level != "never" else 0
