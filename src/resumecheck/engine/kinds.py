"""Rule kinds are code: one small class each, in an explicit registry; a kind's parameters are its `run`'s
keyword-only arguments."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..facts.positions import wraps_into
from ..facts.sections import canonical_section
from ..findings import Finding, Location, clip
from ..functions import FUNCTIONS
from ..model import Line
from ..nlp.terms import lexicon_terms
from ..resources import lexicon_names
from .context import Context
from .layout_facts import LAYOUT_FACTS
from .metrics import MEASURES
from .params import Param, declared
from .rule import Rule

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher


class Kind:
    """A rule kind: its parameters (the keyword-only arguments of `run`) and how it turns a context into findings."""

    run: Callable[..., Iterator[Finding]]  # (rule, context, *, parameters...) in each kind

    def declared(self, data: Mapping[str, Any]) -> dict[str, Param]:
        """The parameters a rule of this kind declares (raises ValueError for an unknown measure, fact, ...)."""
        return declared(self.run)

    def validate(self, params: Mapping[str, Any], where: str) -> None:
        """Checks beyond types, made once when the rule loads."""

    def checks(self, data: Mapping[str, Any]) -> tuple[str, ...]:
        """The distinct checks a rule of this kind makes, each with its own fix; () for one check (the rule's fix)."""
        return ()


class Existence(Kind):
    """Fires on each phrase, lexicon term, spaCy token pattern or regular expression found in scope."""

    def run(
        self,
        rule: Rule,
        context: Context,
        *,
        phrases: tuple[str, ...] = (),
        lexicon: str | None = None,
        patterns: tuple[Any, ...] = (),
        regex: tuple[str, ...] = (),
        ignore_case: bool = True,
        at_start: bool = False,
        not_after: tuple[str, ...] = (),
    ) -> Iterator[Finding]:
        flags = re.I if ignore_case else 0
        before = [re.compile(f"(?:{pattern})\\s*$", flags) for pattern in not_after]
        for line in context.lines(rule.scope):
            doc = context.doc(line)
            found = list(_lexicon_spans(context, doc, lexicon)) if lexicon else []
            if phrases:
                found += [
                    (span.start_char, span.text) for span in _phrase_matcher(context, phrases)(doc, as_spans=True)
                ]
            if patterns:
                found += [
                    (span.start_char, span.text) for span in _token_matcher(context, patterns)(doc, as_spans=True)
                ]
            found += [
                (match.start(), match.group(0)) for pattern in regex for match in re.finditer(pattern, line.text, flags)
            ]
            taken: list[tuple[int, int]] = []
            for start, text in sorted(found, key=lambda m: (m[0], -len(m[1]))):
                if at_start and start > AT_START_CHARS:
                    continue
                if any(begin <= start < end for begin, end in taken):
                    continue  # inside a longer match on the same line
                if any(pattern.search(line.text[:start]) for pattern in before):
                    continue  # "a tool that was responsible for": the phrase is about something else
                taken.append((start, start + len(text)))
                yield context.finding(rule, line, match=text)
        if not at_start and (lexicon or phrases):
            terms = (*phrases, *(lexicon_terms(lexicon, context.language) if lexicon else ()))
            yield from _across_wraps(rule, context, _phrase_matcher(context, tuple(terms)), before)

    def validate(self, params: Mapping[str, Any], where: str) -> None:
        for key in ("regex", "not_after"):
            for pattern in params[key]:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ConfigError(f"{where}.{key}: {pattern!r} is not a regular expression ({exc})") from None
        if params["lexicon"] is not None and params["lexicon"] not in lexicon_names():
            raise ConfigError(
                f"{where}.lexicon: no lexicon {params['lexicon']!r} (known: {', '.join(lexicon_names())})"
            )


class Metric(Kind):
    """A named measure over a scope (each bullet, or the whole document) against a minimum or maximum."""

    def declared(self, data: Mapping[str, Any]) -> dict[str, Param]:
        if data.get("measure") not in MEASURES:
            raise ValueError(f"unknown measure {data.get('measure')!r} (known: {', '.join(sorted(MEASURES))})")
        return declared(self.run)

    def run(
        self,
        rule: Rule,
        context: Context,
        *,
        measure: str,
        min: int | float | None = None,
        max: int | float | None = None,
    ) -> Iterator[Finding]:
        targets: list[Line | None] = list(context.lines(rule.scope)) if rule.scope in ("bullet", "line") else [None]
        for line in targets:
            value, where = MEASURES[measure](context, line)
            if value is None:
                continue
            if (min is not None and value < min) or (max is not None and value > max):
                shown = (
                    f"{value:.0%}" if isinstance(value, float) and value <= 1 and measure.endswith("share") else value
                )
                anchor = line or where
                yield context.finding(
                    rule,
                    anchor,
                    match=clip(anchor.text) if anchor else None,
                    value=shown,
                    limit=max if max is not None else min,
                )


class Section(Kind):
    """Requires or forbids canonical sections; `student_projects` lets a student's projects section stand in for
    experience, and spares an academic CV with no dated role anywhere (its research and papers have their own
    headings). A student with no role is still asked: sparing them lost a sealed skim verdict (0.792 -> 0.750)."""

    def run(
        self,
        rule: Rule,
        context: Context,
        *,
        require: tuple[str, ...] = (),
        require_any: tuple[str, ...] = (),
        forbid: tuple[str, ...] = (),
        student_projects: bool = False,
        sublabels: bool = False,
    ) -> Iterator[Finding]:
        present = {section.name for section in context.facts.sections}
        if student_projects and context.profile == "student" and "projects" in present:
            present.add("experience")
        if student_projects and context.profile == "academic" and not context.facts.positions:
            present.add("experience")  # a doctoral CV of research and papers: no role, so no heading to miss
        if sublabels:
            present |= {name for name in map(_sublabel, context.body) if name}
        for name in require:
            if name not in present:
                yield context.finding(rule, None, match=None, section=name)
        if require_any and not present & set(require_any):
            yield context.finding(rule, None, match=None, section=" or ".join(require_any))
        for section in context.facts.sections:
            if section.name in forbid:
                yield context.finding(rule, section.heading, match=section.heading.text, section=section.name)


MAX_SUBLABEL_WORDS = 3  # "Programming Languages", "Technical Skills": a label, not a sentence mentioning skills


def _sublabel(line: Line) -> str | None:
    """The section a short label line inside another section names ("Programming Languages" under Technical
    Experience holds the skills even without a Skills heading)."""
    text = line.text.strip().strip("*_:# ").strip()
    if not text or len(text.split()) > MAX_SUBLABEL_WORDS or not text[0].isupper() or text.endswith("."):
        return None
    return canonical_section(text)


class Layout(Kind):
    """A document fact (columns, tables, pages, ...) against a limit; list facts fire once per item."""

    def declared(self, data: Mapping[str, Any]) -> dict[str, Param]:
        if data.get("fact") not in LAYOUT_FACTS:
            raise ValueError(f"unknown layout fact {data.get('fact')!r} (known: {', '.join(sorted(LAYOUT_FACTS))})")
        return declared(self.run)

    def run(
        self, rule: Rule, context: Context, *, fact: str, min: int | float | None = None, max: int | float | None = None
    ) -> Iterator[Finding]:
        value, items = LAYOUT_FACTS[fact](context)
        if (min is not None and value < min) or (max is not None and value > max):
            limit = max if max is not None else min
            targets: list[Line | int | None] = [*items] if items else [None]  # nothing to point at: fire once
            for item in targets:
                if isinstance(item, int):
                    finding = context.finding(rule, None, value=value, limit=limit, page=item)
                    yield replace(finding, location=Location(page=item))
                else:
                    yield context.finding(rule, item, match=clip(item.text) if item else None, value=value, limit=limit)


class Python(Kind):
    """A named rule function, for logic that data cannot express (spelling, date arithmetic, ...)."""

    def declared(self, data: Mapping[str, Any]) -> dict[str, Param]:
        name = data.get("function")
        if name not in FUNCTIONS:
            raise ValueError(f"unknown function {name!r} (known: {', '.join(sorted(FUNCTIONS))})")
        return {"function": Param("function", str), **FUNCTIONS[name].params}

    def checks(self, data: Mapping[str, Any]) -> tuple[str, ...]:
        return FUNCTIONS[data["function"]].checks if data.get("function") in FUNCTIONS else ()

    def validate(self, params: Mapping[str, Any], where: str) -> None:
        for key in ("lexicon", "lexicon_file"):
            if key in params and params[key] not in lexicon_names():
                raise ConfigError(f"{where}.{key}: no lexicon {params[key]!r} (known: {', '.join(lexicon_names())})")

    def run(self, rule: Rule, context: Context, *, function: str = "", **params: Any) -> Iterator[Finding]:
        return FUNCTIONS[function](rule, context, **params)


KINDS: dict[str, Kind] = {
    "existence": Existence(),
    "metric": Metric(),
    "section": Section(),
    "layout": Layout(),
    "python": Python(),
}
AT_START_CHARS = 2  # `at_start`: a match may follow a bullet glyph and a space, no more


SEAM_WORDS = 4  # the longest lexicon phrase has four words, so four on each side of a line break can hold one


def _across_wraps(
    rule: Rule, context: Context, matcher: PhraseMatcher, before: list[re.Pattern[str]]
) -> Iterator[Finding]:
    """Phrases split by a wrapped line ("Excellent / skills in"), which a line-by-line match cannot see."""
    lines = context.lines(rule.scope)
    numbers = {line.number for line in lines}
    body = {line.number: line for line in context.body}
    for line in lines:
        following = body.get(line.number + 1)
        if following is None or following.number not in numbers or not wraps_into(line, following):
            continue
        tail = " ".join(line.words[-SEAM_WORDS:])
        seam = context.pipeline.nlp.make_doc(f"{tail} {' '.join(following.words[:SEAM_WORDS])}")
        for span in matcher(seam, as_spans=True):
            preceding = f"{line.text[: line.text.rfind(tail)]}{seam.text[: span.start_char]}"
            if span.start_char < len(tail) < span.end_char and not any(p.search(preceding) for p in before):
                yield context.finding(rule, line, match=span.text)


def _lexicon_spans(context: Context, doc: Any, key: str) -> Iterator[tuple[int, str]]:
    return ((span.start_char, span.text) for span in context.lexicon_spans(doc, key))


_PHRASE_MATCHERS: dict[tuple[int, str], PhraseMatcher] = {}  # compiled once per pipeline and parameter set
_TOKEN_MATCHERS: dict[tuple[int, str], Matcher] = {}


def _phrase_matcher(context: Context, phrases: tuple[str, ...]) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher  # spaCy is imported where it is used: a batch forks before it loads

    nlp = context.pipeline.nlp
    key = (id(nlp), "phrases:" + "\x1f".join(phrases))
    if key not in _PHRASE_MATCHERS:
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("PHRASES", list(nlp.tokenizer.pipe(phrases)))
        _PHRASE_MATCHERS[key] = matcher
    return _PHRASE_MATCHERS[key]


def _token_matcher(context: Context, patterns: tuple[Any, ...]) -> Matcher:
    from spacy.matcher import Matcher

    nlp = context.pipeline.nlp
    key = (id(nlp), "patterns:" + repr(patterns))
    if key not in _TOKEN_MATCHERS:
        matcher = Matcher(nlp.vocab)
        matcher.add("PATTERNS", list(patterns))
        _TOKEN_MATCHERS[key] = matcher
    return _TOKEN_MATCHERS[key]
