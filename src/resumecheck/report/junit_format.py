"""JUnit XML: one test suite per resume, one test case per question, failed when the question fails."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from ..engine.languages import ReportWords, report_words


class JunitFormatter:
    """CI systems show each question as a test: green when it passes, red with the findings when not."""

    def render(self, report: dict[str, Any]) -> str:
        """Serialise the run as a <testsuites> document."""
        suites = ET.Element("testsuites", name="resumecheck")
        totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for entry in (e for e in report["files"] if e["status"] != "skipped"):  # folder files that are not resumes
            suite = ET.SubElement(suites, "testsuite", name=entry["path"])
            if entry["status"] == "error":
                case = ET.SubElement(suite, "testcase", name="read", classname=entry["path"])
                error = ET.SubElement(case, "error", type=entry["error"]["code"], message=entry["error"]["message"])
                error.text = entry["error"]["message"]
                counts = {"tests": 1, "failures": 0, "errors": 1, "skipped": 0}
            else:
                counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
                words = report_words(entry.get("messages_language"))
                for question in entry["questions"]:
                    counts["tests"] += 1
                    case = ET.SubElement(
                        suite,
                        "testcase",
                        name=f"{question['id']}: {question['title']}",
                        classname=f"resumecheck.{question['id']}",
                    )
                    findings = [f for f in entry["findings"] if f["question"] == question["id"]]
                    if question["verdict"] == "fail":
                        counts["failures"] += 1
                        failure = ET.SubElement(
                            case,
                            "failure",
                            type=question["id"],
                            message=words.text("question-failed", question=question["id"], score=question["score"]),
                        )
                        failure.text = "\n".join(_finding_line(f, words) for f in findings)
                    elif question["verdict"] == "not_checked":
                        counts["skipped"] += 1
                        ET.SubElement(case, "skipped", message=question.get("reason") or "not checked")
                    elif findings:
                        ET.SubElement(case, "system-out").text = "\n".join(_finding_line(f, words) for f in findings)
            for key, value in counts.items():
                suite.set(key, str(value))
                totals[key] += value
        for key, value in totals.items():
            suites.set(key, str(value))
        ET.indent(suites)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _finding_line(finding: dict[str, Any], words: ReportWords) -> str:
    where = finding["location"]
    place = ", ".join(_place(k, where[k], words) for k in ("page", "line", "section") if where.get(k))
    fix = f" {words.label('fix')}: {finding['suggestion']}" if finding.get("suggestion") else ""
    return f"[{finding['level']}] {finding['rule']}: {finding['message']}" + (f" ({place})" if place else "") + fix


def _place(key: str, value: Any, words: ReportWords) -> str:
    """One part of a finding's place in the findings' language: "page 1", "Zeile 9", "section skills"."""
    if key == "section":
        return words.text("section", section=words.section(value) if words.sections else value)
    return words.text(key, **{key: value})
