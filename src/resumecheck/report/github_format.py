"""GitHub Actions workflow commands: one annotation per finding, grouped per file."""

from __future__ import annotations

from typing import Any

from . import fix_label, not_judged, relative_path, verdict_label

COMMAND = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter:
    """`::error file=...,line=...,title=RULE::message` lines that GitHub shows on the pull request."""

    def render(self, report: dict[str, Any]) -> str:
        """One ::group:: per file with its annotations."""
        out: list[str] = []
        for entry in (e for e in report["files"] if e["status"] != "skipped"):  # folder files that are not resumes
            path = relative_path(entry["path"])
            out.append(f"::group::resumecheck {path}")
            if entry["status"] == "error":
                out.append(
                    f"::error file={_property(path)},title={_property('resumecheck ' + entry['error']['code'])}::"
                    f"{_data(entry['error']['message'])}"
                )
            else:
                for finding in entry["findings"]:
                    if finding.get("baseline_state") == "unchanged":
                        continue  # with a baseline a pull request is annotated with what it brought, not what it kept
                    props = [f"file={_property(path)}"]
                    if finding["location"].get("line"):
                        props.append(f"line={finding['location']['line']}")
                    props.append(f"title={_property(finding['rule'])}")
                    message = finding["message"] + (
                        f" {fix_label(entry)}: {finding['suggestion']}" if finding.get("suggestion") else ""
                    )
                    out.append(f"::{COMMAND[finding['level']]} {','.join(props)}::{_data(message)}")
                verdicts = " ".join(
                    f"{q['id']}={q['verdict']}({q['score'] if q['score'] is not None else '-'})"
                    for q in entry["questions"]
                )
                if not_judged(entry):
                    # the step goes red with exit 3: say why on the file, where the pull request shows it
                    title = _property("resumecheck not judged")
                    out.append(f"::error file={_property(path)},title={title}::{_data(entry['verdict_reason'] or '')}")
                out.append(f"{path}: {verdict_label(entry)} {verdicts}")
            out.append("::endgroup::")
        summary = report["summary"]
        out.append(
            f"resumecheck: {summary['files']} file(s), {summary['passed']} passed, {summary['failed']} failed, "
            f"{summary.get('not_judged', 0)} not judged, {summary['errors']} unreadable"
        )
        return "\n".join(out) + "\n"
