"""A rule as data: loaded from one YAML file, validated, with user overrides applied."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Callable
from typing import Any

import yaml

from ..errors import ConfigError
from ..resources import load_yaml
from ..findings import LEVELS, QUESTIONS

REQUIRED = ("id", "question", "kind", "level", "message", "description", "scope", "examples")
OPTIONAL = ("fix", "enabled", "language_independent", "needs_job")
_ID = re.compile(r"^(target|fit|proof|skim|clean)\.[a-z0-9-]+$")
_SCOPE = re.compile(r"^(document|heading|bullet|line|section:[a-z]+)$")


class RuleError(ConfigError):
    """A rule file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Rule:
    """One rule: what it checks (kind + params), how bad it is, and how to explain and fix it."""

    id: str
    question: str
    kind: str
    level: str
    message: str
    description: str
    scope: str
    params: dict[str, Any]
    examples: dict[str, list[Any]]
    fix: str | None = None
    enabled: bool = True
    language_independent: bool = False  # layout rules judge any language; wording rules only English
    needs_job: bool = False
    path: str = ""
    param_names: frozenset[str] = frozenset()

    def with_overrides(self, override: dict[str, Any], source: str) -> Rule:
        """Apply a user's override (level, enabled, parameters), refusing unknown keys."""
        changes: dict[str, Any] = {}
        params = dict(self.params)
        for key, value in override.items():
            if key == "level":
                if value not in LEVELS:
                    raise ConfigError(f"{source}: rules.{self.id}.level must be one of {', '.join(LEVELS)}, not {value!r}")
                changes["level"] = value
            elif key == "enabled":
                if not isinstance(value, bool):
                    raise ConfigError(f"{source}: rules.{self.id}.enabled must be true or false")
                changes["enabled"] = value
            elif key in self.param_names and key != "check":
                params[key] = value
            else:
                allowed = ", ".join(sorted(self.param_names - {"check"})) or "no parameters"
                raise ConfigError(f"{source}: rules.{self.id}: unknown key {key!r} (allowed: level, enabled, {allowed})")
        return replace(self, params=params, **changes)


def load_rule_file(path: Path, allowed_params: Callable[[str, dict[str, Any]], set[str] | None]) -> Rule:
    """Read and validate one rule file; every problem is a RuleError naming the file."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of fields")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise RuleError(f"{path}: missing field(s): {', '.join(missing)}")
    kind = data["kind"]
    try:
        kind_params = allowed_params(kind, data)
    except ValueError as exc:
        raise RuleError(f"{path}: {exc}") from None
    if kind_params is None:
        raise RuleError(f"{path}: unknown kind {kind!r}")
    allowed = set(REQUIRED) | set(OPTIONAL) | kind_params
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise RuleError(f"{path}: unknown field(s) for kind {kind!r}: {', '.join(unknown)}")
    _validate_values(path, data)
    params = {key: data[key] for key in kind_params if key in data}
    examples = data["examples"] or {}
    return Rule(
        id=data["id"], question=data["question"], kind=kind, level=data["level"], message=str(data["message"]),
        description=" ".join(str(data["description"]).split()), scope=data["scope"], params=params,
        examples={"bad": list(examples.get("bad") or []), "good": list(examples.get("good") or [])},
        fix=" ".join(str(data["fix"]).split()) if data.get("fix") else None, enabled=bool(data.get("enabled", True)),
        language_independent=bool(data.get("language_independent", False)), needs_job=bool(data.get("needs_job", False)),
        path=str(path), param_names=frozenset(kind_params),
    )


def _validate_values(path: Path, data: dict[str, Any]) -> None:
    if not isinstance(data["id"], str) or not _ID.match(data["id"]):
        raise RuleError(f"{path}: id {data['id']!r} must look like 'question.rule-name'")
    if data["question"] not in QUESTIONS or not data["id"].startswith(f"{data['question']}."):
        raise RuleError(f"{path}: question must be one of {', '.join(QUESTIONS)} and match the id's prefix")
    if data["level"] not in LEVELS:
        raise RuleError(f"{path}: level must be one of {', '.join(LEVELS)}")
    if not isinstance(data["scope"], str) or not _SCOPE.match(data["scope"]):
        raise RuleError(f"{path}: scope must be document, heading, bullet, line or section:NAME")
    examples = data["examples"]
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        raise RuleError(f"{path}: examples must be a mapping with 'bad' and 'good' lists")
