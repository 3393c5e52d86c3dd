"""Which files found by walking a folder are resumes: a folder also holds READMEs, package.json and notes."""

from __future__ import annotations

from typing import Any

from .errors import FileError
from .judge import FileResult

MIN_SECTIONS = 2  # a resume has at least two known headings (Experience, Education, Skills, ...); a README has none
TEXT_FORMATS = ("md", "txt")
NOT_A_RESUME = (
    "not a resume: a Markdown or text file counts as one when it has a name line, an email or phone and at "
    "least two resume headings (Experience, Education, Skills, ...); name the file to check it anyway"
)


def looks_like_resume(facts: dict[str, Any]) -> bool:
    """A name line, contact details and at least two resume section headings."""
    contact = facts["contact"]
    sections = {section["name"] for section in facts["sections"] if section["name"] != "other"}
    return bool(contact["name"]) and bool(contact["email"] or contact["phone"]) and len(sections) >= MIN_SECTIONS


def screened(entry: dict[str, Any]) -> dict[str, Any]:
    """A walked file's entry, or a `skipped` entry (code not_a_resume) when it is not a resume."""
    error = entry.get("error") or {}
    if entry["status"] == "error" and error.get("code") == "not_a_resume":
        return {**entry, "status": "skipped"}
    facts = entry.get("facts")
    if entry["status"] == "checked" and facts and facts["format"] in TEXT_FORMATS and not looks_like_resume(facts):
        unread = FileResult(path=entry["path"], error=FileError("not_a_resume", NOT_A_RESUME)).to_dict()
        return {**unread, "status": "skipped"}
    return entry
