"""Run a rule on its own examples: a bad example must fire it, a good one must not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..facts import extract_facts
from ..findings import Finding
from ..nlp import Pipeline
from ..parsers import parse_bytes
from ..resources import rules_dir
from .context import Settings
from .evaluate import evaluate
from .rule import Rule

# A one-line example is placed as the first bullet of this otherwise clean resume.
TEMPLATE = """# Alex Morgan

Financial Analyst

alex.morgan@example.com | (555) 201-3344 | Denver, CO

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


def example_root() -> Path:
    """Where `file:` examples are resolved: the folder that holds rules/ (the source checkout)."""
    return rules_dir().parent


def run_example(rule: Rule, example: Any, pipeline: Pipeline, settings: Settings | None = None) -> list[Finding]:
    """The findings of this rule on one example (for a one-line example, only those on that line)."""
    if isinstance(example, dict) and "job" in example:
        from ..job import read_job

        settings = Settings(dictionary=settings.dictionary if settings else frozenset(),
                            job=read_job(example_root() / example["job"]), today=settings.today if settings else None)
        example = {key: value for key, value in example.items() if key != "job"}
        if "markdown" in example:
            example = example["markdown"]
    if isinstance(example, dict) and "file" in example:
        path = example_root() / example["file"]
        data, name, line_text = path.read_bytes(), path.name, None
    elif isinstance(example, str) and "\n" not in example.strip():
        data, name, line_text = TEMPLATE.format(example=example.strip()).encode(), "alex_morgan.md", example.strip()
    elif isinstance(example, str):
        data, name, line_text = example.encode(), "alex_morgan.md", None
    else:
        raise ValueError(f"{rule.path}: an example must be a string or {{file: PATH}}, not {example!r}")
    facts = extract_facts(parse_bytes(data, name))
    facts.document.path = name
    if settings is not None and settings.job is not None:
        from ..job.match import match_job

        facts.job_match = match_job(facts, settings.job)
    if rule.params.get("lexicon") and rule.params.get("check") != "personal_info":
        pipeline.require({str(rule.params["lexicon"])})
    findings = evaluate(facts, [rule], pipeline, settings).findings
    if line_text is None:
        return findings
    numbers = {line.number for line in facts.document.lines if line.text == line_text}
    return [f for f in findings if f.location.line in numbers]
