"""Date arithmetic over positions: months, overlaps, gaps and years of experience."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .dates import find_dates
from .positions import Position

Month = int  # months since year 0: year * 12 + (month - 1)


def today_month(today: tuple[int, int] | None = None) -> Month:
    """The current month (or a fixed one, for reproducible tests)."""
    year, month = today or (dt.date.today().year, dt.date.today().month)
    return year * 12 + month - 1


def to_month(value: str | None, *, end: bool, today: tuple[int, int] | None = None) -> Month | None:
    """'2019-03' -> month; a bare year is January as a start and December as an end (never invents a gap)."""
    if value is None:
        return None
    if value == "present":
        return today_month(today)
    year, _, month = value.partition("-")
    if not year.isdigit():
        return None
    return int(year) * 12 + (int(month) - 1 if month else (11 if end else 0))


def intervals(positions: list[Position], today: tuple[int, int] | None = None) -> list[tuple[Month, Month]]:
    """Each dated position as (start, end) months, skipping undated or reversed ones."""
    spans = []
    for position in positions:
        start = to_month(position.start, end=False, today=today)
        end = to_month(position.end or position.start, end=True, today=today)
        if start is not None and end is not None and start <= end and start <= today_month(today):
            spans.append((start, end))
    return spans


def date_spans(
    texts: Iterable[str], today: tuple[int, int] | None = None, *, singles: bool = True
) -> list[tuple[Month, Month]]:
    """Every date in these texts as (start, end) months; a lone date spans its own month (or year) unless
    `singles` is false. Reversed ranges are kept: callers decide what they mean."""
    spans = []
    for text in texts:
        for date in find_dates(text):
            if not (date.is_range or singles):
                continue
            start = to_month(date.start, end=False, today=today)
            end = to_month(date.end or date.start, end=True, today=today)
            if start is not None and end is not None:
                spans.append((start, end))
    return spans


def merged(spans: list[tuple[Month, Month]]) -> list[tuple[Month, Month]]:
    """Union of intervals, so overlapping roles are not counted twice."""
    result: list[tuple[Month, Month]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1] + 1:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def years_of_experience(positions: list[Position], today: tuple[int, int] | None = None) -> float | None:
    """Total years covered by dated positions, overlaps counted once."""
    spans = merged(intervals(positions, today))
    if not spans:
        return None
    return round(sum(end - start + 1 for start, end in spans) / 12, 1)


def month_label(month: Month) -> str:
    return f"{month // 12}-{month % 12 + 1:02d}"
