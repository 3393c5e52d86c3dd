"""A diff of two different people warns in text, JSON and HTML; a DOCX progress report shows its pages' text
with the findings numbered, as the check report does for files without page pictures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import SAMPLES, SHARED, run_cli

DANA_BEFORE = SAMPLES / "dana_whitfield_before.pdf"
DANA_AFTER = SAMPLES / "dana_whitfield_after.pdf"
PRIYA = SAMPLES / "priya_raman_strong.pdf"


def _diff(*args: str) -> dict[str, Any]:
    return json.loads(run_cli("diff", *args, "--format", "json").stdout)


def _valid(document: dict[str, Any]) -> None:
    shared = SHARED / "schemas" / "resumecheck-diff.schema.json"
    if not shared.exists():
        pytest.skip("../shared/schemas is not present")
    jsonschema.validate(document, json.loads(shared.read_text()))


def test_a_diff_of_two_people_warns_in_json_and_text() -> None:
    document = _diff(str(DANA_BEFORE), str(PRIYA))
    identity = document["identity"]
    assert identity["same_person"] is False and "name" in identity["differs"]
    assert identity["before"]["name"] == "Dana Whitfield" and identity["after"]["name"] == "Priya Raman"
    assert "two different people" in identity["warning"]
    _valid(document)
    text = run_cli("diff", str(DANA_BEFORE), str(PRIYA)).stdout.splitlines()
    assert text[1].startswith("  WARNING: These look like two different people (name Dana Whitfield → Priya Raman")


def test_two_versions_of_one_resume_do_not_warn() -> None:
    document = _diff(str(DANA_BEFORE), str(DANA_AFTER))
    assert document["identity"]["same_person"] is True and document["identity"]["warning"] is None
    _valid(document)
    assert "WARNING" not in run_cli("diff", str(DANA_BEFORE), str(DANA_AFTER)).stdout


def test_a_changed_email_under_the_same_name_is_flagged_but_the_same_person(tmp_path: Path) -> None:
    resume = (SAMPLES / "sam_rivera.md").read_text(encoding="utf-8")
    email = next(word for word in resume.split() if "@" in word).strip("|,;()<>")
    moved = tmp_path / "sam_rivera_v2.md"
    moved.write_text(resume.replace(email, "sam.rivera.work@proton.me"), encoding="utf-8")
    identity = _diff(str(SAMPLES / "sam_rivera.md"), str(moved))["identity"]
    assert identity["differs"] == ["email"] and identity["same_person"] is True
    assert identity["warning"].startswith("The e-mail changed")


def test_the_html_progress_report_warns_of_two_people(tmp_path: Path) -> None:
    target = tmp_path / "progress.html"
    run_cli("diff", str(DANA_BEFORE), str(PRIYA), "--format", "html", "-o", str(target))
    html = target.read_text(encoding="utf-8")
    assert 'data-identity="different"' in html and "two different people" in html


def test_a_docx_progress_report_shows_both_versions_with_numbered_findings(tmp_path: Path) -> None:
    before = SAMPLES / "ana_silva_controls.docx"
    target = tmp_path / "progress.html"
    run_cli("diff", str(before), str(SAMPLES / "priya_raman_strong.docx"), "--format", "html", "-o", str(target))
    html = target.read_text(encoding="utf-8")
    assert "only PDF pages are drawn" not in html
    assert html.count("data-text-view=") == 2
    before_view = html.split('data-text-view="before"', 1)[1].split('data-text-view="after"', 1)[0]
    assert 'class="num fixed"' in before_view  # the findings the revision fixed, numbered on their lines
