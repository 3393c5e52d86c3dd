"""Rule kinds are code: one small class each, in an explicit registry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from spacy.matcher import Matcher, PhraseMatcher

from ..checks import CHECKS
from dataclasses import replace

from ..findings import Finding, Location
from ..model import Line
from ..nlp.components import lexicon_terms
from .context import Context
from .layout_facts import LAYOUT_FACTS
from .metrics import MEASURES
from .rule import Rule


class Kind:
    """A rule kind: which parameters it takes and how it turns a context into findings."""

    PARAMS: ClassVar[frozenset[str]] = frozenset()

    def params(self, data: dict[str, Any]) -> set[str]:
        """The parameter names a rule of this kind may set."""
        return set(self.PARAMS)

    def evaluate(self, rule: Rule, context: Context) -> Iterator[Finding]:
        raise NotImplementedError


class Existence(Kind):
    """Fires on each phrase, lexicon term, spaCy token pattern or regular expression found in scope."""

    PARAMS = frozenset({"phrases", "lexicon", "patterns", "regex", "ignore_case", "at_start", "max_findings"})

    def evaluate(self, rule: Rule, context: Context) -> Iterator[Finding]:
        params = rule.params
        limit = int(params.get("max_findings", 50))
        count = 0
        for line in context.lines(rule.scope):
            taken: list[tuple[int, int]] = []
            for start, text in sorted(self._matches(rule, context, line), key=lambda m: (m[0], -len(m[1]))):
                if params.get("at_start") and start > 2:
                    continue
                if any(begin <= start < end for begin, end in taken):
                    continue  # inside a longer match on the same line
                taken.append((start, start + len(text)))
                yield context.finding(rule, line, match=text)
                count += 1
                if count >= limit:
                    return

    def _matches(self, rule: Rule, context: Context, line: Line) -> Iterator[tuple[int, str]]:
        params = rule.params
        doc = context.doc(line)
        if params.get("lexicon"):
            key = params["lexicon"]
            spans = doc.spans[key] if key in doc.spans else _phrase_matcher(context, tuple(lexicon_terms(key)))(doc, as_spans=True)
            yield from ((span.start_char, span.text) for span in spans)
        if params.get("phrases"):
            for span in _phrase_matcher(context, tuple(params["phrases"]))(doc, as_spans=True):
                yield span.start_char, span.text
        if params.get("patterns"):
            for span in _token_matcher(context, params["patterns"])(doc, as_spans=True):
                yield span.start_char, span.text
        flags = re.I if params.get("ignore_case", True) else 0
        for pattern in params.get("regex") or []:
            for match in re.finditer(pattern, line.text, flags):
                yield match.start(), match.group(0)


class Metric(Kind):
    """A named measure over a scope (each bullet, or the whole document) against a minimum or maximum."""

    PARAMS = frozenset({"measure", "min", "max"})

    def evaluate(self, rule: Rule, context: Context) -> Iterator[Finding]:
        measure = MEASURES[rule.params["measure"]]
        low, high = rule.params.get("min"), rule.params.get("max")
        targets: list[Line | None] = list(context.lines(rule.scope)) if rule.scope in ("bullet", "line") else [None]
        for line in targets:
            value, where = measure(context, line)
            if value is None:
                continue
            if (low is not None and value < low) or (high is not None and value > high):
                shown = f"{value:.0%}" if isinstance(value, float) and value <= 1 and rule.params["measure"].endswith("share") else value
                anchor = line or where
                yield context.finding(rule, anchor, match=anchor.text[:120] if anchor else None, value=shown,
                                      limit=high if high is not None else low)

    def params(self, data: dict[str, Any]) -> set[str]:
        if data.get("measure") not in MEASURES:
            raise ValueError(f"unknown measure {data.get('measure')!r} (known: {', '.join(sorted(MEASURES))})")
        return set(self.PARAMS)


class Section(Kind):
    """Requires or forbids canonical sections."""

    PARAMS = frozenset({"require", "require_any", "forbid"})

    def evaluate(self, rule: Rule, context: Context) -> Iterator[Finding]:
        present = {section.name for section in context.facts.sections}
        for name in rule.params.get("require") or []:
            if name not in present:
                yield context.finding(rule, None, match=None, section=name)
        wanted = rule.params.get("require_any") or []
        if wanted and not present & set(wanted):
            yield context.finding(rule, None, match=None, section=" or ".join(wanted))
        for section in context.facts.sections:
            if section.name in (rule.params.get("forbid") or []):
                yield context.finding(rule, section.heading, match=section.heading.text, section=section.name)


class Layout(Kind):
    """A document fact (columns, tables, pages, ...) against a limit; list facts fire once per item."""

    PARAMS = frozenset({"fact", "min", "max"})

    def params(self, data: dict[str, Any]) -> set[str]:
        if data.get("fact") not in LAYOUT_FACTS:
            raise ValueError(f"unknown layout fact {data.get('fact')!r} (known: {', '.join(sorted(LAYOUT_FACTS))})")
        return set(self.PARAMS)

    def evaluate(self, rule: Rule, context: Context) -> Iterator[Finding]:
        value, items = LAYOUT_FACTS[rule.params["fact"]](context)
        low, high = rule.params.get("min"), rule.params.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            limit = high if high is not None else low
            for item in items or [None]:
                if isinstance(item, int):
                    finding = context.finding(rule, None, value=value, limit=limit, page=item)
                    yield replace(finding, location=Location(page=item))
                else:
                    yield context.finding(rule, item, match=item.text[:120] if item else None, value=value, limit=limit)


class Check(Kind):
    """A named Python check, for logic that data cannot express (spelling, date arithmetic, ...)."""

    def params(self, data: dict[str, Any]) -> set[str]:
        name = data.get("check")
        if name not in CHECKS:
            raise ValueError(f"unknown check {name!r} (known: {', '.join(sorted(CHECKS))})")
        return {"check", *CHECKS[name].params}

    def evaluate(self, rule: Rule, context: Context) -> Iterator[Finding]:
        yield from CHECKS[rule.params["check"]].run(rule, context)


KINDS: dict[str, Kind] = {
    "existence": Existence(),
    "metric": Metric(),
    "section": Section(),
    "layout": Layout(),
    "check": Check(),
}


def allowed_params(kind: str, data: dict[str, Any]) -> set[str] | None:
    """Parameter names for a rule of this kind, None for an unknown kind."""
    return KINDS[kind].params(data) if kind in KINDS else None


_MATCHERS: dict[tuple[int, str], Any] = {}  # compiled once per pipeline and parameter set


def _phrase_matcher(context: Context, phrases: tuple[str, ...]) -> PhraseMatcher:
    nlp = context.pipeline.nlp
    key = (id(nlp), "phrases:" + "\x1f".join(phrases))
    if key not in _MATCHERS:
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("PHRASES", list(nlp.tokenizer.pipe(phrases)))
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _token_matcher(context: Context, patterns: list[Any]) -> Matcher:
    nlp = context.pipeline.nlp
    key = (id(nlp), "patterns:" + repr(patterns))
    if key not in _MATCHERS:
        matcher = Matcher(nlp.vocab)
        matcher.add("PATTERNS", patterns)
        _MATCHERS[key] = matcher
    return _MATCHERS[key]
