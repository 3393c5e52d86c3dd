"""Shared fixtures: the generated samples, the shared corpus, and a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_resumes"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SCHEMA = SHARED / "schemas" / "resumecheck-report.schema.json"

sys.path.insert(0, str(SAMPLES))


def read_entry(result: Any) -> dict[str, Any]:
    """The `files[]` entry of a file that was read but not judged (facts or error, no findings)."""
    from resumecheck.judge import FileResult

    return FileResult(path=result.path, facts=result.facts, error=result.error).to_dict()


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `resumecheck` console script the way a user does."""
    return subprocess.run(["resumecheck", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def check_json(*paths: Path | str) -> dict[str, Any]:
    """`resumecheck check --format json` over paths, parsed."""
    result = run_cli("check", "--format", "json", *map(str, paths))
    assert result.stdout, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def report_schema() -> dict[str, Any]:
    if not SCHEMA.exists():
        pytest.skip("../shared/schemas is not present")
    return json.loads(SCHEMA.read_text())


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "labels").is_dir():
        if os.environ.get("CI"):
            pytest.fail("CI runs with ../shared beside the clone, but ../shared/corpus is missing")
        pytest.skip("../shared/corpus is not present")
    return CORPUS
