"""fit, against a job description: keywords, years, degree and title (silent without --job)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..job.match import degree_meets
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding


@rule_function("keyword_coverage")
def keyword_coverage(rule: Rule, context: Context, *, min_rate: float = 0.7) -> Iterator[Finding]:
    """Too few of the job's required terms appear; lists the missing ones, most important (earliest) first."""
    match = context.job_match
    if match is None or not match.required:
        return
    if match.match_rate < min_rate:
        missing = [m.term.name for m in match.required if not m.found]
        yield context.finding(
            rule,
            None,
            missing=", ".join(missing),  # the job's words, missing from the resume: named, never quoted
            rate=f"{match.match_rate:.0%}",
            found=sum(m.found for m in match.required),
            total=len(match.required),
        )


@rule_function("years_experience")
def years_experience(rule: Rule, context: Context) -> Iterator[Finding]:
    """Fewer years of experience than the job requires (overlapping roles counted once)."""
    match = context.job_match
    if match is None or match.job.years is None or match.years_found is None:
        return
    if match.years_found < match.job.years:
        yield context.finding(rule, None, required=f"{match.job.years:g}", found=f"{match.years_found:g}")


@rule_function("education_requirement")
def education_requirement(rule: Rule, context: Context) -> Iterator[Finding]:
    """The required degree is not shown (unless the job accepts equivalent experience)."""
    match = context.job_match
    if match is None or match.job.degree is None or match.job.degree_alternative:
        return
    if not degree_meets(match.degree_found, match.job.degree):
        yield context.finding(
            rule,
            None,
            required=match.job.degree,
            found=match.degree_found or "no degree",
        )


@rule_function("title_match")
def title_match(rule: Rule, context: Context) -> Iterator[Finding]:
    """The job's title is not echoed in the headline or a recent title."""
    match = context.job_match
    if match is None or not match.job.title or match.title_found:
        return
    anchor = context.facts.contact.name_line
    yield context.finding(rule, anchor, title=match.job.title)  # the job's words, not the resume's
