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

# Italian: a language the rules do not know (German, French and Spanish are judged since issue 27).
ITALIAN = """# Giulia Bianchi

Analista di dati · giulia.bianchi@libero.it · +39 02 4817 2936

## Esperienza professionale

### Analista di dati, Nordluce S.r.l. | 2019 – 2023

- Responsabile della analisi dei dati di vendita di tutti i negozi del nord per la direzione
- Creazione di una nuova piattaforma per il reporting della direzione e dei responsabili di reparto

## Istruzione

Laurea magistrale in Statistica, Università di Bologna, 2014 – 2018

## Competenze

Python, SQL, Tableau
"""


@pytest.fixture
def italian(tmp_path: Path) -> Path:
    path = tmp_path / "curriculum.md"
    path.write_text(ITALIAN, encoding="utf-8")
    return path


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run_cli("check", "--format", "json", *args)
    return result.returncode, json.loads(result.stdout)


def _valid(report: dict[str, Any], report_schema: dict[str, Any]) -> None:
    """Valid against the shared contract (the packaged schema is the same document, word for word)."""
    jsonschema.validate(report, report_schema)


def test_an_italian_resume_is_not_judged_in_json_and_exits_3(italian: Path, report_schema: dict[str, Any]) -> None:
    code, report = _json(str(italian))
    entry = report["files"][0]
    assert code == 3
    assert entry["status"] == "checked" and entry["verdict"] is None and entry["judged"] is False
    assert "not English" in entry["verdict_reason"]
    assert report["summary"]["passed"] == 0 and report["summary"]["not_judged"] == 1
    _valid(report, report_schema)
    assert run_cli("check", "--fail-level", "never", str(italian)).returncode == 0
    assert run_cli("check", "--fail-level", "error", str(italian)).returncode == 3


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


def test_a_failing_resume_beside_an_unjudged_one_exits_1(italian: Path) -> None:
    result = run_cli("check", "--format", "text", str(italian), str(SAMPLES / "quinn_harper_clean_fail.md"))
    assert result.returncode == 1
    assert "1 failed, 1 not judged" in result.stdout


def test_every_ci_format_says_not_judged(italian: Path) -> None:
    markdown = run_cli("check", "--format", "markdown", str(italian)).stdout
    row = next(line for line in markdown.splitlines() if "curriculum.md" in line)
    assert "**NOT JUDGED**" in row and "not English" in row and "PASS" not in row

    github = run_cli("check", "--format", "github", str(italian))
    assert github.returncode == 3
    assert any(
        line.startswith("::error ") and "title=resumecheck not judged" in line and "not English" in line
        for line in github.stdout.splitlines()
    )
    assert "curriculum.md: NOT JUDGED" in github.stdout

    sarif = json.loads(run_cli("check", "--format", "sarif", str(italian)).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["not_judged"]
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is True

    junit = ET.fromstring(run_cli("check", "--format", "junit", str(italian)).stdout)
    assert junit.get("skipped") == "4" and junit.get("failures") == "0"

    html = run_cli("check", "--format", "html", str(italian)).stdout
    assert 'data-verdict="not_judged"' in html and "Not judged" in html
    assert "Passes all five questions" not in html


def test_a_baseline_that_was_not_judged_either_does_not_block(italian: Path, tmp_path: Path) -> None:
    """With a baseline, exit 3 only when the file was judged (or absent) before: what the change brought."""
    baseline = tmp_path / "main.json"
    run_cli("check", "--format", "json", "-o", str(baseline), "--fail-level", "never", str(italian))
    assert run_cli("check", "--baseline", str(baseline), str(italian)).returncode == 0
    english = tmp_path / "english.json"
    english.write_text(
        json.dumps({"files": [{**_json(str(SAMPLES / "sam_rivera.md"))[1]["files"][0], "path": str(italian)}]})
    )
    assert run_cli("check", "--baseline", str(english), str(italian)).returncode == 3


def test_the_help_and_readme_document_exit_3() -> None:
    assert "3  a resume was not judged" in run_cli("check", "--help").stdout
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "3 when a resume was not judged" in readme
