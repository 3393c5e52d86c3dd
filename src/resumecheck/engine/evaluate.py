"""Run the rules over one resume and score the five questions."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

from ..facts import Facts, unjudged_reason
from ..findings import QUESTIONS, Finding, level_rank
from ..nlp import Pipeline
from .analyses import Analyses
from .context import Context, Settings
from .kinds import KINDS
from .languages import LANGUAGE_NAMES, ReportWords, report_words, skip_reason, translations
from .rule import Rule

PENALTY = {"error": 30, "warning": 10, "suggestion": 3}  # per finding
RULE_CAP = {"error": 60, "warning": 20, "suggestion": 6}  # per rule, so one noisy rule cannot sink a question
PASS_SCORE = 70
CONTENT_QUESTIONS = ("target", "fit", "proof", "clean")  # judged on the words; skim is judged on the layout


@dataclass
class Evaluation:
    """Findings, the five scored questions, the verdict, and notes (e.g. a non-English resume). A resume whose
    words could not be judged is not `judged` and has no verdict (None) unless what was judged fails."""

    findings: list[Finding]
    questions: list[dict[str, Any]]
    verdict: str | None
    notes: list[str]
    judged: bool = True
    verdict_reason: str | None = None
    language: str = "en"  # the language of the messages, titles and notes


def evaluate(
    facts: Facts, analyses: Analyses, rules: list[Rule], pipeline: Pipeline, settings: Settings | None = None
) -> Evaluation:
    """Evaluate every enabled rule. On a resume whose words cannot be judged (a language the rules do not know,
    or no readable text) the content questions are not checked, with one note saying why; only the layout is
    judged. In German, French or Spanish, a rule that cannot be right in that language is skipped, and one note
    names each with its reason."""
    context = Context(facts=facts, analyses=analyses, pipeline=pipeline, settings=settings or Settings())
    unchecked = _unjudgeable(facts)
    notes = [unchecked[CONTENT_QUESTIONS[0]]] if unchecked else []
    findings: list[Finding] = []
    skipped: list[str] = []  # rules not for this language, each with its reason
    not_for: list[Rule] = []  # rules not for this kind of candidate (skip_for)
    for rule in rules:
        if not rule.enabled or rule.question in unchecked or (unchecked and not rule.language_independent):
            continue
        reason = (
            None
            if unchecked or rule.language_independent
            else skip_reason(rule.id, context.language, context.message_language)
        )
        if reason is not None:
            skipped.append(f"{rule.id} ({reason})")
            continue
        if rule.needs_job and context.settings.job is None:
            continue
        if context.profile in rule.skip_for:
            not_for.append(rule)
            continue
        try:
            findings.extend(run_rule(rule, context))
        except Exception as exc:  # one broken rule must not cost the file its other findings
            notes.append(
                f"internal: rule {rule.id} failed on this file ({type(exc).__name__}: {exc}) and was "
                "skipped; please report it"
            )
    words = report_words(context.message_language)
    if skipped:
        name = LANGUAGE_NAMES[context.language]
        notes.append(words.text("skipped-rules", name=name, rules="; ".join(skipped)))
    if not_for:
        notes.append(_skipped_note(context.profile, not_for, words))
    findings.sort(key=lambda f: (QUESTIONS.index(f.question), -level_rank(f.level), f.location.line or 0))
    questions = score(findings, unchecked, words)
    judged = [q for q in questions if q["verdict"] != "not_checked"]
    verdict: str | None = "pass" if all(q["verdict"] == "pass" for q in judged) else "fail"
    if unchecked and verdict == "pass":
        verdict = None  # the layout passing says nothing of the words: a pass here would turn CI green unread
    reason = unchecked[CONTENT_QUESTIONS[0]] if unchecked else None
    return Evaluation(
        findings=findings,
        questions=questions,
        verdict=verdict,
        notes=notes,
        judged=not unchecked,
        verdict_reason=reason,
        language=context.message_language,
    )


def _skipped_note(profile: str, skipped: list[Rule], words: ReportWords) -> str:
    """One note naming the rules not applied to this kind of candidate, each with its reason, in `words`' language
    (a reason the messages do not translate stays the rule's own)."""
    reasons = "; ".join(f"{rule.id}: {_translated_skip_for(rule, profile, words.language)}" for rule in skipped)
    return words.text(f"read-as-{profile}", rules=reasons)


def _translated_skip_for(rule: Rule, profile: str, language: str) -> str:
    entry = translations(language).get(rule.id) if language != "en" else None
    return (entry.skip_for.get(profile) if entry else None) or rule.skip_for[profile]


def _unjudgeable(facts: Facts) -> dict[str, str]:
    """The content questions that cannot be judged on this file, with the reason."""
    reason = unjudged_reason(facts)
    return dict.fromkeys(CONTENT_QUESTIONS, reason) if reason else {}


def run_rule(rule: Rule, context: Context) -> list[Finding]:
    """One rule's findings, at most its max_findings (Vale's Limit: the cap lives here, not in each rule)."""
    return list(islice(KINDS[rule.kind].run(rule, context, **rule.params), rule.max_findings))


def score(
    findings: list[Finding], unchecked: dict[str, str] | None = None, words: ReportWords | None = None
) -> list[dict[str, Any]]:
    """Each question: 100 minus capped penalties; pass with no error and a score of at least 70. A question
    that could not be judged is `not_checked` with its reason and no score. Titles and reasons are in the
    findings' language (`words`; English without)."""
    words = words or ReportWords()
    questions: list[dict[str, Any]] = []
    for question in QUESTIONS:
        if unchecked and question in unchecked:
            questions.append(
                {
                    "id": question,
                    "title": words.question(question),
                    "verdict": "not_checked",
                    "score": None,
                    "reason": unchecked[question],
                    "counts": {"error": 0, "warning": 0, "suggestion": 0},
                }
            )
            continue
        mine = [f for f in findings if f.question == question]
        per_rule: dict[str, int] = {}
        for finding in mine:
            per_rule[finding.rule] = min(
                per_rule.get(finding.rule, 0) + PENALTY[finding.level], RULE_CAP[finding.level]
            )
        value = max(0, 100 - sum(per_rule.values()))
        error = next((f for f in mine if f.level == "error"), None)
        passed = value >= PASS_SCORE and error is None
        reason = None
        if not passed:
            reason = error.message if error is not None else words.text("points", points=100 - value, limit=PASS_SCORE)
        questions.append(
            {
                "id": question,
                "title": words.question(question),
                "verdict": "pass" if passed else "fail",
                "score": value,
                "reason": reason,
                "counts": {
                    level: sum(1 for f in mine if f.level == level) for level in ("error", "warning", "suggestion")
                },
            }
        )
    return questions
