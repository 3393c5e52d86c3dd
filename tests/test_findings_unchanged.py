"""Refactoring guard: every sample, job pair and corpus file gets the findings recorded in the snapshot.

The snapshot was taken before the rules-design refactor; a deliberate change of behaviour rewrites it with
`python tests/findings_snapshot.py --update` in the same commit, so the diff shows what changed.
"""

from __future__ import annotations

import json
import shutil

from findings_snapshot import CORPUS, SNAPSHOT, take


def test_findings_match_the_snapshot() -> None:
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    fresh = take()
    if not CORPUS.is_dir():
        recorded = {key: value for key, value in recorded.items() if not key.startswith("corpus/")}
    if shutil.which("tesseract") is None:  # pictures of text are read by OCR where Tesseract is installed (CI)
        pictures = {key for key, value in recorded.items() if any("skim.text-layer|" in f for f in value)}
        recorded = {key: value for key, value in recorded.items() if key not in pictures}
        fresh = {key: value for key, value in fresh.items() if key not in pictures}
    assert sorted(fresh) == sorted(recorded)
    changed = {key: (sorted(set(recorded[key]) - set(fresh[key])), sorted(set(fresh[key]) - set(recorded[key])))
               for key in recorded if fresh[key] != recorded[key]}
    assert not changed, f"findings changed (gone, new): {changed}"
