"""SARIF 2.1.0 for GitHub code scanning: one run, every rule a reportingDescriptor, results on the resume file."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from . import fix_label, not_judged, relative_path

SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


class SarifFormatter:
    """Static analysis results interchange format; rules come from their YAML files."""

    def __init__(self, rules: list[Any] | None = None) -> None:
        self.rules = rules or []

    def render(self, report: dict[str, Any]) -> str:
        """Serialise the whole run as one SARIF log."""
        rule_index = {rule.id: index for index, rule in enumerate(self.rules)}
        results: list[dict[str, Any]] = []
        notifications: list[dict[str, Any]] = []
        for entry in (e for e in report["files"] if e["status"] != "skipped"):  # folder files that are not resumes
            uri = relative_path(entry["path"])
            if entry["status"] == "error":
                notifications.append(
                    {
                        "level": "error",
                        "message": {"text": f"{entry['path']}: {entry['error']['message']}"},
                        "descriptor": {"id": entry["error"]["code"]},
                    }
                )
                continue
            if not_judged(entry):  # no result would read as a clean file: code scanning must say it was not judged
                notifications.append(
                    {
                        "level": "warning",
                        "message": {"text": f"{entry['path']}: not judged. {entry['verdict_reason']}"},
                        "descriptor": {"id": "not_judged"},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                    }
                )
            for finding in entry["findings"]:
                result: dict[str, Any] = {
                    "ruleId": finding["rule"],
                    "level": SARIF_LEVEL[finding["level"]],
                    "message": {
                        "text": finding["message"]
                        + (f" {fix_label(entry)}: {finding['suggestion']}" if finding.get("suggestion") else "")
                    },
                    "locations": [_location(uri, finding)],
                    "properties": {key: value for key, value in finding["location"].items() if value is not None},
                }
                if finding.get("fingerprint"):  # code scanning tracks a result across commits by it
                    result["partialFingerprints"] = {"resumecheck/v1": finding["fingerprint"]}
                if finding.get("baseline_state"):
                    result["baselineState"] = finding["baseline_state"]
                if finding["rule"] in rule_index:
                    result["ruleIndex"] = rule_index[finding["rule"]]
                if finding.get("match"):
                    result["properties"]["match"] = finding["match"]
                results.append(result)
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "resumecheck",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": "https://pypi.org/project/resumecheck/",
                    "rules": [_descriptor(rule) for rule in self.rules],
                }
            },
            "artifacts": [{"location": {"uri": relative_path(entry["path"])}} for entry in report["files"]],
            "results": results,
            "columnKind": "unicodeCodePoints",
            "properties": {"nlp": report["tool"]["nlp"], "summary": report["summary"]},
        }
        if notifications:
            successful = all(n["level"] != "error" for n in notifications)
            run["invocations"] = [{"executionSuccessful": successful, "toolExecutionNotifications": notifications}]
        return (
            json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False) + "\n"
        )


def _descriptor(rule: Any) -> dict[str, Any]:
    checks = "".join(f"\n- {check}: {fix}" for check, fix in rule.checks.items())
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split(".", 1)[1].split("-")),
        "shortDescription": {"text": rule.message.split(":")[0].replace("{", "").replace("}", "")[:120] or rule.id},
        "fullDescription": {"text": rule.description},
        "help": {
            "text": f"{rule.description}\n\nHow to fix: {rule.fix or '-'}{checks}",
            "markdown": f"{rule.description}\n\n**How to fix:** {rule.fix or '-'}{checks}",
        },
        "defaultConfiguration": {"level": SARIF_LEVEL[rule.level], "enabled": rule.enabled},
        "properties": {"question": rule.question, "kind": rule.kind, "tags": ["resume", rule.question]},
    }


def _location(uri: str, finding: dict[str, Any]) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    line = finding["location"].get("line")
    if line:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}
