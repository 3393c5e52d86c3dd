"""The kind of candidate a resume speaks for: student, early-career, experienced or academic."""

from __future__ import annotations

from typing import Literal

from . import Facts
from .timeline import date_spans, today_month, years_of_experience

Profile = Literal["student", "early-career", "experienced", "academic"]
EARLY_CAREER_YEARS = 5  # the usual line for "one page": under five years of dated roles
STUDENT_YEARS = 2  # a student may have internships, not a career


def career_profile(facts: Facts, present: tuple[int, int] | None = None) -> Profile:
    """Academic when publications sit beside a doctorate; a student while a degree is still under way (an
    education date at or after the month the resume was written); else by years of dated roles."""
    from ..job import degree_level

    education = [line.text for section in facts.sections if section.name == "education" for line in section.lines]
    publications = any(section.name == "publications" for section in facts.sections)
    if publications and any(degree_level(text) == "doctorate" for text in education):
        return "academic"
    years = years_of_experience(facts.positions, present)
    now = today_month(present)
    studying = any(end >= now for _, end in date_spans(education, present))
    if studying and (years or 0) < STUDENT_YEARS:
        return "student"
    return "early-career" if years is None or years < EARLY_CAREER_YEARS else "experienced"
