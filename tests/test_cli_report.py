"""The `check` command: JSON that follows the shared schema, the text summary, folders, --output."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from conftest import SAMPLES, check_json, run_cli

ALL_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".md", ".json"})


def test_every_sample_report_validates_against_the_schema(report_schema: dict[str, object]) -> None:
    report = check_json(*ALL_SAMPLES)
    jsonschema.validate(report, report_schema)
    assert [Path(f["path"]).name for f in report["files"]] == [p.name for p in ALL_SAMPLES]
    assert report["tool"]["name"] == "resumecheck"
    assert all(f["status"] == "checked" for f in report["files"])


def test_error_entries_validate_too(report_schema: dict[str, object], tmp_path: Path) -> None:
    bad = tmp_path / "cv.xls"  # a binary Office file that is not a Word document
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    report = check_json(bad, tmp_path / "absent.pdf")
    jsonschema.validate(report, report_schema)
    assert [f["error"]["code"] for f in report["files"]] == ["unsupported_format", "not_found"]


def test_folders_are_searched_recursively_in_order(tmp_path: Path) -> None:
    nested = tmp_path / "applicants" / "batch-1"
    nested.mkdir(parents=True)
    (nested / "b.md").write_text((SAMPLES / "sam_rivera.md").read_text())
    (tmp_path / "applicants" / "a.pdf").write_bytes((SAMPLES / "priya_raman_strong.pdf").read_bytes())
    (tmp_path / "applicants" / "notes.xlsx.tmp").write_text("ignored")
    (tmp_path / "applicants" / ".hidden.pdf").write_text("ignored")
    report = check_json(tmp_path / "applicants")
    assert [Path(f["path"]).name for f in report["files"]] == ["a.pdf", "b.md"]


def test_text_format_summarises_the_facts() -> None:
    result = run_cli("check", str(SAMPLES / "priya_raman_strong.pdf"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "name: Priya Raman" in out and "priya.raman@gmail.com" in out
    assert "Senior Data Engineer | Brightline Analytics | 2021-03 – present | 5 bullet(s)" in out
    assert "experience bullets: 10 (10 with a number)" in out
    assert "PASS target" in out and "PASS clean" in out
    assert result.stderr == ""  # pdfminer's logging is silenced


def test_output_into_a_folder_that_does_not_exist_yet(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "2026" / "report.json"
    result = run_cli("check", "--format", "json", "-o", str(target), str(SAMPLES / "priya_raman_strong.pdf"))
    assert result.returncode == 0 and result.stderr == "" and json.loads(target.read_text())["files"]
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    refused = run_cli("check", "-o", str(blocked / "report.txt"), str(SAMPLES / "priya_raman_strong.pdf"))
    assert refused.returncode == 2 and "cannot create the folder" in refused.stderr and "Traceback" not in refused.stderr


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = run_cli("check", "--format", "json", "-o", str(target), str(SAMPLES / "aiko_tanaka.resume.json"))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(target.read_text())["files"][0]["facts"]["contact"]["name"] == "Aiko Tanaka"


def test_usage_errors_exit_2() -> None:
    assert run_cli("check").returncode == 2
    assert run_cli("check", "--format", "yaml", str(SAMPLES / "sam_rivera.md")).returncode == 2


def test_library_api_returns_a_files_entry() -> None:
    import resumecheck

    entry = resumecheck.check_file(str(SAMPLES / "sam_rivera.md"))
    assert entry["status"] == "checked" and entry["facts"]["contact"]["name"] == "Sam Rivera"
    same = resumecheck.check_bytes((SAMPLES / "sam_rivera.md").read_bytes(), "sam.md")
    assert same["facts"] == entry["facts"]


def test_quoted_glob_patterns_are_expanded(tmp_path: Path) -> None:
    for name in ("a.md", "b.md", "c.txt"):
        (tmp_path / name).write_text((SAMPLES / "sam_rivera.md").read_text())
    report = check_json(str(tmp_path / "*.md"))
    assert [Path(f["path"]).name for f in report["files"]] == ["a.md", "b.md"]
    missing = check_json(str(tmp_path / "*.pdf"))
    assert missing["files"][0]["error"]["code"] == "not_found"


def test_a_folder_in_text_form_ends_with_a_line_per_file_and_the_skipped_files(tmp_path: Path) -> None:
    """As the HTML report's overview: verdict, failing questions and what to fix first, read from the same run's JSON."""
    import re
    import shutil

    folder = tmp_path / "resumes"
    (folder / "notes").mkdir(parents=True)
    for name in ("priya_raman_strong.pdf", "casey_nguyen_proof_fail.md", "jordan_blake_target_fail.md"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not a PDF after all")
    (folder / "notes" / "README.md").write_text("# Notes\n\nBuy milk and renew the domain.\n")
    (folder / "notes" / "todo list.txt").write_text("Things to do this week: call the bank.\n")
    text = run_cli("check", "--format", "text", "resumes", cwd=tmp_path).stdout
    report = json.loads(run_cli("check", "--format", "json", "resumes", cwd=tmp_path).stdout)
    judged = [e for e in report["files"] if e["status"] != "skipped"]

    tail = text.split("\nsummary (")[-1].splitlines()
    assert tail[0] == f"{len(judged)} file(s)):"
    rows = tail[1 : 1 + len(judged)]
    for entry, row in zip(judged, rows, strict=True):
        verdict, path, rest = re.match(r"^  (\S+(?: JUDGED)?)\s+(\S+)\s*(.*)$", row).groups()  # type: ignore[union-attr]
        assert path == entry["path"]
        if entry["status"] == "error":
            assert verdict == "UNREADABLE" and entry["error"]["message"] in rest
            continue
        assert verdict == entry["verdict"].upper()
        failing = [q["id"] for q in entry["questions"] if q["verdict"] == "fail"]
        assert (f"failing: {', '.join(failing)}" in rest) is bool(failing)
        if entry["priorities"]:
            assert rest.endswith(f"fix first: {entry['priorities'][0]['message']}")
    assert {e["verdict"] for e in judged} >= {"pass", "fail", None}  # each kind of line is exercised
    skipped = sorted(e["path"] for e in report["files"] if e["status"] == "skipped")
    assert skipped == ["resumes/notes/README.md", "resumes/notes/todo list.txt"]
    assert tail[1 + len(judged) :][:4] == ["", f"skipped, not resumes ({len(skipped)}):", *(f"  {p}" for p in skipped)]
    assert tail[-1].startswith(f"{len(report['files'])} file(s):")
