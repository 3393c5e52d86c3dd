"""The languages whose words are judged, and each rule's messages and skips in them (rules/messages/LANG.yaml)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..facts.language import JUDGED_LANGUAGES
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
    path = rules_dir() / "messages" / f"{language}.yaml"
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {language} messages: {exc}") from None
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, dict):
        raise ConfigError(f"{path}: must map `rules:` to each rule id's message and fix")
    return {str(rule_id): _translation(path.name, str(rule_id), entry) for rule_id, entry in rules.items()}


def _translation(where: str, rule_id: str, entry: Any) -> Translation:
    if not isinstance(entry, dict) or set(entry) - {"message", "fix", "checks", "values", "skip"}:
        raise ConfigError(f"{where}: {rule_id} must give message, fix, checks, values or skip")
    return Translation(
        message=_text(entry.get("message")),
        fix=_text(entry.get("fix")),
        checks={str(k): " ".join(str(v).split()) for k, v in (entry.get("checks") or {}).items()},
        values={str(k): str(v) for k, v in (entry.get("values") or {}).items()},
        skip=_text(entry.get("skip")),
    )


def _text(value: Any) -> str | None:
    return " ".join(str(value).split()) if value is not None else None


def skip_reason(rule_id: str, language: str) -> str | None:
    """Why a rule is not run on a resume in this language (None: it is run)."""
    entry = translations(language).get(rule_id)
    return entry.skip if entry is not None else None


def translation(rule_id: str, language: str) -> Translation | None:
    """A rule's text in a language, None for English or an untranslated rule (the English text is used)."""
    entry = translations(language).get(rule_id)
    return entry if entry is not None and entry.message is not None else None
