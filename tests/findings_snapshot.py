"""The findings every sample, job pair and corpus file gets, as a comparable record (a refactoring guard).

`python tests/findings_snapshot.py --update` rewrites tests/snapshots/findings.json after a deliberate change
of behaviour; the test compares a fresh run against it. Corpus text is never stored: a finding is its rule,
level, page, line and a short hash of the quoted text.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "snapshots" / "findings.json"
CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = (2026, 11)
RESUME_SUFFIXES = {".pdf", ".docx", ".md", ".json", ".txt"}


def _record(entry: dict[str, Any]) -> list[str] | str:
    if entry["status"] != "checked":
        return f"error:{entry['error']['code']}"
    rows = []
    for finding in entry["findings"]:
        where = finding["location"]
        quoted = hashlib.sha1((finding.get("match") or "").encode()).hexdigest()[:8]
        rows.append(f"{finding['rule']}|{finding['level']}|p{where.get('page')}|l{where.get('line')}|{quoted}")
    return sorted(rows)


def cases() -> list[tuple[str, Path, Path | None]]:
    """(key, resume, job) for every sample, job pair and corpus file present."""
    found: list[tuple[str, Path, Path | None]] = []
    for path in sorted((ROOT / "sample_resumes").iterdir()):
        if path.suffix in RESUME_SUFFIXES:
            found.append((f"sample/{path.name}", path, None))
    found.append(("sample+job/taylor_brooks_fit_fail.pdf", ROOT / "sample_resumes" / "taylor_brooks_fit_fail.pdf",
                  ROOT / "sample_resumes" / "jobs" / "data_engineer.txt"))
    for pair in sorted((ROOT / "tests" / "job_pairs").iterdir()):
        found.append((f"pair/{pair.name}", pair / "resume.md", pair / "job.txt"))
    if CORPUS.is_dir():
        for path in sorted(CORPUS.iterdir()):
            if path.is_file() and path.name != "MANIFEST.tsv":
                found.append((f"corpus/{path.name}", path, None))
    return found


def take() -> dict[str, Any]:
    """A fresh record of every case."""
    from resumecheck import check_file
    from resumecheck.config import Config

    plain = Config(today=TODAY)
    record: dict[str, Any] = {}
    for key, resume, job in cases():
        config = plain if job is None else Config(today=TODAY, job=job)
        record[key] = _record(check_file(str(resume), config))
    return record


if __name__ == "__main__":
    if "--update" not in sys.argv:
        sys.exit("usage: python tests/findings_snapshot.py --update")
    SNAPSHOT.write_text(json.dumps(take(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
