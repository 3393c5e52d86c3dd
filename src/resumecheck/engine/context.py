"""What a rule sees: the facts, one spaCy doc per line, the settings, and helpers to locate findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..facts import Facts
from ..findings import Finding, Level, Location
from ..job import Job
from ..job.match import JobMatch
from ..market import Market, market_for
from ..model import Line
from ..nlp import Pipeline
from ..nlp.terms import lexicon_terms
from ..resources import language_lexicon
from ..spelling import Spelling
from .analyses import Analyses
from .languages import content_language, translation
from .rule import Rule


def entries_by_line(facts: Facts) -> dict[int, str]:
    """Line number -> the role it belongs to ("Marketing Specialist, Coral Bay Resorts"): from a role's first
    header line to the line before the next role or the end of its section."""
    ends = {line.number: section.lines[-1].number for section in facts.sections for line in section.lines}
    starts = [min(line.number for line in p.header) for p in facts.positions if p.header]
    found: dict[int, str] = {}
    for index, position in enumerate(p for p in facts.positions if p.header):
        label = ", ".join(part for part in (position.title, position.organization) if part)
        if not label:
            continue
        first = starts[index]
        last = min(ends.get(first, first), starts[index + 1] - 1 if index + 1 < len(starts) else 10**9)
        found.update(dict.fromkeys(range(first, last + 1), label))
    return found


@dataclass
class Settings:
    """Run settings that rules read (from the config file and the command line)."""

    dictionary: frozenset[str] = frozenset()
    job: Job | None = None  # the parsed job description, when --job is given
    today: tuple[int, int] | None = None  # (year, month) for date arithmetic; None means the real date
    market: str | None = None  # us, uk, de, fr, es or in (--market); None: the market of the resume's language
    lang: str | None = None  # the messages' language ("en" forces English); None: the resume's own language


@dataclass
class Context:
    """Everything a rule needs about one resume: its facts, the analyses of them, and the settings."""

    facts: Facts
    analyses: Analyses
    pipeline: Pipeline
    settings: Settings = field(default_factory=Settings)
    _sections_by_line: dict[int, str] = field(default_factory=dict)
    _entries_by_line: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for section in self.facts.sections:
            self._sections_by_line[section.heading.number] = section.name
            for line in section.lines:
                self._sections_by_line[line.number] = section.name
        self._entries_by_line = entries_by_line(self.facts)

    @property
    def body(self) -> list[Line]:
        return self.facts.document.body_lines

    @property
    def language(self) -> str:
        """The language the rules judge this resume's words in ("en", "de", "fr" or "es")."""
        return content_language(self.facts.language)

    @property
    def message_language(self) -> str:
        """The language of the findings' messages: the resume's own, unless the settings force one."""
        return self.settings.lang or self.language

    @property
    def job_match(self) -> JobMatch | None:
        return self.analyses.job

    @property
    def market(self) -> Market:
        """The market whose norms apply: --market, else the resume's language's (market.py)."""
        return market_for(self.settings.market, self.facts.language)

    @property
    def present(self) -> tuple[int, int] | None:
        """The month "Present" means in date arithmetic: when the file was written, else today's setting."""
        return self.analyses.present or self.settings.today

    @property
    def profile(self) -> str:
        """student, early-career, experienced or academic (facts/profile.py)."""
        return self.analyses.profile

    @property
    def spelling(self) -> Spelling:
        return self.analyses.spelling

    def lexicon_spans(self, doc: Any, name: str) -> list[Any]:
        """The spans of a lexicon's terms in a line's doc: the pipeline's own matches in English, the terms of
        the resume's language's lexicon of that name when it has one."""
        if (self.language == "en" or language_lexicon(self.language, name) is None) and name in doc.spans:
            return list(doc.spans[name])
        return list(_matcher(self.pipeline, tuple(lexicon_terms(name, self.language)))(doc, as_spans=True))

    def doc(self, line: Line) -> Any:
        """The spaCy doc of a line (every body line is processed once)."""
        return self.analyses.docs[line.number]

    def above_sections(self, number: int) -> bool:
        """The line numbered `number` sits above the first section heading, in the top block of name and
        contact details (False everywhere when the resume has no headings)."""
        first = min((section.heading.number for section in self.facts.sections), default=0)
        return number < first

    def section_of(self, line: Line) -> str | None:
        return self._sections_by_line.get(line.number)

    @property
    def no_work_history(self) -> bool:
        """A student or new graduate with no role anywhere: no experience section, no position, and no dated line
        under a heading the lexicon does not know (where a role under a creative heading would be)."""
        from ..facts.dates import find_dates

        sections = self.facts.sections
        if self.profile not in ("student", "early-career") or self.facts.positions:
            return False
        if any(section.name == "experience" for section in sections):
            return False
        unknown = [line for section in sections if section.name == "other" for line in section.lines]
        return not any(date.is_range for line in unknown for date in find_dates(line.text))

    def lines(self, scope: str) -> list[Line]:
        """The lines a scope covers."""
        if scope == "bullet":
            return list(self.facts.bullets)
        if scope == "heading":
            return [section.heading for section in self.facts.sections]
        if scope.startswith("section:"):
            name = scope.split(":", 1)[1]
            return [line for section in self.facts.sections if section.name == name for line in section.lines]
        return self.body

    def location(self, line: Line | None) -> Location:
        """Where a line sits, or an empty location for document-level findings."""
        if line is None:
            return Location()
        box = line.box
        return Location(
            page=line.page,
            line=line.number,
            section=self.section_of(line),
            entry=self._entries_by_line.get(line.number),
            bbox=(box.x0, box.top, box.x1, box.bottom) if box else None,
        )

    def finding(
        self,
        rule: Rule,
        line: Line | None,
        match: str | None = None,
        level: Level | None = None,
        check: str | None = None,
        **values: Any,
    ) -> Finding:
        """A finding of a rule, its message and fix filled in from {match}, the named values and the parameters
        in force; `check` names which of the rule's checks it is, so it carries the fix written for that check."""
        fix = rule.fix_for(check)
        message = rule.message
        text = translation(rule.id, self.message_language) if self.message_language != "en" else None
        if text is not None:  # the rule's words in the resume's language; its code's English values translated
            values = {k: text.value(v) if isinstance(v, str) else v for k, v in values.items()}
            message = text.message or message
            fix = (text.checks.get(check) if check is not None else text.fix) or fix
        fields = Fields(rule.params, match=match or "", **values)
        return Finding(
            rule=rule.id,
            question=rule.question,
            level=level or rule.level,
            message=message.format_map(fields),
            match=match,
            suggestion=fix and fix.format_map(fields),
            location=self.location(line),
            source="ocr" if line is not None and line.ocr else None,
            whole_file=rule.once,
            check=check,
        )


_MATCHERS: dict[tuple[int, tuple[str, ...]], Any] = {}  # one phrase matcher per pipeline and term list


def _matcher(pipeline: Pipeline, terms: tuple[str, ...]) -> Any:
    from spacy.matcher import PhraseMatcher

    key = (id(pipeline.nlp), terms)
    if key not in _MATCHERS:
        matcher = PhraseMatcher(pipeline.nlp.vocab, attr="LOWER")
        matcher.add("TERMS", list(pipeline.nlp.tokenizer.pipe(terms)))
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


class Fields(dict[str, Any]):
    """Message placeholders; an unknown one stays visible rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
