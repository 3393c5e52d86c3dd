"""The kind of candidate a resume speaks for: student, early-career, experienced or academic."""

from __future__ import annotations

import re
from typing import Literal

from . import Facts
from .timeline import date_spans, today_month, years_of_experience

Profile = Literal["student", "early-career", "experienced", "academic"]
EARLY_CAREER_YEARS = 5  # the usual line for "one page": under five years of dated roles
STUDENT_YEARS = 2  # a student may have internships, not a career
# Headings only an academic CV has (dev corpus: every CV the audit called academic has one beside its degree).
_ACADEMIC_HEADING = re.compile(
    r"\b(publications?|research|teaching|academic (?:experience|appointments|positions)|scientific|conferences?"
    r"|talks|presentations|grants?|funding|fellowships?|supervision|theses)\b",
    re.I,
)


def career_profile(facts: Facts, present: tuple[int, int] | None = None) -> Profile:
    """Academic when publications or research, teaching, talks or grants headings sit beside a doctorate (done
    or under way: an industry resume with a publication and a research job is not an academic CV); a student
    while a degree is still under way (an education date at or after the month the resume was written); else
    by years of dated roles."""
    from ..job import degree_level

    education = [line.text for section in facts.sections if section.name == "education" for line in section.lines]
    publications = any(section.name == "publications" for section in facts.sections)
    academic = any(
        section.name != "education" and _ACADEMIC_HEADING.search(section.heading.text) for section in facts.sections
    )
    doctorate = any(degree_level(text) == "doctorate" for text in education)
    if (publications or academic) and doctorate:
        return "academic"
    years = years_of_experience(facts.positions, present)
    now = today_month(present)
    studying = any(end >= now for _, end in date_spans(education, present))
    if studying and (years or 0) < STUDENT_YEARS:
        return "student"
    return "early-career" if years is None or years < EARLY_CAREER_YEARS else "experienced"
