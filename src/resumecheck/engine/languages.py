"""The languages whose words are judged, and each rule's messages and skips in them (rules/messages/LANG.yaml)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..facts.language import JUDGED_LANGUAGES
from ..findings import QUESTION_TITLES
from ..resources import load_yaml, rules_dir

MESSAGE_LANGUAGES = ("en", *JUDGED_LANGUAGES)  # English is the rules' own text; the others are translations
LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish"}


@dataclass(frozen=True)
class Translation:
    """One rule's message and fixes in another language, or why the rule is not run on that language."""

    message: str | None = None
    fix: str | None = None
    checks: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, str] = field(default_factory=dict)  # English texts a rule's code fills in -> translated
    skip: str | None = None  # why the rule cannot be right in this language (it is then not run)
    reason: str | None = None  # the same reason written in that language, for a report in it
    skip_for: Mapping[str, str] = field(default_factory=dict)  # the rule's skip_for reasons (profile -> text)

    def value(self, text: str) -> str:
        """An English text the rule's code filled in, translated: whole ("looks unprofessional"), by a pattern
        whose {name} parts are translated in turn ("{what} has no dates"), or item by item of a comma-separated
        list ("your name, education"), or of a list joined by " and " when the entries translate "and" itself
        ("2 pictures, icons or skill bars and 3 headings ..."); a text no entry covers stays as it is."""
        if text in self.values:
            return self.values[text]
        joined = self._joined(text)
        if joined is not None:
            return joined
        whole = self._one(text)
        if whole is not None:
            return whole
        parts = text.split(", ")
        translated = [self._one(part) for part in parts]
        if len(parts) > 1 and any(part is not None for part in translated):
            return ", ".join(new if new is not None else old for new, old in zip(translated, parts, strict=True))
        return text

    def _joined(self, text: str) -> str | None:
        """Items joined by " and ", each translated whole (a pattern would take the joined text for one item)."""
        conjunction = self.values.get(" and ")
        parts = text.split(" and ")
        if conjunction is None or len(parts) < 2:
            return None
        translated = [self._one(part) for part in parts]
        if any(part is None for part in translated):
            return None
        return conjunction.join(part for part in translated if part is not None)

    def _one(self, text: str) -> str | None:
        if text in self.values:
            return self.values[text]
        for pattern, target in _patterns(tuple(self.values.items())):
            found = pattern.fullmatch(text)
            if found:
                return target.format_map({k: self.values.get(v, v) for k, v in found.groupdict().items()})
        return None


@cache
def _patterns(values: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The entries with {name} parts as patterns, the longest first (the most specific wins)."""
    found = []
    for source, target in sorted(values, key=lambda item: -len(item[0])):
        if "{" not in source:
            continue
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(source))
        found.append((re.compile(regex, re.S), target))
    return tuple(found)


def content_language(language: str | None) -> str:
    """The language the rules judge a resume's words in: its own when judged, else English."""
    return language if language in JUDGED_LANGUAGES else "en"


@cache
def translations(language: str) -> Mapping[str, Translation]:
    """rule id -> its Translation in a language (empty for English, whose text is the rule file's own)."""
    if language == "en":
        return {}
    path, data = _messages(language)
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, dict):
        raise ConfigError(f"{path}: must map `rules:` to each rule id's message and fix")
    return {str(rule_id): _translation(path.name, str(rule_id), entry) for rule_id, entry in rules.items()}


@cache
def _messages(language: str) -> tuple[Path, Any]:
    """rules/messages/LANG.yaml, read once for the rules' texts and the report's words."""
    path = rules_dir() / "messages" / f"{language}.yaml"
    try:
        return path, load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {language} messages: {exc}") from None


def _translation(where: str, rule_id: str, entry: Any) -> Translation:
    if not isinstance(entry, dict) or set(entry) - {"message", "fix", "checks", "values", "skip", "reason", "skip_for"}:
        raise ConfigError(f"{where}: {rule_id} must give message, fix, checks, values, skip, reason or skip_for")
    return Translation(
        message=_text(entry.get("message")),
        fix=_text(entry.get("fix")),
        checks={str(k): " ".join(str(v).split()) for k, v in (entry.get("checks") or {}).items()},
        values={str(k): str(v) for k, v in (entry.get("values") or {}).items()},
        skip=_text(entry.get("skip")),
        reason=_text(entry.get("reason")),
        skip_for={str(k): " ".join(str(v).split()) for k, v in (entry.get("skip_for") or {}).items()},
    )


def _text(value: Any) -> str | None:
    return " ".join(str(value).split()) if value is not None else None


def skip_reason(rule_id: str, language: str, said_in: str = "en") -> str | None:
    """Why a rule is not run on a resume in this language (None: it is run), said in English or in that language."""
    entry = translations(language).get(rule_id)
    if entry is None or entry.skip is None:
        return None
    return entry.reason if said_in == language and entry.reason else entry.skip


def translation(rule_id: str, language: str) -> Translation | None:
    """A rule's text in a language, None for English or an untranslated rule (the English text is used)."""
    entry = translations(language).get(rule_id)
    return entry if entry is not None and entry.message is not None else None


# The report's own words in English: the sentences the engine and the text report write around the findings, by id
# (rules/messages/LANG.yaml `report: texts:` gives each in that language).
REPORT_TEXTS = {
    "more-like-it": "{message} (and {more} more like it)",
    "points": "the findings cost {points} points (pass is {limit})",
    "skipped-rules": "This resume is in {name}; rules that cannot be right in {name} were not run: {rules}.",
    "fix-first": "fix first",
    "fix": "fix",
    "note": "note",
    "at": "at",
    "page": "page {page}",
    "line": "line {line}",
    "section": "section {section}",
    "question-failed": "{question} failed with score {score}/100",
    # the note naming the rules a kind of candidate is spared (facts/profile.py), one text per kind
    "read-as-student": "Read as a student CV, so these rules were not applied ({rules}).",
    "read-as-early-career": "Read as an early-career CV, so these rules were not applied ({rules}).",
    "read-as-experienced": "Read as an experienced CV, so these rules were not applied ({rules}).",
    "read-as-academic": "Read as an academic CV, so these rules were not applied ({rules}).",
    # whose norms a file was judged by (market.py); `report: markets:` names each market in the language
    "market-norms": "market norms",
    "market-line": "{market} ({code}, {how}): {norms}",
    "market-as-asked": "as asked",
    "market-from-language": "from the resume's language; --market to change",
    "norms-customary": "a photo, date of birth, nationality and marital status are customary",
    "norms-accepted": "a photo, date of birth, nationality and marital status are accepted",
    "norms-red-flag": "a photo, date of birth, nationality and marital status are red flags",
    # a run's verdicts and its closing line (Markdown and HTML)
    "verdict-pass": "PASS",
    "verdict-fail": "FAIL",
    "verdict-not-judged": "NOT JUDGED",
    "verdict-not-checked": "NOT_CHECKED",
    "summary": "{files} file(s): {passed} passed, {failed} failed{unjudged}, {errors} could not be read{skipped}.",
    "summary-not-judged": ", {count} not judged",
    "summary-skipped": ", {count} skipped (not resumes)",
    "file": "File",
    "verdict": "Verdict",
    "unreadable": "unreadable",
    "nothing-to-fix": "nothing to fix",
    "skipped-files": "Skipped (not resumes): {files}",
    "since-baseline": "since the baseline: {new} new, {fixed} fixed",
    # the HTML report's own words
    "html-title": "resumecheck report",
    "html-byline": "{files} resume(s) · checked offline with resumecheck {version} ({nlp}) · {date}",
    "overview": "Overview",
    "unreadable-row": "could not be read: {message}",
    "unreadable-banner": "Could not be read ({code}): {message}",
    "banner-not-judged": "Not judged: only the layout was checked",
    "banner-pass": "Passes all five questions",
    "banner-fail": "Needs work before it goes out",
    "findings-count": "{count} finding(s)",
    "what-to-fix-first": "What to fix first",
    "level-error": "Error",
    "level-warning": "Warning",
    "level-suggestion": "Suggestion",
    "reason-not-checked": "Not checked on this file.",
    "reason-fails": "Fails: see the findings below.",
    "reason-nothing": "Nothing to fix.",
    "reason-passes-one": "Passes; {count} smaller improvement below.",
    "reason-passes-many": "Passes; {count} smaller improvements below.",
    "page-annotated": "The page, annotated",
    "no-pages": "{format} files have no pages to draw; the text as read is shown below, with finding numbers on "
    "their lines.",
    "six-second-view": "The six-second view",
    "six-second-intro": "What a recruiter reads first, and where it sits.",
    "six-name": "Name",
    "six-current-role": "Current role",
    "six-recent-role": "Most recent role",
    "six-previous-role": "Previous role",
    "six-education": "Education",
    "six-location": "Location",
    "state-ok": "found",
    "state-unsure": "found, but resumecheck is not sure it read it right",
    "state-missing": "not found",
    "check-this": "(check this: it may not have been read right)",
    "no-dates": "no dates",
    "what-at-where": "{what} at {where}",
    "page-line": "page {page}, line {line}",
    "page-label": "Page {page}",
    "page-of": "Page {page} of {file}",
    "finding-label": "Finding {number}",
    "job-fit": "Fit to the job",
    "job-required-found": "Required terms found:",
    "job-years": "years required {required}, shown {found}",
    "job-degree": "degree required {required}, shown {found}",
    "job-title-shown": "title shown",
    "job-title-not-shown": "title not shown",
    "none": "none",
    "term": "Term",
    "need": "Need",
    "in-your-resume": "In your resume",
    "required": "required",
    "preferred": "preferred",
    "found-in": "found in {where}",
    "missing": "missing",
    "findings": "Findings",
    "no-findings": "No findings: nothing to fix.",
    "new": "New",
    "see": "see {where}",
    "same-fix-first": "what to fix first, {rank}",
    "same-fix-finding": "finding {number}",
    "ats-sees": "What an ATS sees",
    "ats-intro": "The text in the order a parser reads it.",
    "ats-intro-columns": "The text in the order a parser reads it (columns read one after the other).",
    "ats-margins": "Grey lines are page headers and footers.",
    "field-name": "Name",
    "field-email": "Email",
    "field-phone": "Phone",
    "field-location": "Location",
    "field-links": "Links",
    "field-sections": "Sections",
    "field-positions": "Positions",
    "field-layout": "Layout",
    "field-not-found": "— not found",
    "field-none-found": "— none found",
    "untitled": "(untitled)",
    "bullets-count": "{count} bullet(s)",
    "pages-count": "{count} page(s)",
    "words-count": "{count} words",
    "columns-count": "{count} column(s)",
    "tables": "tables",
    "images": "images",
    "no-text-layer": "NO TEXT LAYER",
    "footer": "Made offline by resumecheck: every rule is a YAML file you can read. Nothing in this report left your "
    "machine.",
}


@dataclass(frozen=True)
class ReportWords:
    """The words of a report in one language around the findings: question titles, section names, own sentences."""

    questions: Mapping[str, str] = field(default_factory=dict)
    sections: Mapping[str, str] = field(default_factory=dict)
    texts: Mapping[str, str] = field(default_factory=dict)
    markets: Mapping[str, str] = field(default_factory=dict)  # market code -> its name ("de" -> "Deutschland")
    language: str = "en"

    def question(self, question: str) -> str:
        """A question's title (English when the language has none)."""
        return self.questions.get(question) or QUESTION_TITLES[question]

    def section(self, name: str) -> str:
        """A canonical section name as a reader of the language calls it ("experience" -> "Berufserfahrung")."""
        return self.sections.get(name) or name.replace("_", " ").capitalize()

    def text(self, key: str, **fields: Any) -> str:
        """One of REPORT_TEXTS in the language, its {fields} filled in."""
        return (self.texts.get(key) or REPORT_TEXTS[key]).format(**fields)

    def market(self, code: str, english: str) -> str:
        """A market's name as the language says it (`english`, from markets.yaml, when it has none)."""
        return self.markets.get(code) or english

    def label(self, key: str) -> str:
        """One of REPORT_TEXTS with a capital, as a label opens a sentence ("Fix:", "Lösung:")."""
        word = self.text(key)
        return word[:1].upper() + word[1:]


@cache
def report_words(language: str | None) -> ReportWords:
    """The report's words in a language (English, the code's own, for "en", None or a language with no messages)."""
    if language not in JUDGED_LANGUAGES:
        return ReportWords()
    path, data = _messages(language)
    report = data.get("report") if isinstance(data, dict) else None
    if not isinstance(report, dict) or set(report) - {"questions", "sections", "texts", "markets"}:
        raise ConfigError(f"{path}: `report:` must give questions, sections, texts and markets")
    tables = {key: {str(k): _text(v) or "" for k, v in (report.get(key) or {}).items()} for key in report}
    unknown = set(tables.get("questions", {})) - set(QUESTION_TITLES)
    unknown |= set(tables.get("texts", {})) - set(REPORT_TEXTS)
    if unknown:
        raise ConfigError(f"{path}: `report:` names no such question or text: {', '.join(sorted(unknown))}")
    return ReportWords(
        tables.get("questions", {}),
        tables.get("sections", {}),
        tables.get("texts", {}),
        tables.get("markets", {}),
        language,
    )
