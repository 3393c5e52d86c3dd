"""What to fix first: the few changes that would most improve the verdict, each a rule's findings together."""

from __future__ import annotations

from typing import Any

from ..findings import Finding, level_rank
from .evaluate import PENALTY, RULE_CAP
from .languages import ReportWords

MAX_PRIORITIES = 5  # a client acts on a short list; the full findings follow it
MIN_PRIORITIES = 3  # suggestions fill the list up to three when little else is wrong


def priorities(
    findings: list[Finding], questions: list[dict[str, Any]], words: ReportWords | None = None
) -> list[dict[str, Any]]:
    """One change per rule (six weak openings are one change, with all six findings listed), best first: a change
    in a failing question before one in a passing question, an error before a warning, then the points it wins
    back. Suggestions come in only to make up three. `words`: the findings' language (English without)."""
    failing = {q["id"] for q in questions if q["verdict"] == "fail"}
    changes: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        changes.setdefault(finding.rule, []).append(index)

    def order(rule: str) -> tuple[int, int, int, int]:
        first = findings[changes[rule][0]]
        level = max(level_rank(findings[i].level) for i in changes[rule])
        points = min(sum(PENALTY[findings[i].level] for i in changes[rule]), RULE_CAP[first.level])
        return (first.question not in failing, -level, -points, changes[rule][0])

    ranked = sorted(changes, key=order)
    chosen = [rule for rule in ranked if findings[changes[rule][0]].level != "suggestion"][:MAX_PRIORITIES]
    if len(chosen) < MIN_PRIORITIES:
        chosen += [rule for rule in ranked if rule not in chosen][: MIN_PRIORITIES - len(chosen)]
    return [_entry(rank, findings, changes[rule], words or ReportWords()) for rank, rule in enumerate(chosen, start=1)]


def _entry(rank: int, findings: list[Finding], indexes: list[int], words: ReportWords) -> dict[str, Any]:
    first = findings[indexes[0]]
    level = max((findings[i].level for i in indexes), key=level_rank)
    more = len(indexes) - 1
    message = first.message if not more else words.text("more-like-it", message=first.message, more=more)
    return {
        "rank": rank,
        "rule": first.rule,
        "question": first.question,
        "level": level,
        "message": message,
        "fix": first.suggestion,
        "findings": indexes,
    }
