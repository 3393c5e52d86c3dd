"""Report formats: one module per format, each a small class behind one interface."""

from __future__ import annotations

from typing import Any, Protocol

from .. import __version__


class Formatter(Protocol):
    """Renders a whole run's report as text."""

    def render(self, report: dict[str, Any]) -> str: ...


def build_report(entries: list[dict[str, Any]], nlp: str) -> dict[str, Any]:
    """The JSON report document of one run (schema_version 1)."""
    checked = [e for e in entries if e["status"] == "checked"]
    return {
        "schema_version": 1,
        "tool": {"name": "resumecheck", "version": __version__, "nlp": nlp},
        "files": entries,
        "summary": {
            "files": len(entries),
            "checked": len(checked),
            "errors": len(entries) - len(checked),
            "passed": sum(1 for e in checked if e["verdict"] == "pass"),
            "failed": sum(1 for e in checked if e["verdict"] == "fail"),
        },
    }


def get_formatter(name: str) -> Formatter:
    """The formatter registered under a --format name."""
    from .json_format import JsonFormatter
    from .text_format import TextFormatter

    formatters: dict[str, Formatter] = {"json": JsonFormatter(), "text": TextFormatter()}
    return formatters[name]
