"""The analysis stage: what is worked out once per resume from its facts, before any rule runs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..facts import Facts
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


def analyze(facts: Facts, pipeline: Pipeline, job: Job | None = None, spelling: Spelling | None = None) -> Analyses:
    """Run every analysis over one resume (spelling verdicts worked out ahead are taken as given)."""
    return Analyses(
        docs=line_docs(facts, pipeline),
        job=match_job(facts, job) if job is not None else None,
        spelling=spelling or Spelling(),
    )


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
