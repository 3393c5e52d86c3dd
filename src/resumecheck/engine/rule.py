"""A rule as data: loaded from one YAML file, validated, with user overrides applied."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..findings import LEVELS, QUESTIONS, Level
from ..resources import load_yaml
from .params import Param, resolve

REQUIRED = ("id", "question", "kind", "level", "message", "description", "scope", "examples")
OPTIONAL = (
    "fix",
    "checks",
    "enabled",
    "language_independent",
    "needs_job",
    "max_findings",
    "files",
    "once",
    "skip_for",
)
PROFILES = ("student", "early-career", "experienced", "academic")  # facts/profile.py's kinds of candidate
DEFAULT_MAX_FINDINGS = 50  # findings one rule may give on one file: past this a report is noise, not help
_ID = re.compile(rf"^({'|'.join(QUESTIONS)})\.[a-z0-9-]+$")
_CHECK = re.compile(r"^[a-z][a-z0-9-]*$")
_SCOPE = re.compile(r"^(document|heading|bullet|line|section:[a-z]+)$")
_SELECTORS = ("function",)  # parameters that choose the code; a config may not swap them
DeclaredParams = Callable[[str, Mapping[str, Any]], "dict[str, Param] | None"]
Validate = Callable[[str, Mapping[str, Any], str], None]
DeclaredChecks = Callable[[str, Mapping[str, Any]], "tuple[str, ...]"]


def _one_check(kind: str, data: Mapping[str, Any]) -> tuple[str, ...]:
    return ()


class RuleError(ConfigError):
    """A rule file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Rule:
    """One rule: what it checks (kind + params), how bad it is, and how to explain and fix it."""

    id: str
    question: str
    kind: str
    level: Level
    message: str
    description: str
    scope: str
    params: Mapping[str, Any]
    examples: Mapping[str, list[Any]]
    fix: str | None = None  # the rule's advice in general (docs, SARIF help); a finding's fix is its check's
    checks: Mapping[str, str] = field(default_factory=dict)  # check id -> its own fix, when the rule makes several
    enabled: bool = True
    language_independent: bool = False  # layout rules judge any language; wording rules only English
    needs_job: bool = False
    once: bool = False  # one finding about the whole file: two versions' findings are the same problem by rule alone
    max_findings: int = DEFAULT_MAX_FINDINGS
    files: Mapping[str, list[Any]] = field(default_factory=dict)  # whole-file examples: {bad: [...], good: [...]}
    path: str = ""
    declared: Mapping[str, Param] = field(default_factory=dict)
    skip_for: Mapping[str, str] = field(default_factory=dict)  # candidate profile -> why the rule does not apply

    def fix_for(self, check: str | None) -> str | None:
        """The fix written for one of the rule's checks (the rule's fix when it makes one check)."""
        if (check is None) != (not self.checks) or (check is not None and check not in self.checks):
            declared = ", ".join(self.checks) or "none"
            raise RuleError(f"{self.path}: a finding of check {check!r}, but the rule declares checks: {declared}")
        return self.checks[check] if check is not None else self.fix

    def with_overrides(self, override: Mapping[str, Any], source: str) -> Rule:
        """Apply a user's override (level, enabled, max_findings, parameters), each value checked."""
        where = f"{source}: rules.{self.id}"
        changes: dict[str, Any] = {}
        params = dict(self.params)
        for key, value in override.items():
            if key == "level":
                if value not in LEVELS:
                    raise ConfigError(f"{where}.level must be one of {', '.join(LEVELS)}, not {value!r}")
                changes["level"] = value
            elif key == "enabled":
                changes["enabled"] = Param("enabled", bool).coerce(value, where)
            elif key == "max_findings":
                changes["max_findings"] = _positive(Param("max_findings", int).coerce(value, where), where)
            elif key in self.declared and key not in _SELECTORS:
                params[key] = self.declared[key].coerce(value, where)
            else:
                allowed = ", ".join(sorted(set(self.declared) - set(_SELECTORS))) or "no parameters"
                raise ConfigError(f"{where}: unknown key {key!r} (allowed: level, enabled, max_findings, {allowed})")
        return replace(self, params=params, **changes)


def load_rule_file(
    path: Path, declared_params: DeclaredParams, validate: Validate, declared_checks: DeclaredChecks = _one_check
) -> Rule:
    """Read and validate one rule file; every problem is a RuleError naming the file."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of fields")
    if data.get("kind") == "check" and "check" in data:  # the spelling before 0.2: `kind: check`, `check: NAME`
        data = {
            **{k: v for k, v in data.items() if k not in ("kind", "check")},
            "kind": "python",
            "function": data["check"],
        }
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise RuleError(f"{path}: missing field(s): {', '.join(missing)}")
    kind = data["kind"]
    try:
        declared = declared_params(kind, data)
    except ValueError as exc:
        raise RuleError(f"{path}: {exc}") from None
    if declared is None:
        raise RuleError(f"{path}: unknown kind {kind!r}")
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL) - set(declared))
    if unknown:
        raise RuleError(f"{path}: unknown field(s) for kind {kind!r}: {', '.join(unknown)}")
    _validate_values(path, data)
    checks = _checks(path, data, declared_checks(kind, data))
    try:
        params = resolve(declared, {key: data[key] for key in declared if key in data}, str(path))
        validate(kind, params, str(path))
        max_findings = _positive(
            Param("max_findings", int).coerce(data.get("max_findings", DEFAULT_MAX_FINDINGS), str(path)), str(path)
        )
    except ConfigError as exc:
        raise RuleError(str(exc)) from None
    examples = data["examples"] or {}
    return Rule(
        id=data["id"],
        question=data["question"],
        kind=kind,
        level=data["level"],
        message=str(data["message"]),
        description=" ".join(str(data["description"]).split()),
        scope=data["scope"],
        params=params,
        examples={"bad": list(examples.get("bad") or []), "good": list(examples.get("good") or [])},
        fix=" ".join(str(data["fix"]).split()) if data.get("fix") else None,
        checks=checks,
        enabled=bool(data.get("enabled", True)),
        language_independent=bool(data.get("language_independent", False)),
        needs_job=bool(data.get("needs_job", False)),
        once=bool(data.get("once", False)),
        max_findings=max_findings,
        files=_files(path, data.get("files")),
        path=str(path),
        declared=declared,
        skip_for=_skip_for(path, data.get("skip_for")),
    )


def _skip_for(path: Path, value: Any) -> dict[str, str]:
    """`skip_for: {academic: why}`: the kinds of candidate a rule is not for, each with the reason a report gives."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        key in PROFILES and isinstance(why, str) and why.strip() for key, why in value.items()
    ):
        raise RuleError(
            f"{path}: skip_for must map a profile ({', '.join(PROFILES)}) to the reason the rule is skipped"
        )
    return {key: " ".join(why.split()) for key, why in value.items()}


def _checks(path: Path, data: Mapping[str, Any], declared: tuple[str, ...]) -> dict[str, str]:
    """Each check the rule's code makes, with its own fix: exactly the code's checks, none without a fix."""
    given = data.get("checks")
    if not declared:
        if given is not None:
            raise RuleError(f"{path}: checks: this rule's {data['kind']} code makes one check; give its `fix` instead")
        return {}
    if not isinstance(given, dict) or not all(isinstance(key, str) and _CHECK.match(key) for key in given):
        raise RuleError(f"{path}: checks must map each check's id ({', '.join(declared)}) to its fix")
    missing, unknown = [c for c in declared if c not in given], sorted(set(given) - set(declared))
    if missing or unknown:
        raise RuleError(
            f"{path}: checks must give a fix to exactly the checks its code makes ({', '.join(declared)}); "
            + "; ".join(
                part
                for part in (missing and f"missing: {', '.join(missing)}", unknown and f"unknown: {', '.join(unknown)}")
                if part
            )
        )
    empty = [key for key, fix in given.items() if not isinstance(fix, str) or not fix.strip()]
    if empty:
        raise RuleError(f"{path}: checks: {', '.join(empty)} must each have a fix (a non-empty text)")
    return {check: " ".join(given[check].split()) for check in declared}


def _positive(value: int, where: str) -> int:
    if value < 1:
        raise ConfigError(f"{where}.max_findings must be at least 1, not {value}")
    return value


def _files(path: Path, value: Any) -> dict[str, list[Any]]:
    if value is None:
        return {}
    if (
        not isinstance(value, dict)
        or set(value) - {"bad", "good"}
        or not all(isinstance(items, list) for items in value.values())
    ):
        raise RuleError(f"{path}: files must be a mapping with 'bad' and 'good' lists of paths")
    return {key: list(items) for key, items in value.items()}


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
