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


SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader is many times faster


def load_yaml(text: str) -> Any:
    """Parse YAML safely (no object construction), with the C loader when PyYAML has it."""
    return yaml.load(text, Loader=SafeLoader)


@cache
def lexicon(name: str) -> Any:
    """Load rules/lexicons/NAME.yaml once per process."""
    return load_yaml((rules_dir() / "lexicons" / f"{name}.yaml").read_text(encoding="utf-8"))


@cache
def lexicon_names() -> tuple[str, ...]:
    """The names of the shipped lexicons (rules/lexicons/*.yaml)."""
    return tuple(sorted(path.stem for path in (rules_dir() / "lexicons").glob("*.yaml")))


def schema_text(name: str = "report") -> str:
    """The JSON Schema shipped in the package: `report` (resumecheck check --format json) or `diff`."""
    return (Path(__file__).parent / "schemas" / f"resumecheck-{name}.schema.json").read_text(encoding="utf-8")


@cache
def language_lexicon(language: str, name: str) -> Any:
    """A lexicon in another language (rules/lexicons/languages/LANG.yaml, key NAME), or None when that language
    has none of that name and the shared (English) one applies."""
    path = rules_dir() / "lexicons" / "languages" / f"{language}.yaml"
    if language == "en" or not path.is_file():
        return None
    return (load_yaml(path.read_text(encoding="utf-8")) or {}).get(name)
