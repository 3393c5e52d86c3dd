"""The one immutable Finding type every rule produces."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Literal

Level = Literal["suggestion", "warning", "error"]
LEVELS: tuple[Level, ...] = ("suggestion", "warning", "error")
QUESTION_TITLES = {  # the five questions, in report order: the one place they are named
    "target": "Can a recruiter tell in six seconds who you are and what you want?",
    "fit": "Does it show you meet the job's must-haves?",
    "proof": "Do your results stand out, with numbers and strong verbs?",
    "skim": "Can a person skim it and an ATS parse it?",
    "clean": "Is it free of errors and red flags?",
}
QUESTIONS = tuple(QUESTION_TITLES)


def clip(text: str, limit: int = 120) -> str:
    """The start of a quoted line, at most `limit` characters: a long line is quoted by its first `limit`
    characters, the same cut every version makes, so a finding is known again by its quote across versions."""
    return text.strip()[:limit].rstrip()


def clip_end(text: str, limit: int = 40) -> str:
    """The end of a quoted line, at most `limit` characters (the same cut every version makes)."""
    return text.strip()[-limit:].lstrip()


def level_rank(level: str) -> int:
    """suggestion < warning < error."""
    return ("suggestion", "warning", "error").index(level)


@dataclass(frozen=True)
class Location:
    """Where a finding sits: page, line number in reading order, section, role, and box on the page (PDF)."""

    page: int | None = None
    line: int | None = None
    section: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    entry: str | None = None  # the role the line belongs to: "Marketing Specialist, Coral Bay Resorts"

    def to_dict(self) -> dict[str, Any]:
        """The `location` object of the JSON report."""
        return {
            "page": self.page,
            "line": self.line,
            "section": self.section,
            "entry": self.entry,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
        }


@dataclass(frozen=True)
class Finding:
    """One located, explained and fixable problem."""

    rule: str
    question: str
    level: Level
    message: str
    match: str | None
    suggestion: str | None
    location: Location
    source: str | None = None  # "ocr" when the finding stands on text read by OCR
    whole_file: bool = False  # about the whole file (its rule speaks once): its quote is not what identifies it
    check: str | None = None  # which of its rule's checks, when the rule makes several (each has its own fix)

    def to_dict(self) -> dict[str, Any]:
        """The `findings[]` entry of the JSON report."""
        entry: dict[str, Any] = {
            "rule": self.rule,
            "question": self.question,
            "level": self.level,
            "message": self.message,
            "match": self.match,
            "suggestion": self.suggestion,
            "location": self.location.to_dict(),
        }
        if self.source:
            entry["source"] = self.source
        if self.check:
            entry["check"] = self.check
        entry["fingerprint"] = self.fingerprint
        return entry

    @property
    def fingerprint(self) -> str:
        """The same problem in an edited resume keeps this: the rule and the words it is about (the rule alone
        for a finding about the whole document), never the line or page, which move with every edit."""
        if self.whole_file:
            return fingerprint_of(self.rule, None)
        return fingerprint_of(self.rule, self.match, self.message)


def fingerprint_of(rule: str, match: str | None, message: str = "") -> str:
    """A finding's fingerprint from its rule and the words it quotes, else the words of its message without
    numbers ("No education heading…" is not "No experience heading…"), else the rule alone."""
    text = match or re.sub(r"\d+", " ", message)
    words = " ".join(re.findall(r"\w+", text.casefold()))
    return hashlib.sha1(f"{rule}\x1f{words}".encode()).hexdigest()[:16]
