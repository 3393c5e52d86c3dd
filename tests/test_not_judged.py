"""A resume whose words could not be judged (not English, no readable text) never reads as a pass: its verdict
is "not judged" in every format, the run exits 3 unless `--fail-level never`, and the JSON stays valid."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import SAMPLES, run_cli

GERMAN = """# Katharina Schmidt

Datenanalystin · katharina.schmidt@posteo.de · +49 30 1234567

## Berufserfahrung

### Datenanalystin, Nordlicht GmbH | 2019 – 2023

- Verantwortlich für die Auswertung der Verkaufsdaten aller Filialen in Norddeutschland
- Aufbau einer neuen Berichtsplattform für die Geschäftsführung und die Abteilungsleiter

## Ausbildung

Master in Statistik, Universität Hamburg, 2014 – 2018

## Kenntnisse

Python, SQL, Tableau
"""


@pytest.fixture
def german(tmp_path: Path) -> Path:
    path = tmp_path / "lebenslauf.md"
    path.write_text(GERMAN, encoding="utf-8")
    return path


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run_cli("check", "--format", "json", *args)
    return result.returncode, json.loads(result.stdout)


def _valid(report: dict[str, Any], report_schema: dict[str, Any]) -> None:
    """Valid against the shared contract (the packaged schema is the same document, word for word)."""
    jsonschema.validate(report, report_schema)


def test_a_german_resume_is_not_judged_in_json_and_exits_3(german: Path, report_schema: dict[str, Any]) -> None:
    code, report = _json(str(german))
    entry = report["files"][0]
    assert code == 3
    assert entry["status"] == "checked" and entry["verdict"] is None and entry["judged"] is False
    assert "not English" in entry["verdict_reason"]
    assert report["summary"]["passed"] == 0 and report["summary"]["not_judged"] == 1
    _valid(report, report_schema)
    assert run_cli("check", "--fail-level", "never", str(german)).returncode == 0
    assert run_cli("check", "--fail-level", "error", str(german)).returncode == 3


def test_the_chinese_corpus_resume_is_not_judged(corpus: Path, report_schema: dict[str, Any]) -> None:
    path = corpus / "billryan_resume-zh_CN.pdf"
    text = run_cli("check", "--format", "text", str(path))
    assert text.returncode == 3
    assert text.stdout.splitlines()[0].endswith(": NOT JUDGED")
    assert "PASS\n" not in text.stdout.split("\n", 1)[0] and "1 not judged" in text.stdout
    code, report = _json(str(path))
    assert code == 3 and report["files"][0]["judged"] is False and report["files"][0]["verdict"] is None
    _valid(report, report_schema)


def test_an_english_resume_is_judged(report_schema: dict[str, Any]) -> None:
    code, report = _json(str(SAMPLES / "priya_raman_strong.pdf"))
    assert code == 0 and report["files"][0]["judged"] is True and report["files"][0]["verdict"] == "pass"
    _valid(report, report_schema)


def test_a_file_read_for_layout_only_that_fails_its_layout_stays_fail(report_schema: dict[str, Any]) -> None:
    """An image-only PDF without OCR fails skim.text-layer: that failure is judged, so it is a fail (exit 1)."""
    code, report = _json("--ocr", "never", str(SAMPLES / "priya_raman_image_only.pdf"))
    entry = report["files"][0]
    assert code == 1 and entry["verdict"] == "fail" and entry["judged"] is False
    assert "No readable text" in entry["verdict_reason"]
    _valid(report, report_schema)


def test_a_failing_resume_beside_an_unjudged_one_exits_1(german: Path) -> None:
    result = run_cli("check", "--format", "text", str(german), str(SAMPLES / "quinn_harper_clean_fail.md"))
    assert result.returncode == 1
    assert "1 failed, 1 not judged" in result.stdout


def test_every_ci_format_says_not_judged(german: Path) -> None:
    markdown = run_cli("check", "--format", "markdown", str(german)).stdout
    row = next(line for line in markdown.splitlines() if "lebenslauf.md" in line)
    assert "**NOT JUDGED**" in row and "not English" in row and "PASS" not in row

    github = run_cli("check", "--format", "github", str(german))
    assert github.returncode == 3
    assert any(
        line.startswith("::error ") and "title=resumecheck not judged" in line and "not English" in line
        for line in github.stdout.splitlines()
    )
    assert "lebenslauf.md: NOT JUDGED" in github.stdout

    sarif = json.loads(run_cli("check", "--format", "sarif", str(german)).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["not_judged"]
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is True

    junit = ET.fromstring(run_cli("check", "--format", "junit", str(german)).stdout)
    assert junit.get("skipped") == "4" and junit.get("failures") == "0"

    html = run_cli("check", "--format", "html", str(german)).stdout
    assert 'data-verdict="not_judged"' in html and "Not judged" in html
    assert "Passes all five questions" not in html


def test_a_baseline_that_was_not_judged_either_does_not_block(german: Path, tmp_path: Path) -> None:
    """With a baseline, exit 3 only when the file was judged (or absent) before: what the change brought."""
    baseline = tmp_path / "main.json"
    run_cli("check", "--format", "json", "-o", str(baseline), "--fail-level", "never", str(german))
    assert run_cli("check", "--baseline", str(baseline), str(german)).returncode == 0
    english = tmp_path / "english.json"
    english.write_text(
        json.dumps({"files": [{**_json(str(SAMPLES / "sam_rivera.md"))[1]["files"][0], "path": str(german)}]})
    )
    assert run_cli("check", "--baseline", str(english), str(german)).returncode == 3


def test_the_help_and_readme_document_exit_3() -> None:
    assert "3  a resume was not judged" in run_cli("check", "--help").stdout
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "3 when a resume was not judged" in readme
