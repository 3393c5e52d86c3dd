"""The JSON report: exactly the document of ../shared/schemas/resumecheck-report.schema.json."""

from __future__ import annotations

import json
from typing import Any


class JsonFormatter:
    """Pretty-printed JSON, stable key order."""

    def render(self, report: dict[str, Any]) -> str:
        """Serialise the report."""
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
