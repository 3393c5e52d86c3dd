"""Measure resumecheck against the hand judgement in ../shared/judged: `python tests/judged_eval.py`.

Prints per-question verdict agreement, the share of error and warning findings that are right, how many of
the judged-false and judged-true findings still fire, and how many listed typos and placeholder resumes are
found. Findings are matched to judged ones by file, rule and quoted text (the message when there is none),
so a finding that moved to another line still counts as the same finding.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT.parent / "shared" / "judged"
CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = (2026, 11)
QUESTIONS = ("target", "fit", "proof", "skim", "clean")


@dataclass
class Measures:
    """The numbers the judgement issue asks for."""

    agreement: dict[str, tuple[int, int]] = field(default_factory=dict)  # question -> (agree, total)
    right: int = 0  # error + warning findings matched to a judged-true one
    wrong: int = 0  # ... matched to a judged-false one
    unjudged: list[str] = field(default_factory=list)  # error + warning findings the judgement never saw
    false_firing: tuple[int, int] = (0, 0)
    true_firing: tuple[int, int] = (0, 0)
    typos: tuple[int, int] = (0, 0)
    typo_misses: list[str] = field(default_factory=list)
    placeholders: tuple[int, int] = (0, 0)
    misses: tuple[int, int] = (0, 0)  # other listed misses now found
    miss_misses: list[str] = field(default_factory=list)
    spelling_false: int = 0
    files: int = 0
    disagreements: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # judged-true findings that no longer fire
    still_false: list[str] = field(default_factory=list)  # judged-false findings that still fire

    def total_agreement(self) -> float:
        agree = sum(a for a, _ in self.agreement.values())
        return agree / max(1, sum(t for _, t in self.agreement.values()))

    def report(self) -> str:
        """The measures as a plain-text table."""
        out = ["per-question verdict agreement:"]
        for question, (agree, total) in self.agreement.items():
            out.append(f"  {question:7s} {agree}/{total} = {agree / max(1, total):.0%}")
        out.append(f"  all     {self.total_agreement():.0%}")
        judged = self.right + self.wrong
        out.append(f"error + warning findings right: {self.right}/{judged} = {self.right / max(1, judged):.0%}"
                   f" ({len(self.unjudged)} not in the judgement)")
        out.append(f"judged-false findings still firing: {self.false_firing[0]}/{self.false_firing[1]}")
        out.append(f"judged-true findings still firing: {self.true_firing[0]}/{self.true_firing[1]}")
        out.append(f"listed typos found: {self.typos[0]}/{self.typos[1]}; spelling findings judged false: "
                   f"{self.spelling_false} on {self.files} resumes")
        out.append(f"resumes with placeholder content caught: {self.placeholders[0]}/{self.placeholders[1]}")
        out.append(f"other listed misses now found: {self.misses[0]}/{self.misses[1]}")
        return "\n".join(out)


# Which rules answer each kind of listed miss; a finding answers it when its quoted text is in the miss's words
# (or, for the kinds in WHOLE, when the rule fires at all: the miss is about the whole resume).
MISS_RULES: dict[str, tuple[str, ...]] = {
    "placeholder-content": ("clean.placeholder-text", "clean.email"),
    "placeholder-garbage": ("clean.placeholder-text",),
    "placeholder-phone": ("clean.phone",),
    "stale-date": ("clean.dates",),
    "length": ("skim.length",),
    "duplicate-partial": ("clean.duplicate-text",),
    "unprofessional-summary": ("target.summary-voice",),
    "bad-link": ("clean.links",),
    "project-bullets": ("proof.action-verbs", "proof.passive-voice"),
    "vacuous-pass": ("proof.quantified-bullets",),
    "truncated-metric": ("clean.grammar",),
    "buzzwords": ("proof.buzzwords",),
    "factual-error": ("clean.credentials",),
    "vague-skills": ("fit.named-skills",),
    "personal-info": ("clean.personal-info",),
}
WHOLE = frozenset({"length", "vacuous-pass", "vague-skills", "duplicate-partial", "unprofessional-summary"})


def _key(finding: dict[str, Any]) -> tuple[str, str]:
    """Rule and quoted text: a document-level finding (nothing quoted) is known by its rule alone."""
    return finding["rule"], (finding.get("match") or "").strip().casefold()


def _rows(name: str) -> list[dict[str, str]]:
    with (JUDGED / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _line(finding: dict[str, Any]) -> int:
    location = finding.get("location") or {}
    return int(location.get("line") or finding.get("line") or 0)


def _pair(entries: dict[str, dict[str, Any]], judged: list[dict[str, Any]]) -> dict[tuple[str, int], int]:
    """Pair our findings with judged ones of the same file, rule and quoted text, nearest line first.

    The same words can be quoted twice ("Data" opening two bullets, one judged right, one wrong): pairing
    by nearest line, each finding once, keeps one firing finding from counting as both.
    """
    candidates: list[tuple[int, str, int, int]] = []
    for index, item in enumerate(judged):
        entry = entries.get(item["file"])
        if entry is None:
            continue
        for position, finding in enumerate(entry["findings"]):
            if _key(finding) == _key(item):
                candidates.append((abs(_line(finding) - _line(item)), item["file"], position, index))
    pairs: dict[tuple[str, int], int] = {}
    used: set[int] = set()
    for _, name, position, index in sorted(candidates):
        if (name, position) not in pairs and index not in used:
            pairs[(name, position)] = index
            used.add(index)
    return pairs


def measure() -> Measures:
    """Run resumecheck over every judged file and compare."""
    from resumecheck import check_file
    from resumecheck.config import Config

    verdicts = _rows("verdicts.tsv")
    judged = json.loads((JUDGED / "findings_judged.json").read_text(encoding="utf-8"))
    misses = _rows("misses.tsv")
    files = sorted({row["file"] for row in verdicts})
    config = Config(today=TODAY)
    entries = {name: check_file(str(CORPUS / name), config) for name in files}
    result = Measures(files=len(files))
    for question in QUESTIONS:
        rows = [row for row in verdicts if row["question"] == question]
        agree = 0
        for row in rows:
            ours = next((q["verdict"] for q in entries[row["file"]]["questions"] if q["id"] == question), None)
            agree += ours == row["recruiter"]
            if ours != row["recruiter"]:
                result.disagreements.append(f"{row['file']} {question}: ours {ours}, judged {row['recruiter']}")
        result.agreement[question] = (agree, len(rows))
    pairs = _pair(entries, judged)
    counts = {"T": [0, 0], "F": [0, 0]}
    for index, item in enumerate(judged):
        counts[item["verdict"]][1] += 1
        if index in pairs.values():
            counts[item["verdict"]][0] += 1
            if item["verdict"] == "F":
                result.still_false.append(f"{item['file']} {item['rule']}: {item['message']} [{item.get('cause', '')}]")
                result.spelling_false += item["rule"] == "clean.spelling"
        elif item["verdict"] == "T":
            result.lost.append(f"{item['file']} {item['rule']}: {item['message']}")
    result.false_firing = (counts["F"][0], counts["F"][1])
    result.true_firing = (counts["T"][0], counts["T"][1])
    for name, entry in entries.items():
        for position, finding in enumerate(entry["findings"]):
            if finding["level"] not in ("error", "warning"):
                continue
            matched = pairs.get((name, position))
            if matched is None:
                result.unjudged.append(f"{name} {finding['rule']} {finding['level']}: {finding['message']}")
            elif judged[matched]["verdict"] == "T":
                result.right += 1
            else:
                result.wrong += 1
    typo_rows = [row for row in misses if row["kind"] == "typo"]
    found = total = 0
    for row in typo_rows:
        phrases = re.findall(r'"([^"]+)"', row["what a recruiter would flag"])
        matches = [(f.get("match") or "").casefold() for f in entries[row["file"]]["findings"]
                   if f["rule"].startswith("clean.")]
        for phrase in phrases:
            total += 1
            hit = any(len(m) >= 3 and m in phrase.casefold() for m in matches)
            found += hit
            if not hit:
                result.typo_misses.append(f"{row['file']}: {phrase}")
    result.typos = (found, total)
    placeholder_files = sorted({row["file"] for row in misses if row["kind"].startswith("placeholder")})
    caught = sum(1 for name in placeholder_files
                 if any(f["rule"] == "clean.placeholder-text" or (f["rule"] in ("clean.phone", "clean.email")
                        and "placeholder" in f["message"].casefold()) for f in entries[name]["findings"]))
    result.placeholders = (caught, len(placeholder_files))
    found = 0
    others = [row for row in misses if row["kind"] != "typo"]
    for row in others:
        rules = MISS_RULES.get(row["kind"], ())
        description = row["what a recruiter would flag"].casefold()
        hit = any(
            f["rule"] in rules and (not f.get("match") or f["match"].casefold()[:40] in description or row["kind"] in WHOLE)
            for f in entries[row["file"]]["findings"]
        )
        found += hit
        if not hit:
            result.miss_misses.append(f"{row['file']} {row['kind']}: {row['what a recruiter would flag'][:100]}")
    result.misses = (found, len(others))
    return result


if __name__ == "__main__":
    import sys

    measures = measure()
    print(measures.report())
    if "-v" in sys.argv:
        print("\ndisagreements:", *measures.disagreements, sep="\n  ")
        print("\nunjudged error/warning findings:", *measures.unjudged, sep="\n  ")
        print("\ntypos missed:", *measures.typo_misses, sep="\n  ")
        print("\nother misses not found:", *measures.miss_misses, sep="\n  ")
        print("\njudged-true findings lost:", *measures.lost, sep="\n  ")
        print("\njudged-false findings still firing:", *measures.still_false, sep="\n  ")
