"""Report formats: one module per format, each a small class behind one interface."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol

from .. import __version__
from ..engine.languages import report_words

NOT_JUDGED_EXIT = 3  # the exit code of a run whose worst outcome is a resume that was not judged
FORMATS = ("auto", "text", "json", "jsonl", "html", "sarif", "junit", "github", "markdown")


class Formatter(Protocol):
    """Renders a whole run's report as text."""

    def render(self, report: dict[str, Any]) -> str: ...


def build_report(entries: list[dict[str, Any]], nlp: str) -> dict[str, Any]:
    """The JSON report document of one run (schema_version 1)."""
    checked = [e for e in entries if e["status"] == "checked"]
    skipped = sum(1 for e in entries if e["status"] == "skipped")
    return {
        "schema_version": 1,
        "tool": {"name": "resumecheck", "version": __version__, "nlp": nlp},
        "files": entries,
        "summary": {
            "files": len(entries),
            "checked": len(checked),
            "errors": len(entries) - len(checked) - skipped,
            "skipped": skipped,
            "passed": sum(1 for e in checked if e["verdict"] == "pass"),
            "failed": sum(1 for e in checked if e["verdict"] == "fail"),
            "not_judged": sum(1 for e in checked if not_judged(e)),
        },
    }


def not_judged(entry: dict[str, Any]) -> bool:
    """A checked file whose words could not be judged (not English, no readable text) and that failed nothing
    that was judged: it has no verdict, and must not read as a pass."""
    return entry["status"] == "checked" and entry.get("judged") is False and entry["verdict"] is None


def verdict_label(entry: dict[str, Any]) -> str:
    """PASS, FAIL or NOT JUDGED: what every report format calls a checked file's verdict."""
    return "NOT JUDGED" if not_judged(entry) else (entry["verdict"] or "").upper()


_NORMS = {
    "customary": "a photo, date of birth, nationality and marital status are customary",
    "accepted": "a photo, date of birth, nationality and marital status are accepted",
    "red-flag": "a photo, date of birth, nationality and marital status are red flags",
}


def market_line(entry: dict[str, Any]) -> str | None:
    """Whose norms a checked file was judged by, for people: "Germany (de, from the resume's language): ..."."""
    market = entry.get("market")
    if not market:
        return None
    how = "as asked" if market["chosen"] == "option" else "from the resume's language; --market to change"
    name = str(market["name"])
    return f"{name[:1].upper()}{name[1:]} ({market['code']}, {how}): {_NORMS[market['personal_data']]}"


def file_kind(facts: dict[str, Any]) -> str:
    """What the file really is, for people: PNG, DOC, ODT, RTF (facts.format is the schema's nearest format)."""
    return str(facts.get("source_format") or facts["format"]).upper()


def summary_line(summary: dict[str, Any]) -> str:
    """The one-line summary that ends a run: how many passed, failed, could not be read, were not resumes."""
    skipped = f", {summary['skipped']} skipped (not resumes)" if summary.get("skipped") else ""
    unjudged = f", {summary['not_judged']} not judged" if summary.get("not_judged") else ""
    return (
        f"{summary['files']} file(s): {summary['passed']} passed, {summary['failed']} failed{unjudged}, "
        f"{summary['errors']} could not be read{skipped}."
    )


def relative_path(path: str) -> str:
    """A path relative to the current folder (the repository root in CI) when it lies below it."""
    from pathlib import Path

    candidate = Path(path)
    try:
        return candidate.resolve().relative_to(Path(os.getcwd()).resolve()).as_posix()
    except (ValueError, OSError):
        return candidate.as_posix()


def resolve_format(name: str) -> str:
    """`auto` is `github` inside GitHub Actions, `text` elsewhere."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") else "text"
    return name


def get_formatter(name: str, rules: list[Any] | None = None, color: bool = False, quiet: bool = False) -> Formatter:
    """The formatter registered under a --format name."""
    from .github_format import GithubFormatter
    from .html_format import HtmlFormatter
    from .json_format import JsonFormatter
    from .junit_format import JunitFormatter
    from .markdown_format import MarkdownFormatter
    from .sarif_format import SarifFormatter
    from .text_format import TextFormatter

    formatters: dict[str, Callable[[], Formatter]] = {
        "json": lambda: JsonFormatter(),
        "text": lambda: TextFormatter(color=color, quiet=quiet),
        "html": lambda: HtmlFormatter(rules),
        "sarif": lambda: SarifFormatter(rules),
        "junit": lambda: JunitFormatter(),
        "github": lambda: GithubFormatter(),
        "markdown": lambda: MarkdownFormatter(),
    }
    return formatters[resolve_format(name)]()


def fix_label(entry: dict[str, Any]) -> str:
    """ "Fix" in the language of the file's findings ("Lösung", "Correction", "Solución"), as a finding's fix opens."""
    return report_words(entry.get("messages_language")).label("fix")
