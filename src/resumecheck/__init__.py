"""resumecheck: does your resume survive a recruiter's six-second read and an ATS? Offline."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "check_bytes", "check_file"]

_CHECKERS: dict[int, Any] = {}


def _checker(config: Any | None) -> Any:
    from .checker import Checker

    key = id(config)
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(config)
    return _CHECKERS[key]


def check_file(path: str, config: Any | None = None) -> dict[str, Any]:
    """Check one resume file and return its `files[]` entry of the JSON report."""
    from pathlib import Path

    return _checker(config).check_path(Path(path)).to_dict()


def check_bytes(data: bytes, filename: str, config: Any | None = None) -> dict[str, Any]:
    """Check a resume given as bytes and return its `files[]` entry of the JSON report."""
    return _checker(config).check_data(data, filename).to_dict()
