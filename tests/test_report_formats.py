"""SARIF, JUnit, GitHub annotations, text options and the CI helpers (action, pre-commit hook, init)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
import yaml

from conftest import ROOT, SAMPLES, SHARED, run_cli

ALL_SAMPLES = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".md", ".json"})


@pytest.fixture(scope="module")
def sarif() -> dict[str, object]:
    result = run_cli("check", "--format", "sarif", *ALL_SAMPLES, "--job", str(SAMPLES / "jobs" / "data_engineer.txt"), cwd=ROOT)
    return json.loads(result.stdout)


def test_sarif_validates_against_the_official_schema(sarif: dict[str, object]) -> None:
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip("../shared/schemas is not present")
    jsonschema.validate(sarif, json.loads(schema_path.read_text()))


def test_sarif_describes_every_rule_and_locates_results(sarif: dict[str, object]) -> None:
    from resumecheck.engine.catalogue import load_catalogue

    run = sarif["runs"][0]  # type: ignore[index]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in load_catalogue()]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"] for r in rules)
    results = run["results"]
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert all(uri.startswith("sample_resumes/") for uri in uris)  # repository-relative
    located = [r for r in results if "region" in r["locations"][0]["physicalLocation"]]
    assert located and all(r["properties"]["line"] == r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in located)
    assert any("page" in r["properties"] and "section" in r["properties"] for r in located)
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_junit_parses_back_with_one_case_per_question(tmp_path: Path) -> None:
    target = tmp_path / "results.xml"
    run_cli("check", "--format", "junit", "-o", str(target), *ALL_SAMPLES)
    root = ET.parse(target).getroot()
    suites = root.findall("testsuite")
    assert len(suites) == len(ALL_SAMPLES)
    for suite in suites:
        cases = suite.findall("testcase")
        assert [c.get("classname") for c in cases] == [f"resumecheck.{q}" for q in ("target", "fit", "proof", "skim", "clean")]
        assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
    strong = next(s for s in suites if s.get("name").endswith("priya_raman_strong.pdf"))
    assert strong.get("failures") == "0"
    failing = next(s for s in suites if s.get("name").endswith("casey_nguyen_proof_fail.md"))
    proof = next(c for c in failing.findall("testcase") if c.get("classname") == "resumecheck.proof")
    assert "proof.weak-phrases" in proof.find("failure").text


def test_github_annotations(tmp_path: Path) -> None:
    out = run_cli("check", "--format", "github", str(SAMPLES / "casey_nguyen_proof_fail.md"), cwd=ROOT).stdout.splitlines()
    assert out[0] == "::group::resumecheck sample_resumes/casey_nguyen_proof_fail.md"
    assert "::endgroup::" in out
    located = "file=sample_resumes/casey_nguyen_proof_fail.md,line="
    assert any(line.startswith(f"::error {located}") and "title=proof.quantified-bullets::" in line for line in out)
    assert any(line.startswith(f"::notice {located}") and "title=proof.weak-phrases::" in line for line in out)
    assert any(line.startswith("::warning file=") and "title=skim.length::" in line for line in out)
    assert all("\n" not in line for line in out)


def test_auto_format_follows_github_actions() -> None:
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    inside = subprocess.run(["resumecheck", "check", str(SAMPLES / "sam_rivera.md")], capture_output=True, text=True, env=env)
    assert inside.stdout.startswith("::group::")
    env.pop("GITHUB_ACTIONS")
    outside = subprocess.run(["resumecheck", "check", str(SAMPLES / "sam_rivera.md")], capture_output=True, text=True, env=env)
    assert "PASS target" in outside.stdout


def test_no_colour_when_piped_and_quiet_prints_only_failures() -> None:
    piped = run_cli("check", str(SAMPLES / "casey_nguyen_proof_fail.md"), str(SAMPLES / "priya_raman_strong.pdf"))
    assert "\033[" not in piped.stdout
    quiet = run_cli("check", "-q", str(SAMPLES / "casey_nguyen_proof_fail.md"), str(SAMPLES / "priya_raman_strong.pdf")).stdout
    assert "casey_nguyen_proof_fail.md: FAIL" in quiet and "priya_raman_strong.pdf" not in quiet.split("\n\n")[0]
    assert "proof.weak-phrases" in quiet and "name:" not in quiet
    hidden = run_cli("check", "--min-level", "warning", "--format", "json", str(SAMPLES / "casey_nguyen_proof_fail.md")).stdout
    levels = {f["level"] for f in json.loads(hidden)["files"][0]["findings"]}
    assert "warning" in levels and "suggestion" not in levels


def test_colour_on_a_terminal_unless_no_color() -> None:
    from resumecheck.report import get_formatter

    report = json.loads(run_cli("check", "--format", "json", str(SAMPLES / "casey_nguyen_proof_fail.md")).stdout)
    assert "\033[31m" in get_formatter("text", color=True).render(report)
    assert "\033[" not in get_formatter("text", color=False).render(report)
    pty = pytest.importorskip("pty")
    env = {**os.environ, "NO_COLOR": "1"}
    master, slave = pty.openpty()
    done = subprocess.run(["resumecheck", "check", str(SAMPLES / "casey_nguyen_proof_fail.md")], stdout=slave, stderr=slave, env=env)
    os.close(slave)
    output = os.read(master, 65536).decode(errors="replace")
    os.close(master)
    assert done.returncode == 0 or "\033[" not in output
    assert "\033[" not in output


def test_action_and_pre_commit_hook_parse_and_the_hook_runs(tmp_path: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert {"paths", "fail-level", "sarif-file"} <= set(action["inputs"])
    steps = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "--format sarif" in steps and "--fail-level" in steps
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "resumecheck")
    import re

    for name in ("a.pdf", "b.docx", "c.md", "d.json", "e.txt"):
        assert re.search(hook["files"], name)
    assert not re.search(hook["files"], "photo.jpg")
    notes = tmp_path / "notes.txt"
    notes.write_text("Things to do this week: update the site, renew the domain.\n")
    skipped = subprocess.run([*shlex.split(hook["entry"]), str(notes)], capture_output=True, text=True)
    assert skipped.returncode == 0 and "skipped, not resumes" in skipped.stdout  # notes are not judged
    strong = subprocess.run([*shlex.split(hook["entry"]), str(SAMPLES / "priya_raman_strong.pdf")], capture_output=True, text=True)
    assert strong.returncode == 0 and "PASS" in strong.stdout
    weak = subprocess.run([*shlex.split(hook["entry"]), str(SAMPLES / "jordan_blake_target_fail.md")], capture_output=True, text=True)
    assert weak.returncode == 1


def test_init_writes_a_valid_commented_config(tmp_path: Path) -> None:
    assert run_cli("init", cwd=tmp_path).returncode == 0
    config = tmp_path / ".resumecheck.yaml"
    assert config.read_text().startswith("# resumecheck configuration")
    assert run_cli("init", cwd=tmp_path).returncode == 2  # never overwrites silently
    assert run_cli("check", str(SAMPLES / "priya_raman_strong.pdf"), cwd=tmp_path).returncode == 0


def test_init_config_points_at_the_projects_own_documentation(tmp_path: Path) -> None:
    """The starter config names no web page (the project publishes none) and each document it cites exists here."""
    import re

    assert run_cli("init", cwd=tmp_path).returncode == 0
    config = (tmp_path / ".resumecheck.yaml").read_text()
    assert not re.search(r"https?://|www\\.", config), config.splitlines()[0]
    cited = re.findall(r"\b((?:docs/)?[\w-]+\.md)(?:'s)?(?: section)? ?(?:\"([^\"]+)\")?", config)
    assert {path for path, _ in cited} >= {"README.md", "docs/rules.md"}
    for path, heading in cited:
        document = (ROOT / path).read_text()
        assert not heading or f"## {heading}\n" in document, (path, heading)


@pytest.mark.parametrize("fmt", ["text", "json", "html", "sarif", "junit", "github"])
def test_every_format_renders_every_sample(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"report.{fmt}"
    result = run_cli("check", "--format", fmt, "-o", str(target), *ALL_SAMPLES)
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == "" and target.stat().st_size > 500
    content = target.read_text()
    for sample in ALL_SAMPLES:
        assert Path(sample).name in content


def test_ignore_patterns_skip_files(tmp_path: Path) -> None:
    folder = tmp_path / "resumes"
    (folder / "drafts").mkdir(parents=True)
    (folder / "final.md").write_text((SAMPLES / "sam_rivera.md").read_text())
    (folder / "drafts" / "old.md").write_text((SAMPLES / "sam_rivera.md").read_text())
    (tmp_path / ".resumecheck.yaml").write_text("ignore: ['*/drafts/*']\n")
    report = json.loads(run_cli("check", "--format", "json", "resumes", cwd=tmp_path).stdout)
    assert [Path(f["path"]).name for f in report["files"]] == ["final.md"]
