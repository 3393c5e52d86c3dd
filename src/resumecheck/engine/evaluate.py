"""Run the rules over one resume and score the five questions."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

from ..facts import Facts
from ..findings import QUESTION_TITLES, QUESTIONS, Finding, level_rank
from ..nlp import Pipeline
from .analyses import Analyses
from .context import Context, Settings
from .kinds import KINDS
from .rule import Rule

PENALTY = {"error": 30, "warning": 10, "suggestion": 3}  # per finding
RULE_CAP = {"error": 60, "warning": 20, "suggestion": 6}  # per rule, so one noisy rule cannot sink a question
PASS_SCORE = 70


@dataclass
class Evaluation:
    """Findings, the five scored questions, the verdict, and notes (e.g. a non-English resume)."""

    findings: list[Finding]
    questions: list[dict[str, Any]]
    verdict: str
    notes: list[str]


def evaluate(
    facts: Facts, analyses: Analyses, rules: list[Rule], pipeline: Pipeline, settings: Settings | None = None
) -> Evaluation:
    """Evaluate every enabled rule; English-language rules are skipped on a non-English resume."""
    context = Context(facts=facts, analyses=analyses, pipeline=pipeline, settings=settings or Settings())
    notes: list[str] = []
    english = facts.language in (None, "en")
    if not english:
        notes.append(f"This resume is in '{facts.language}', not English: only layout checks were run.")
    findings: list[Finding] = []
    for rule in rules:
        if not rule.enabled or (not english and not rule.language_independent):
            continue
        if rule.needs_job and context.settings.job is None:
            continue
        try:
            findings.extend(run_rule(rule, context))
        except Exception as exc:  # one broken rule must not cost the file its other findings
            notes.append(
                f"internal: rule {rule.id} failed on this file ({type(exc).__name__}: {exc}) and was "
                "skipped; please report it"
            )
    findings.sort(key=lambda f: (QUESTIONS.index(f.question), -level_rank(f.level), f.location.line or 0))
    questions = score(findings)
    verdict = "pass" if all(q["verdict"] == "pass" for q in questions) else "fail"
    return Evaluation(findings=findings, questions=questions, verdict=verdict, notes=notes)


def run_rule(rule: Rule, context: Context) -> list[Finding]:
    """One rule's findings, at most its max_findings (Vale's Limit: the cap lives here, not in each rule)."""
    return list(islice(KINDS[rule.kind].run(rule, context, **rule.params), rule.max_findings))


def score(findings: list[Finding]) -> list[dict[str, Any]]:
    """Each question: 100 minus capped penalties; pass with no error and a score of at least 70."""
    questions = []
    for question in QUESTIONS:
        mine = [f for f in findings if f.question == question]
        per_rule: dict[str, int] = {}
        for finding in mine:
            per_rule[finding.rule] = min(
                per_rule.get(finding.rule, 0) + PENALTY[finding.level], RULE_CAP[finding.level]
            )
        value = max(0, 100 - sum(per_rule.values()))
        has_error = any(f.level == "error" for f in mine)
        questions.append(
            {
                "id": question,
                "title": QUESTION_TITLES[question],
                "verdict": "pass" if value >= PASS_SCORE and not has_error else "fail",
                "score": value,
                "counts": {
                    level: sum(1 for f in mine if f.level == level) for level in ("error", "warning", "suggestion")
                },
            }
        )
    return questions
