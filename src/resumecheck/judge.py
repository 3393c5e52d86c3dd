"""Judge read files: the analyses, the rules and the score, with one rule set and one spaCy pipeline."""

from __future__ import annotations

import copy
import gc
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import Config
from .engine.analyses import analyze
from .engine.catalogue import load_catalogue
from .engine.context import Settings
from .engine.evaluate import evaluate
from .engine.languages import report_words
from .engine.priorities import priorities
from .errors import ConfigError, FileError
from .facts import Facts
from .findings import Finding, level_rank
from .job import Job
from .job.match import JobMatch
from .market import Market, market_for
from .nlp import Pipeline
from .reader import ReadResult, read_data, read_path
from .spelling import Spelling


@dataclass(frozen=True)
class FileResult:
    """The outcome for one input file: its facts and judgement when it was read, else a coded error."""

    path: str
    facts: Facts | None = None
    error: FileError | None = None
    job: JobMatch | None = None
    profile: str | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    verdict: str | None = None
    judged: bool = True
    verdict_reason: str | None = None
    notes: list[str] = field(default_factory=list)
    priorities: list[dict[str, Any]] = field(default_factory=list)
    market: Market | None = None
    messages_language: str | None = None  # the language of the findings, titles and notes

    @property
    def status(self) -> str:
        return "error" if self.error else "checked"

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The `files[]` entry of the JSON report (with the extracted lines for the HTML report)."""
        facts = None
        if self.facts is not None:
            facts = {**self.facts.to_dict(), "job": self.job.to_dict() if self.job is not None else None}
        entry = {
            "path": self.path,
            "status": self.status,
            "error": {"code": self.error.code, "message": self.error.message} if self.error else None,
            "facts": facts,
            "questions": self.questions,
            "findings": [finding.to_dict() for finding in self.findings],
            "verdict": self.verdict,
            "judged": self.judged if self.error is None else None,
            "verdict_reason": self.verdict_reason,
            "priorities": self.priorities,
            "profile": self.profile,
            "notes": self.notes,
            "market": self.market.to_dict() if self.market is not None else None,
            "messages_language": self.messages_language,
        }
        if include_text and self.facts is not None:
            entry["text"] = self.facts.text_view()
        return entry


class Judge:
    """Judges files with one set of rules and one spaCy pipeline, both loaded once per process."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.rules = load_catalogue(self.config.rule_paths, self.config.rules, self.config.source)
        job = None
        if self.config.job is not None:
            from .job import read_job

            try:
                job = read_job(self.config.job)
            except FileError as exc:
                raise ConfigError(f"job description: {exc.message}") from None
        self.settings = Settings(
            dictionary=frozenset(self.config.dictionary),
            job=job,
            today=self.config.today,
            market=self.config.market,
            lang=self.config.lang,
        )
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from .nlp import load_pipeline

            self._pipeline = load_pipeline(self.config.nlp)
            self._pipeline.require(self._lexicons_needed())
        return self._pipeline

    def _lexicons_needed(self) -> set[str]:
        """The lexicon matchers the enabled rules read from the spaCy docs."""
        needed = {str(rule.params["lexicon"]) for rule in self.rules if rule.enabled and rule.params.get("lexicon")}
        if self.settings.job is not None:
            needed.add("skills")
        return needed

    def warm(self) -> None:
        """Load everything a first file would load (the pipeline, the spelling dictionaries, compiled
        matchers and patterns, the parsers' modules) by judging a small built-in resume: processes forked
        afterwards start warm instead of each paying that cost on its first file."""
        from .engine.examples import TEMPLATE
        from .parsers import pdf  # noqa: F401 (imported for its side effect: pdfplumber and pdfminer loaded)
        from .spelling import warm

        warm()
        example = TEMPLATE.format(example="Reduced invoice errors by 30% with a new review checklist")
        self.judge_data(example.encode(), "warm-up.md").to_dict()
        # What was loaded lives as long as the process: the garbage collector's full passes stop walking it
        # (they took 9% of the CPU of judging the benchmark's 30 one- and two-page PDFs in one warm process).
        gc.freeze()

    def with_job(self, job: Job) -> Judge:
        """This judge (its rules and loaded pipeline) matching against another job description."""
        other = copy.copy(self)
        other.settings = replace(self.settings, job=job)
        other.pipeline.require({"skills"})
        return other

    def with_market(self, market: str) -> Judge:
        """This judge (its rules and loaded pipeline) applying another market's norms."""
        other = copy.copy(self)
        other.settings = replace(self.settings, market=market)
        return other

    def judge_path(self, path: Path) -> FileResult:
        """Read, parse and judge one file; never raises."""
        return self.judge(read_path(path, self.config.limits))

    def judge_data(self, data: bytes, filename: str) -> FileResult:
        """Parse and judge a file's bytes; never raises."""
        return self.judge(read_data(data, filename, self.config.limits))

    def judge(self, read: ReadResult, spelling: Spelling | None = None) -> FileResult:
        """Analyse a read file and run the rules over it (a file that could not be read keeps its error)."""
        if read.facts is None:
            return FileResult(path=read.path, error=read.error)
        try:
            analyses = analyze(read.facts, self.pipeline, self.settings.job, spelling, self.settings.today)
            evaluation = evaluate(read.facts, analyses, self.rules, self.pipeline, self.settings)
        except Exception as exc:  # an analysis bug must not cost the user the other files
            error = FileError("internal", f"checking failed ({type(exc).__name__}: {exc}); please report it")
            return FileResult(path=read.path, error=error)
        minimum = level_rank(self.config.min_level)
        shown = [f for f in evaluation.findings if level_rank(f.level) >= minimum]
        return FileResult(
            path=read.path,
            facts=read.facts,
            job=analyses.job,
            profile=analyses.profile,
            questions=evaluation.questions,
            findings=shown,
            verdict=evaluation.verdict,
            judged=evaluation.judged,
            verdict_reason=evaluation.verdict_reason,
            notes=evaluation.notes,
            priorities=priorities(shown, evaluation.questions, report_words(evaluation.language)),
            messages_language=evaluation.language,
            market=market_for(self.settings.market, read.facts.language),
        )
