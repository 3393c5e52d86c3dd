"""The analysis stage: what is worked out once per resume from its facts, before any rule runs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..facts import Facts
from ..facts.profile import Profile, career_profile
from ..facts.timeline import to_month, today_month
from ..job import Job
from ..job.match import JobMatch, match_job
from ..nlp import Pipeline
from ..spelling import Spelling


@dataclass(frozen=True)
class Analyses:
    """One spaCy doc per line, the match against the job description (with --job), and spelling verdicts."""

    docs: Mapping[int, Any]
    job: JobMatch | None = None
    spelling: Spelling = field(default_factory=Spelling)
    present: tuple[int, int] | None = None  # the month "Present" means: when the file was written, if it says
    profile: Profile = "experienced"


def analyze(
    facts: Facts,
    pipeline: Pipeline,
    job: Job | None = None,
    spelling: Spelling | None = None,
    today: tuple[int, int] | None = None,
) -> Analyses:
    """Run every analysis over one resume (spelling verdicts worked out ahead are taken as given)."""
    present = written_present(facts, today)
    return Analyses(
        docs=line_docs(facts, pipeline),
        job=match_job(facts, job) if job is not None else None,
        spelling=spelling or Spelling(),
        present=present,
        profile=career_profile(facts, present or today),
    )


def written_present(facts: Facts, today: tuple[int, int] | None) -> tuple[int, int] | None:
    """When the file says it was written, if that is before today and after every dated start: a resume
    written in 2015 that says "Jan 2015 – Present" means 2015, not today. None means today."""
    written = facts.document.layout.written
    if written is None:
        return None
    month = written[0] * 12 + written[1] - 1
    starts = [to_month(position.start, end=False) for position in facts.positions]
    if month >= today_month(today) or any(start is not None and start > month for start in starts):
        return None  # metadata from the future, or older than the resume's own dates: not to be trusted
    return written


def line_docs(facts: Facts, pipeline: Pipeline) -> dict[int, Any]:
    """One spaCy doc per line, in batches: the full pipeline (tags, parse) for achievement and summary
    lines, where passive voice, tense and verbs are judged; tokens and lexicon matches for the rest."""
    summary = {line.number for s in facts.sections if s.name in ("summary", "objective") for line in s.lines}
    wanted = {line.number for line in facts.bullets} | summary
    lines = facts.document.lines
    full = [line for line in lines if line.number in wanted]
    light = [line for line in lines if line.number not in wanted]
    docs = dict(zip((line.number for line in full), pipeline.pipe([line.text for line in full]), strict=False))
    docs.update(
        zip((line.number for line in light), pipeline.pipe([line.text for line in light], light=True), strict=False)
    )
    return docs
