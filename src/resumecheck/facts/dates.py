"""Find date ranges in resume lines and normalise them to YYYY-MM, YYYY or present."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import lexicon


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """The date lexicon's word lists, longest first (so "Juni" is tried before "Jun")."""
    table = lexicon("dates")
    lists = {key: [str(word).casefold() for word in table[key]] for key in ("present", "since", "to", "between")}
    lists["months"] = [str(word).casefold() for forms in table["months"].values() for word in forms]
    return {key: tuple(sorted(set(words), key=len, reverse=True)) for key, words in lists.items()}


def _alternatives(key: str) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _words()[key])


_MONTHS = {str(word).casefold(): int(month) for month, forms in lexicon("dates")["months"].items() for word in forms}
_MONTH = rf"(?:{_alternatives('months')})\.?(?![^\W\d_])"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# A year; Word for Mac sometimes kerns "2024" into "20 24", which is read as one year only right before a range dash.
_YEAR = r"(?:19\d\d|20[0-4]\d|(?<![\d.,])20 [0-4]\d(?=\s*[-–]))"
_SHORT_YEAR = r"['’‘]\s?\d{2}"
_PRESENT = rf"(?:{_alternatives('present')})(?![^\W\d_])"
PRESENT_WORD = re.compile(rf"{_PRESENT}\.?", re.I)  # a present word alone ("Actualmente" atop a stacked range)
_DATE = (
    rf"(?:(?P<DD>0?[1-9]|[12]\d|3[01])\.\s?(?P<DM>0?[1-9]|1[0-2])\.\s?(?P<DY>{_YEAR})"  # 01.10.2018 (day first)
    # 01/10/2018, 05/15/2019
    rf"|(?P<SD>0?[1-9]|[12]\d|3[01])(?P<SS>[/-])(?P<SM>0?[1-9]|1[0-2]|1[3-9]|2\d|3[01])(?P=SS)(?P<SY>{_YEAR})"
    # Jan 2019, 1. Oktober 2018, enero de 2019, Jun '18, Nov’13, July-2015
    rf"|(?:(?:0?[1-9]|[12]\d|3[01])(?:\.|er)?\s)?(?P<M>{_MONTH})"
    rf"(?:\s*,?\s*|-|\s+(?:{_alternatives('between')})\s+)(?P<MY>{_YEAR}|{_SHORT_YEAR})"
    rf"|(?P<YY>{_YEAR})\s+(?P<YM>{_MONTH})(?![\w])(?!\s*,?\s*(?:19|20)\d\d)"  # 2023 jan. (year first, European)
    rf"|(?P<NM>0?[1-9]|1[0-2])\s*[/.]\s*(?P<NY>{_YEAR})"  # 03/2020
    rf"|(?P<IY>{_YEAR})\s*[-/.]\s*(?P<IM>0[1-9]|1[0-2])(?![\d])(?:[-/.]\d{{1,2}})?"  # 2020-03, 2020-03-01
    rf"|(?P<CY>{_YEAR})\s*年\s*(?P<CM>\d{{1,2}})\s*月"  # 2015 年 3 月
    rf"|(?:{_SEASON}\s+)?(?P<Y>{_YEAR}))"
)


def _prefixed(prefix: str) -> str:
    """The date pattern with its group names prefixed, to use it twice in one pattern."""
    return _DATE.replace("?P<", f"?P<{prefix}").replace("?P=", f"?P={prefix}")


_SEPARATOR = rf"\s*(?:[-–—~―‐]+|\b(?:{_alternatives('to')})(?![^\W\d_])|\band\b|&)\s*"
_RANGE = re.compile(
    rf"(?<![\w/.])(?<![\w/.]-)(?P<start>{_prefixed('s')})"  # not inside 2019-2020; after ":-" yes
    rf"(?:{_SEPARATOR}(?:(?P<end>{_prefixed('e')})|(?P<present>{_PRESENT})))?(?![\w/])",
    re.I,
)
_SINCE = re.compile(rf"\b(?:{_alternatives('since')})\s+(?P<start>{_prefixed('s')})", re.I)
# "May-August 2014", "Feb to May 2016": two months that share the year printed after the second.
_MONTH_PAIR = re.compile(
    rf"(?<![\w])(?P<m1>{_MONTH})(?:\s*[-–—‐]\s*|\s+(?:{_alternatives('to')})\s+)(?P<m2>{_MONTH})\s*,?\s*(?P<y>{_YEAR})(?![\w])",
    re.I,
)
# "2016 | 2018", "2001 / 2002": two full years with a bar or slash between them, the second later, a span of years
# (a bar between a year and anything else is a field separator, and "2019/2020" an academic year, a span too).
_BAR_RANGE = re.compile(rf"(?<![\w/.|-])(?P<a>{_YEAR})\s*[|/]\s*(?P<b>{_YEAR})(?![\w/.-])")
MAX_BAR_SPAN = 10  # years: a longer "1990 | 2010" is two separate dates, not one role
# "2023.24", "2018-22": an academic or short range whose end gives two digits that come after the start's.
_SHORT_RANGE = re.compile(rf"(?<![\w/.-])(?P<y>{_YEAR})\s*(?P<sep>[-–.]|/)\s*(?P<yy>\d{{2}})(?![\w.]|-\d|/\d)")
# "11/20 to present", "05/19 - 11/20": month and two-digit year, read only as a range (alone, "10/17" is as often a
# score or a day and month), its end not before its start.
_NUMERIC_SHORT = r"(?:0?[1-9]|1[0-2])/\d{2}"
_SHORT_NUMERIC_RANGE = re.compile(
    rf"(?<![\w/.])(?P<s>{_NUMERIC_SHORT}){_SEPARATOR}(?:(?P<e>{_NUMERIC_SHORT})|(?P<present>{_PRESENT}))(?![\w/])",
    re.I,
)
# "2019-", "2024 –" or "October 2013 -" with nothing after the dash (but the sentence's full stop or a closing
# bracket: an academic CV's "Assistant Professor, 2026-."): an open range, still going.
_OPEN_END = re.compile(rf"(?<![\w/.-])(?:(?P<m>{_MONTH})\s*,?\s*)?(?P<y>{_YEAR})\s*[-–—‐](?=\s*[.)\]]?\s*$)", re.I)
# "May 2017 - …", "2016 - ...": a dash then an ellipsis is an open range anywhere on the line (a date gutter puts
# the entry's text after it).
_ELLIPSIS_END = re.compile(rf"(?<![\w/.-])(?:(?P<m>{_MONTH})\s*,?\s*)?(?P<y>{_YEAR})\s*[-–—‐]\s*(?:…|\.{{3}})", re.I)


@dataclass(frozen=True)
class DateRange:
    """A start and end as printed and normalised; end is None for a single date."""

    start: str
    end: str | None
    text: str
    begin: int
    finish: int

    @property
    def is_range(self) -> bool:
        return self.end is not None


def find_dates(text: str) -> list[DateRange]:
    """Every date or date range in a line, left to right."""
    found: list[DateRange] = []
    for match in _RANGE.finditer(text):
        start = _normalize(match, "s")
        if start is None:
            continue
        end: str | None = None
        if match.group("present"):
            end = "present"
        elif match.group("end"):
            end = _normalize(match, "e")
        separator = text[match.end("start") : match.start("end")] if match.group("end") else ""
        if end and re.fullmatch(r"\s*(and|&)\s*", separator, re.I) and not (start.isdigit() and end.isdigit()):
            end = None  # "May 2019 and June 2020" lists two dates; only bare years join with "and"
        found.append(DateRange(start, end, match.group(0).strip(), match.start(), match.end()))
    for match in _SINCE.finditer(text):
        start = _normalize(match, "s")
        if start and not any(d.begin <= match.start("start") < d.finish and d.is_range for d in found):
            found = [d for d in found if not d.begin <= match.start("start") < d.finish]
            found.append(DateRange(start, "present", match.group(0), match.start(), match.end()))
    found = _special_forms(text, found)
    return sorted(found, key=lambda d: d.begin)


def _special_forms(text: str, found: list[DateRange]) -> list[DateRange]:
    """Month pairs sharing a year, two-digit range ends and open ranges, which replace what they overlap."""
    extra: list[DateRange] = []
    for match in _MONTH_PAIR.finditer(text):
        year = _clean_year(match.group("y"))
        start, end = (f"{year}-{_month(match.group(k)):02d}" for k in ("m1", "m2"))
        extra.append(DateRange(start, end, match.group(0), match.start(), match.end()))
    for match in _SHORT_RANGE.finditer(text):
        year, short = _clean_year(match.group("y")), int(match.group("yy"))
        after = short - int(year[2:])
        # "2020-03" and "2020/11" are months; a dot ("2023.24") or an end past December is a span of years.
        if 0 < after <= 10 and (match.group("sep") == "." or short > 12):
            extra.append(DateRange(year, f"{year[:2]}{short:02d}", match.group(0), match.start(), match.end()))
    for match in _SHORT_NUMERIC_RANGE.finditer(text):
        start = _month_short_year(match.group("s"))
        end = "present" if match.group("present") else _month_short_year(match.group("e"))
        if end == "present" or end >= start:
            extra.append(DateRange(start, end, match.group(0), match.start(), match.end()))
    for match in _BAR_RANGE.finditer(text):
        first, second = (_clean_year(match.group(k)) for k in ("a", "b"))
        if 0 < int(second) - int(first) <= MAX_BAR_SPAN:
            extra.append(DateRange(first, second, match.group(0), match.start(), match.end()))
    for open_end in [_OPEN_END.search(text.rstrip()), *_ELLIPSIS_END.finditer(text)]:
        if open_end is None:
            continue
        year = _clean_year(open_end.group("y"))
        month = _month(open_end.group("m")) if open_end.group("m") else 0
        start = f"{year}-{month:02d}" if month else year
        extra.append(DateRange(start, "present", open_end.group(0), open_end.start(), open_end.end()))
    for date in extra:
        found = [d for d in found if d.finish <= date.begin or d.begin >= date.finish]
    return found + extra


def _month_short_year(text: str) -> str:
    """ "11/20" as 2020-11 (a two-digit year under 50 is this century's)."""
    month, year = (int(part) for part in text.split("/"))
    return f"{2000 + year if year < 50 else 1900 + year}-{month:02d}"


def _clean_year(text: str) -> str:
    return text.replace(" ", "")


def _month(text: str) -> int:
    """The number of a month as written ("Okt.", "février", "Sept"); 0 when it is none."""
    word = text.casefold().rstrip(".")
    return _MONTHS.get(word) or _MONTHS.get(word[:3], 0)


def _normalize(match: re.Match[str], prefix: str) -> str | None:
    group = match.group
    if group(f"{prefix}DD"):
        return f"{group(f'{prefix}DY')}-{int(group(f'{prefix}DM')):02d}"
    if group(f"{prefix}SD"):
        # Day first ("01/10/2018") unless the second number cannot be a month ("05/15/2019", as the US writes).
        first, second = int(group(f"{prefix}SD")), int(group(f"{prefix}SM"))
        month = second if second <= 12 else first
        return f"{group(f'{prefix}SY')}-{month:02d}" if month <= 12 else None
    if group(f"{prefix}M"):
        month = _month(group(f"{prefix}M"))
        return f"{_clean_year(_year(group(f'{prefix}MY')))}-{month:02d}" if month else None
    if group(f"{prefix}NM"):
        return f"{group(f'{prefix}NY')}-{int(group(f'{prefix}NM')):02d}"
    if group(f"{prefix}IY"):
        return f"{group(f'{prefix}IY')}-{group(f'{prefix}IM')}"
    if group(f"{prefix}YY"):
        return f"{_clean_year(group(f'{prefix}YY'))}-{_month(group(f'{prefix}YM')):02d}"
    if group(f"{prefix}CY"):
        month = int(group(f"{prefix}CM"))
        return f"{group(f'{prefix}CY')}-{month:02d}" if 1 <= month <= 12 else group(f"{prefix}CY")
    if group(f"{prefix}Y"):
        return _clean_year(group(f"{prefix}Y"))
    return None


def _year(text: str) -> str:
    if text[0] in "'’‘":
        short = int(text[1:].strip())
        return f"{2000 + short if short < 50 else 1900 + short}"
    return text
