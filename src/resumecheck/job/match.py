"""Match a resume's facts against a job: terms found and where, years, degree and title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..facts.sections import header_block
from ..facts.timeline import years_of_experience
from . import DEGREE_ORDER, Job, degree_level
from .terms import Term, find_term

if TYPE_CHECKING:
    from ..facts import Facts

_TITLE_STOP = frozenset("a an and of the for to in at senior junior sr jr lead staff principal i ii iii iv".split())


@dataclass
class TermMatch:
    term: Term
    where: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.where)

    def to_dict(self) -> dict[str, Any]:
        return {"term": self.term.name, "found": self.found, "where": self.where}


@dataclass
class JobMatch:
    """The `job` object of the report's facts."""

    job: Job
    required: list[TermMatch]
    preferred: list[TermMatch]
    years_found: float | None
    degree_found: str | None
    title_found: bool

    @property
    def match_rate(self) -> float:
        return sum(m.found for m in self.required) / len(self.required) if self.required else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.job.title,
            "company": self.job.company,
            "location": self.job.location,
            "title_found": self.title_found,
            "match_rate": round(self.match_rate, 3),
            "preferred_match_rate": round(sum(m.found for m in self.preferred) / len(self.preferred), 3)
            if self.preferred
            else None,
            "required": [m.to_dict() for m in self.required],
            "preferred": [m.to_dict() for m in self.preferred],
            "soft_skills": [term.name for term in self.job.soft],
            "years_required": self.job.years,
            "years_found": self.years_found,
            "degree_required": self.job.degree,
            "degree_found": self.degree_found,
            "degree_alternative": self.job.degree_alternative,
        }


def match_job(facts: Facts, job: Job) -> JobMatch:
    """Where each of the job's terms appears in the resume (by section), and the years, degree and title."""
    sections: list[tuple[str, str]] = []
    for section in facts.sections:
        sections.append((section.name, " ".join(line.text for line in (section.heading, *section.lines))))
    top = [line.text for line in header_block(facts.document.body_lines, facts.sections)]
    sections.append(("summary", " ".join(top)))

    def where(term: Term) -> list[str]:
        return sorted({name for name, text in sections if find_term(term, text)})

    required = [TermMatch(term, where(term)) for term in job.required]
    preferred = [TermMatch(term, where(term)) for term in job.preferred]
    _satisfy_alternatives(required + preferred, job.alternatives)
    education = " ".join(text for name, text in sections if name in ("education", "certifications"))
    degree = degree_level(education) or None
    return JobMatch(
        job=job,
        required=required,
        preferred=preferred,
        years_found=years_of_experience(facts.positions),
        degree_found=degree,
        title_found=_title_found(job.role or job.title, top, [p.title or "" for p in facts.positions[:2]]),
    )


def _satisfy_alternatives(matches: list[TermMatch], groups: list[set[str]]) -> None:
    """When a job says 'X or Y', showing one of them satisfies the other."""
    by_name = {m.term.name: m for m in matches}
    for group in groups:
        shown = [by_name[name] for name in group if name in by_name and by_name[name].found]
        if not shown:
            continue
        for name in group:
            if name in by_name and not by_name[name].found:
                by_name[name].where = [f"via {shown[0].term.name}"]


def _title_found(title: str | None, top: list[str], recent_titles: list[str]) -> bool:
    if not title:
        return True
    wanted = {w for w in re.findall(r"[a-z+#]+", title.casefold()) if w not in _TITLE_STOP}
    for text in top + recent_titles:
        have = set(re.findall(r"[a-z+#]+", text.casefold()))
        if wanted and wanted <= {w.rstrip("s") for w in have} | have:
            return True
    return False


def degree_meets(found: str | None, required: str | None) -> bool:
    if required is None:
        return True
    return found is not None and DEGREE_ORDER.index(found) >= DEGREE_ORDER.index(required)
