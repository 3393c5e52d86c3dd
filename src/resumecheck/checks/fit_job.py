"""fit, against a job description: keywords, years, degree and title (silent without --job)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..job.match import degree_meets
from . import check

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding


@check("keyword_coverage", params=("min_rate",))
def keyword_coverage(rule: Rule, context: Context) -> Iterator[Finding]:
    """Too few of the job's required terms appear; lists the missing ones, most important (earliest) first."""
    match = context.facts.job_match
    if match is None or not match.required:
        return
    if match.match_rate < float(rule.params.get("min_rate", 0.7)):
        missing = [m.term.name for m in match.required if not m.found]
        yield context.finding(rule, None, match=", ".join(missing), rate=f"{match.match_rate:.0%}",
                              found=sum(m.found for m in match.required), total=len(match.required))


@check("years_experience")
def years_experience(rule: Rule, context: Context) -> Iterator[Finding]:
    """Fewer years of experience than the job requires (overlapping roles counted once)."""
    match = context.facts.job_match
    if match is None or match.job.years is None or match.years_found is None:
        return
    if match.years_found < match.job.years:
        yield context.finding(rule, None, match=f"{match.years_found:g}", required=f"{match.job.years:g}",
                              found=f"{match.years_found:g}")


@check("education_requirement")
def education_requirement(rule: Rule, context: Context) -> Iterator[Finding]:
    """The required degree is not shown (unless the job accepts equivalent experience)."""
    match = context.facts.job_match
    if match is None or match.job.degree is None or match.job.degree_alternative:
        return
    if not degree_meets(match.degree_found, match.job.degree):
        yield context.finding(rule, None, match=match.degree_found or "none", required=match.job.degree,
                              found=match.degree_found or "no degree")


@check("title_match")
def title_match(rule: Rule, context: Context) -> Iterator[Finding]:
    """The job's title is not echoed in the headline or a recent title."""
    match = context.facts.job_match
    if match is None or not match.job.title or match.title_found:
        return
    anchor = context.facts.contact.name_line
    yield context.finding(rule, anchor, match=match.job.title, title=match.job.title)
