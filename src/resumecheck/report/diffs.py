"""Diff formats: text, json (resumecheck-diff.schema.json) and html, one module each behind one function."""

from __future__ import annotations

import json
from typing import Any


def render_diff(name: str, diff: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> str:
    """The diff of two files[] entries in the named format."""
    if name == "json":
        return json.dumps(diff, indent=2, ensure_ascii=False) + "\n"
    if name == "html":
        from .diff_html import DiffHtmlFormatter

        return DiffHtmlFormatter().render(diff, before, after)
    from .diff_text import DiffTextFormatter

    return DiffTextFormatter().render(diff, before, after)
