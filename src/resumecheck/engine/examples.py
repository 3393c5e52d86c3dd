"""Run a rule on its own examples: a bad example must fire it, a good one must not.

A rule file has two kinds of example. `examples` are short and inline (sqlfluff's rule test cases are the
model): a string is one line placed as the first bullet of an otherwise clean resume, or, when it holds
line breaks, a whole Markdown resume; a mapping gives that `text` with per-case parameters (`config`) and an
inline job description (`job`), so an example can sit right at a rule's boundary. `files` are whole generated
sample files (`{file: PATH, job: PATH}` or a path), for what Markdown cannot show: columns, fonts, images.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..facts import extract_facts
from ..findings import Finding
from ..job import Job, job_from_bytes
from ..nlp import Pipeline
from ..parsers import parse_bytes
from ..resources import rules_dir
from .analyses import analyze
from .context import Settings
from .evaluate import evaluate
from .rule import Rule

# A one-line example is placed as the first bullet of this otherwise clean resume.
TEMPLATE = """# Alex Morgan

Financial Analyst

alex.morgan@gmail.com | (720) 201-3344 | Denver, CO

## Summary

Financial analyst with six years in retail planning and pricing.

## Experience

### Senior Financial Analyst, Acme Retail | Jan 2021 – Present

- {example}
- Cut the monthly forecast cycle from 9 to 5 days
- Built a pricing model used in 40 stores

### Financial Analyst, Bolt Foods | Jun 2018 – Dec 2020

- Reconciled 2,000 accounts a month with 99% accuracy
- Automated 12 weekly reports in Excel and SQL

## Education

B.S. in Finance, University of Denver, 2014 – 2018

## Skills

Excel, SQL, Tableau, Forecasting
"""
EXAMPLE_NAME = "alex_morgan.md"


@dataclass(frozen=True)
class Example:
    """One example case: the resume's bytes and name, the line it is about (one-line cases), its overrides."""

    data: bytes
    name: str
    line: str | None = None
    config: Mapping[str, Any] = field(default_factory=dict)
    job: Job | None = None

    def shown(self) -> str:
        """The example as `explain` and the rule docs print it."""
        if self.line is not None:
            text = self.line
        elif self.name == EXAMPLE_NAME:
            text = self.data.decode().strip().replace("\n", " / ")
        else:
            text = self.name
        settings = ", ".join(f"{key}={value}" for key, value in self.config.items())
        return text + (f"  (with {settings})" if settings else "") + ("  (with a job description)" if self.job else "")


def example_root() -> Path:
    """Where `files` examples are resolved: the folder that holds rules/ (the source checkout)."""
    return rules_dir().parent


def inline_example(value: Any, where: str) -> Example:
    """An entry of a rule's `examples`: a line, a Markdown resume, or {text, config, job}."""
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict) or not isinstance(value.get("text"), str) or set(value) - {"text", "config", "job"}:
        raise ConfigError(f"{where}: an example is a string or {{text, config, job}}, not {value!r}")
    text = value["text"].strip()
    job = job_from_bytes(value["job"].encode(), "job.md") if isinstance(value.get("job"), str) else None
    config = value.get("config") or {}
    if "\n" in text:
        return Example(data=(text + "\n").encode(), name=EXAMPLE_NAME, config=config, job=job)
    return Example(data=TEMPLATE.format(example=text).encode(), name=EXAMPLE_NAME, line=text, config=config, job=job)


def file_example(value: Any, where: str) -> Example:
    """An entry of a rule's `files`: a path, or {file, job, about} with the job description's path and a few
    words saying what the file shows (`explain` prints them instead of the path)."""
    if isinstance(value, str):
        value = {"file": value}
    if not isinstance(value, dict) or not isinstance(value.get("file"), str) or set(value) - {"file", "job", "about"}:
        raise ConfigError(f"{where}: a file example is a path or {{file, job, about}}, not {value!r}")
    path = example_root() / value["file"]
    job = None
    if value.get("job"):
        job_path = example_root() / value["job"]
        job = job_from_bytes(job_path.read_bytes(), job_path.name, str(job_path))
    return Example(data=path.read_bytes(), name=path.name, job=job)


def file_about(value: Any) -> str | None:
    """What a file example shows, in words, when its entry says so."""
    return str(value["about"]) if isinstance(value, dict) and value.get("about") else None


def run_example(rule: Rule, example: Example, pipeline: Pipeline, settings: Settings | None = None) -> list[Finding]:
    """The findings of this rule on one example (for a one-line example, only those on that line)."""
    settings = settings or Settings()
    if example.job is not None:
        settings = Settings(dictionary=settings.dictionary, job=example.job, today=settings.today)
    if example.config:
        rule = rule.with_overrides(example.config, f"{rule.path}: example")
    facts = extract_facts(parse_bytes(example.data, example.name))
    if rule.params.get("lexicon"):
        pipeline.require({str(rule.params["lexicon"])})
    analyses = analyze(facts, pipeline, settings.job, today=settings.today)
    findings = evaluate(facts, analyses, [rule], pipeline, settings).findings
    if example.line is None:
        return findings
    numbers = {line.number for line in facts.document.lines if line.text == example.line}
    return [f for f in findings if f.location.line in numbers]
