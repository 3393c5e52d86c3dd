"""Find the rule and lexicon files shipped with resumecheck."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def rules_dir() -> Path:
    """The rules/ folder: inside the installed wheel, or at the top of a source checkout."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


@cache
def lexicon(name: str) -> Any:
    """Load rules/lexicons/NAME.yaml once per process."""
    with (rules_dir() / "lexicons" / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
