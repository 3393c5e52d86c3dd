"""Named measures for metric rules: each returns a value (or None when it does not apply) and a line to point at."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Line
from .context import Context

Measure = Callable[[Context, Line | None], tuple[float | int | None, Line | None]]
MIN_BULLETS_FOR_SHARE = 3  # a share of fewer bullets says little


def summary_words(context: Context, _: Line | None) -> tuple[int | None, Line | None]:
    """Words in the summary (or profile) section."""
    lines = [line for s in context.facts.sections if s.name == "summary" for line in s.lines]
    return (sum(len(line.words) for line in lines), lines[0]) if lines else (None, None)


def bullet_words(_: Context, line: Line | None) -> tuple[int | None, Line | None]:
    """Words in one bullet."""
    return (len(line.words), line) if line is not None else (None, None)


def quantified_share(context: Context, _: Line | None) -> tuple[float | None, Line | None]:
    """Share of experience bullets that hold a number."""
    bullets = context.facts.bullets
    if len(bullets) < MIN_BULLETS_FOR_SHARE:
        return None, None
    return len(context.facts.quantified) / len(bullets), None


def words(context: Context, _: Line | None) -> tuple[int, Line | None]:
    """Words in the body of the resume."""
    return sum(len(line.words) for line in context.body), None


MEASURES: dict[str, Measure] = {
    "summary_words": summary_words,
    "bullet_words": bullet_words,
    "quantified_share": quantified_share,
    "words": words,
}
