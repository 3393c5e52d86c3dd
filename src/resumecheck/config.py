"""Configuration: `.resumecheck.yaml` found upward from the current folder, or [tool.resumecheck] in
pyproject.toml; `--config FILE` wins. Unknown keys and bad values are errors that name the key."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .findings import LEVELS
from .market import MARKETS
from .resources import load_yaml

CONFIG_NAMES = (".resumecheck.yaml", ".resumecheck.yml")
FAIL_LEVELS = ("verdict", *LEVELS, "never")  # verdict: exit 1 when a resume's verdict is fail


OCR_MODES = ("auto", "always", "never")


@dataclass
class Limits:
    """Per-file limits against hostile or broken input."""

    file_size_mb: float = 20.0
    pages: int = 30  # a PDF with more pages is refused before any page is read (the one place this limit lives)
    characters: int = 300_000
    timeout_seconds: float = 30.0
    docx_uncompressed_mb: float = 50.0  # a resume's XML is a few hundred KB; more is a zip bomb
    docx_ratio: float = 200.0  # compression ratio of any part; text XML compresses about 5-20 times
    ocr: str = "auto"  # pages without text read by OCR: auto (only those), always (every page), never (the `ocr` key)


@dataclass
class Config:
    """Validated settings with their defaults."""

    source: str = "defaults"
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    rule_paths: list[Path] = field(default_factory=list)
    nlp: str = "auto"
    fail_level: str = "verdict"
    min_level: str = "suggestion"
    ignore: list[str] = field(default_factory=list)
    dictionary: list[str] = field(default_factory=list)
    job: Path | None = None
    today: tuple[int, int] | None = None
    market: str | None = None  # whose norms apply (us, uk, de, fr, es, in); None: the resume's language decides
    lang: str | None = None  # the findings' language: en, de, fr or es; None: the resume's own (English otherwise)
    limits: Limits = field(default_factory=Limits)


def find_config(start: Path) -> Path | None:
    """The nearest .resumecheck.yaml, or pyproject.toml with a [tool.resumecheck] table, from start upward."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _pyproject_table(pyproject) is not None:
            return pyproject
    return None


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """Read the config file that applies (or the defaults when there is none)."""
    path = explicit or find_config((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    if explicit is not None and not path.is_file():
        raise ConfigError(f"--config: {path} does not exist")
    if path.name == "pyproject.toml":
        data = _pyproject_table(path) or {}
        source = f"{path} [tool.resumecheck]"
    else:
        try:
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read the config: {exc}") from None
        source = str(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the config must be a mapping of keys")
    return parse_config(data, source, path.parent)


def parse_config(data: dict[str, Any], source: str, base: Path) -> Config:
    """Validate a config mapping; paths are relative to the config file's folder."""
    config = Config(source=source)
    for key, value in data.items():
        parser = _KEYS.get(key)
        if parser is None:
            raise ConfigError(f"{source}: unknown key {key!r} (known: {', '.join(sorted(_KEYS))})")
        if value is not None:  # a key left empty (only comments under it) keeps its default
            parser(config, value, source, base)
    return config


def _rules(config: Config, value: Any, source: str, base: Path) -> None:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{source}: rules must map rule ids to settings, e.g. 'proof.buzzwords: {{level: warning}}'")
    config.rules = value


def _rule_paths(config: Config, value: Any, source: str, base: Path) -> None:
    config.rule_paths = [base / str(item) for item in _string_list(value, "rule_paths", source)]


def _nlp(config: Config, value: Any, source: str, base: Path) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{source}: nlp must be 'auto', 'blank' or a spaCy package name")
    config.nlp = value


def _level(name: str, allowed: tuple[str, ...]):  # type: ignore[no-untyped-def]
    def parse(config: Config, value: Any, source: str, base: Path) -> None:
        if value not in allowed:
            raise ConfigError(f"{source}: {name} must be one of {', '.join(allowed)}, not {value!r}")
        setattr(config, name, value)

    return parse


def _ignore(config: Config, value: Any, source: str, base: Path) -> None:
    config.ignore = _string_list(value, "ignore", source)


def _dictionary(config: Config, value: Any, source: str, base: Path) -> None:
    if isinstance(value, str):  # a word-list file, one word per line
        path = base / value
        if not path.is_file():
            raise ConfigError(f"{source}: dictionary file {path} does not exist")
        config.dictionary = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()]
    else:
        config.dictionary = _string_list(value, "dictionary", source)


def _job(config: Config, value: Any, source: str, base: Path) -> None:
    if not isinstance(value, str):
        raise ConfigError(f"{source}: job must be the path of a job description file")
    config.job = base / value


def _limits(config: Config, value: Any, source: str, base: Path) -> None:
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: limits must be a mapping, e.g. 'limits: {{timeout_seconds: 10}}'")
    for key, number in value.items():
        if not hasattr(config.limits, key) or key == "ocr":
            known = ", ".join(name for name in Limits.__dataclass_fields__ if name != "ocr")
            raise ConfigError(f"{source}: unknown key 'limits.{key}' (known: {known})")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
            raise ConfigError(f"{source}: limits.{key} must be a positive number")
        setattr(config.limits, key, type(getattr(config.limits, key))(number))


def _ocr(config: Config, value: Any, source: str, base: Path) -> None:
    if value not in OCR_MODES:
        raise ConfigError(f"{source}: ocr must be one of {', '.join(OCR_MODES)}, not {value!r}")
    config.limits.ocr = value


def _market(config: Config, value: Any, source: str, base: Path) -> None:
    if value not in MARKETS:
        raise ConfigError(f"{source}: market must be one of {', '.join(MARKETS)}, not {value!r}")
    config.market = value


MESSAGE_LANGUAGES = ("auto", "en", "de", "fr", "es")  # auto: the resume's own language when judged, else English


def _lang(config: Config, value: Any, source: str, base: Path) -> None:
    if value not in MESSAGE_LANGUAGES:
        raise ConfigError(f"{source}: lang must be one of {', '.join(MESSAGE_LANGUAGES)}, not {value!r}")
    config.lang = None if value == "auto" else value


def _string_list(value: Any, key: str, source: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, (str, int, float)) for item in value):
        raise ConfigError(f"{source}: {key} must be a list of strings")
    return [str(item) for item in value]


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    table = data.get("tool", {}).get("resumecheck")
    return table if isinstance(table, dict) else None


_KEYS = {
    "rules": _rules,
    "rule_paths": _rule_paths,
    "nlp": _nlp,
    "fail_level": _level("fail_level", FAIL_LEVELS),
    "min_level": _level("min_level", LEVELS),
    "ignore": _ignore,
    "dictionary": _dictionary,
    "job": _job,
    "limits": _limits,
    "ocr": _ocr,
    "market": _market,
    "lang": _lang,
}
