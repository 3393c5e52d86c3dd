"""Load every rule file (the shipped ones plus user folders) and apply the config's overrides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..findings import QUESTIONS
from ..resources import rules_dir
from .kinds import KINDS
from .params import Param
from .rule import Rule, RuleError, load_rule_file


def rule_files(folders: Iterable[Path]) -> list[Path]:
    """Rule YAML files: rules/<question>/<rule>.yaml in each folder, in a stable order."""
    files: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise ConfigError(f"rule folder {folder} does not exist")
        for question in QUESTIONS:
            files += sorted((folder / question).glob("*.yaml")) + sorted((folder / question).glob("*.yml"))
    return files


def load_catalogue(
    extra_folders: Iterable[Path] = (), overrides: dict[str, Any] | None = None, source: str = "config"
) -> list[Rule]:
    """All rules, user folders after the shipped ones (a user rule with a shipped id replaces it)."""
    rules: dict[str, Rule] = {}
    for path in rule_files([rules_dir(), *extra_folders]):
        rule = load_rule_file(path, declared_params, validate, declared_checks)
        rules[rule.id] = rule
    for rule_id, override in (overrides or {}).items():
        if rule_id not in rules:
            raise ConfigError(f"{source}: rules.{rule_id}: no such rule (see `resumecheck rules`)")
        if not isinstance(override, dict):
            raise ConfigError(f"{source}: rules.{rule_id} must be a mapping (level, enabled, parameters)")
        rule = rules[rule_id].with_overrides(override, source)
        validate(rule.kind, rule.params, f"{source}: rules.{rule_id}")
        rules[rule_id] = rule
    return list(rules.values())


def declared_params(kind: str, data: Mapping[str, Any]) -> dict[str, Param] | None:
    """The parameters a rule of this kind declares; None for an unknown kind."""
    return KINDS[kind].declared(data) if kind in KINDS else None


def declared_checks(kind: str, data: Mapping[str, Any]) -> tuple[str, ...]:
    """The ids of the distinct checks a rule of this kind makes (its `checks:` must give each a fix)."""
    return KINDS[kind].checks(data) if kind in KINDS else ()


def validate(kind: str, params: Mapping[str, Any], where: str) -> None:
    """The kind's checks beyond types (regular expressions compile, lexicons exist)."""
    KINDS[kind].validate(params, where)


__all__ = ["RuleError", "load_catalogue", "rule_files"]
