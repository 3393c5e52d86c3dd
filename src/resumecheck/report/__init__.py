"""Report formats: one module per format, each a small class behind one interface."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol

from .. import __version__
from ..engine.languages import ReportWords, report_words

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


def verdict_label(entry: dict[str, Any], words: ReportWords | None = None) -> str:
    """PASS, FAIL or NOT JUDGED: what every report format calls a checked file's verdict (in `words`' language)."""
    words = words or ReportWords()
    if not_judged(entry):
        return words.text("verdict-not-judged")
    return words.text(f"verdict-{entry['verdict']}") if entry["verdict"] in ("pass", "fail") else ""


def entry_words(entry: dict[str, Any]) -> ReportWords:
    """The report's words in the language of one file's findings."""
    return report_words(entry.get("messages_language"))


def run_words(entries: list[dict[str, Any]]) -> ReportWords:
    """The words of what a run's report says of all its files: their one language, English when they differ."""
    languages = {e.get("messages_language") or "en" for e in entries if e["status"] == "checked"}
    return report_words(languages.pop() if len(languages) == 1 else "en")


def market_line(entry: dict[str, Any], words: ReportWords | None = None) -> str | None:
    """Whose norms a checked file was judged by, for people: "Germany (de, from the resume's language): ...",
    in `words`' language ("Deutschland (de, nach der Sprache des Lebenslaufs; ...): ...")."""
    market = entry.get("market")
    if not market:
        return None
    words = words or ReportWords()
    how = words.text("market-as-asked" if market["chosen"] == "option" else "market-from-language")
    name = words.market(str(market["code"]), str(market["name"]))
    line = words.text(
        "market-line",
        market=name,
        code=market["code"],
        how=how,
        norms=words.text(f"norms-{market['personal_data']}"),
    )
    return line[:1].upper() + line[1:]


def file_kind(facts: dict[str, Any]) -> str:
    """What the file really is, for people: PNG, DOC, ODT, RTF (facts.format is the schema's nearest format)."""
    return str(facts.get("source_format") or facts["format"]).upper()


def summary_line(summary: dict[str, Any], words: ReportWords | None = None) -> str:
    """The one-line summary that ends a run: how many passed, failed, could not be read, were not resumes."""
    words = words or ReportWords()
    skipped = words.text("summary-skipped", count=summary["skipped"]) if summary.get("skipped") else ""
    unjudged = words.text("summary-not-judged", count=summary["not_judged"]) if summary.get("not_judged") else ""
    return words.text(
        "summary",
        files=summary["files"],
        passed=summary["passed"],
        failed=summary["failed"],
        unjudged=unjudged,
        errors=summary["errors"],
        skipped=skipped,
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
    return entry_words(entry).label("fix")
