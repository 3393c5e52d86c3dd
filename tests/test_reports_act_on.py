"""Reports people act on: what to fix first, where a finding is in words, facts shown only when right, folders
that hold more than resumes, the shipped schema."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, SAMPLES, SCHEMA, check_json, run_cli
from resumecheck.report.html_view import six_second_view
from resumecheck.report.text_format import TextFormatter

SOFIA = SAMPLES / "sofia_reyes_two_column_fail.pdf"


def test_priorities_rank_the_changes_that_decide_the_verdict(report_schema: dict[str, Any]) -> None:
    import jsonschema

    report = check_json(SOFIA, SAMPLES / "priya_raman_strong.pdf")
    jsonschema.validate(report, report_schema)
    sofia, strong = report["files"]
    ranked = sofia["priorities"]
    assert [item["rank"] for item in ranked] == list(range(1, len(ranked) + 1)) and 3 <= len(ranked) <= 5
    assert ranked[0]["rule"] == "proof.quantified-bullets" and ranked[0]["level"] == "error"  # the failing question
    assert "proof.weak-phrases" not in {item["rule"] for item in ranked}  # suggestions never outrank what fails
    elena = check_json(SAMPLES / "elena_novak_header_contact.pdf")["files"][0]["priorities"]
    grouped = next(item for item in elena if item["rule"] == "skim.header-footer-content")
    assert len(grouped["findings"]) == 2 and "(and 1 more like it)" in grouped["message"]  # one change, two findings
    levels = [item["level"] for item in ranked]
    assert levels == sorted(levels, key=["error", "warning", "suggestion"].index)
    assert strong["priorities"] == []  # nothing to fix


def test_text_report_opens_with_fixes_and_says_where_in_words() -> None:
    result = run_cli("check", str(SOFIA))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("FAIL") and lines[1].strip() == "fix first:"
    assert "1. [E] proof: None of your 5 experience bullets has a result in numbers" in lines[2]
    assert "at page 1 · Experience › Marketing Specialist, Coral Bay Resorts" in result.stdout
    assert result.stdout.count("fix: Rewrite as an achievement") == 1  # five findings, one fix line
    quiet = run_cli("check", "-q", str(SOFIA)).stdout
    assert "FAIL proof" in quiet and "PASS" not in quiet and "\n  skim:\n" not in quiet  # only the failing one


def test_two_findings_on_the_same_words_are_one_entry_with_both_reasons() -> None:
    location = {"page": 1, "line": 12, "section": "experience", "entry": "Analyst, Acme", "bbox": None}
    findings = [
        {"rule": rule, "question": "proof", "level": level, "message": message, "match": "Responsible for",
         "suggestion": fix, "location": location}
        for rule, level, message, fix in (
            ("proof.weak-phrases", "warning", '"Responsible for" describes a duty', "Say what changed."),
            ("proof.action-verbs", "suggestion", "This bullet starts with a weak verb", "Open with a verb."),
        )
    ]
    entry = {"path": "r.pdf", "status": "checked", "verdict": "fail", "notes": [], "priorities": [],
             "questions": [{"id": "proof", "title": "t", "verdict": "fail", "score": 60}], "findings": findings,
             "facts": None}
    report = {"files": [entry], "tool": {"nlp": "en_core_web_sm"},
              "summary": {"files": 1, "checked": 1, "errors": 0, "passed": 0, "failed": 1}}
    text = TextFormatter(quiet=True).render(report)
    assert text.count("[W]") == 1 and "proof.weak-phrases + proof.action-verbs" in text
    assert '"Responsible for" describes a duty; This bullet starts with a weak verb' in text
    assert "Say what changed." in text and "Open with a verb." in text
    assert "at page 1 · Experience › Analyst, Acme" in text


def test_the_six_second_view_marks_what_it_is_not_sure_of(corpus: Path) -> None:
    sofia = check_json(SOFIA)["files"][0]
    items = {item["label"]: item for item in six_second_view(sofia["facts"], [])}
    assert items["Current role"]["value"].startswith("Marketing Specialist at Coral Bay Resorts")
    assert items["Education"]["value"] == "B.A. in Communications at Florida International University"
    assert {item["state"] for item in items.values()} == {"ok"}
    deedy = check_json(corpus / "deedy_resume-openfont_2col.pdf")["files"][0]
    view = {item["label"]: item for item in six_second_view(deedy["facts"], [])}
    assert view["Current role"]["state"] == "ok"
    assert view["Previous role"]["state"] == "unsure"  # "Mountain View" read as a title: not shown as certain


def test_rules_wrap_to_the_terminal_and_explain_helps_with_a_typo() -> None:
    env = {**os.environ, "COLUMNS": "80"}
    import subprocess

    listed = subprocess.run(["resumecheck", "rules"], capture_output=True, text=True, env=env, timeout=120)
    assert listed.returncode == 0 and all(len(line) <= 80 for line in listed.stdout.splitlines())
    wrong = run_cli("explain", "proof.buzzword")
    assert wrong.returncode == 2 and "did you mean proof.buzzwords?" in wrong.stderr
    explained = run_cli("explain", "skim.columns").stdout
    assert "A PDF with a left sidebar" in explained and ".pdf" not in explained


def test_a_folder_walk_checks_resumes_and_skips_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "repo"
    folder.mkdir()
    shutil.copy(SAMPLES / "sam_rivera.md", folder / "resume.md")
    (folder / "package.json").write_text('{"name": "site", "version": "1.0.0"}')
    (folder / "README.md").write_text("# My site\n\nBuilt with a static site generator.\n\n## Install\n\nnpm i\n")
    job = folder / "job.txt"
    job.write_text("Operations Manager\n\nRequirements:\n- 5+ years of logistics operations\n- Excel, WMS\n")
    result = run_cli("check", "--format", "json", "--job", str(job), str(folder))
    report = json.loads(result.stdout)
    status = {Path(entry["path"]).name: entry["status"] for entry in report["files"]}
    assert status == {"README.md": "skipped", "package.json": "skipped", "resume.md": "checked"}
    assert all(e["error"]["code"] == "not_a_resume" for e in report["files"] if e["status"] == "skipped")
    assert report["summary"]["skipped"] == 2 and report["summary"]["errors"] == 0
    assert result.returncode in (0, 1)  # judged on the resume's verdict: skipped files are not errors
    named = run_cli("check", str(folder / "package.json"))
    assert named.returncode == 2 and "not a JSON Resume" in named.stdout  # a file named on purpose is checked
    (tmp_path / "empty").mkdir()
    empty = run_cli("check", str(tmp_path / "empty"))
    assert empty.returncode == 2 and "no resumes found" in empty.stderr
    (folder / "resume.md").unlink()
    only_other = run_cli("check", str(folder))
    assert only_other.returncode == 2 and "no resumes found" in only_other.stderr


def test_the_schema_ships_in_the_package_and_is_the_shared_contract() -> None:
    shipped = json.loads(run_cli("schema").stdout)
    assert shipped["$id"] == "resumecheck-report-v1"
    assert json.loads(run_cli("schema", "--diff").stdout)["$id"] == "resumecheck-diff-v1"
    if not SCHEMA.exists():
        pytest.skip("../shared/schemas is not present")
    assert shipped == json.loads(SCHEMA.read_text())
    import jsonschema

    for path in sorted(SAMPLES.glob("*.*")):
        if path.suffix in {".pdf", ".docx", ".md", ".json", ".png"}:
            jsonschema.validate(check_json(path), shipped)
    assert CORPUS  # the corpus is not needed here: the samples cover every format


def test_every_finding_has_a_fingerprint_that_survives_edits_elsewhere(tmp_path: Path) -> None:
    original = (SAMPLES / "quinn_harper_clean_fail.md").read_text()
    edited = tmp_path / "quinn_harper.md"
    edited.write_text(original.replace("## Summary", "## Summary\n\nUX researcher in health care since 2016.\n", 1))
    before, after = check_json(SAMPLES / "quinn_harper_clean_fail.md")["files"][0], check_json(edited)["files"][0]
    prints = {f["fingerprint"]: f for f in before["findings"]}
    assert all(len(f["fingerprint"]) == 16 for f in before["findings"])
    spelling = next(f for f in before["findings"] if f["rule"] == "clean.spelling")
    moved = next(f for f in after["findings"] if f["fingerprint"] == spelling["fingerprint"])
    assert moved["location"]["line"] != spelling["location"]["line"]  # the line moved, the fingerprint did not
    assert len(prints) >= len(before["findings"]) - 2  # distinct problems, distinct fingerprints
