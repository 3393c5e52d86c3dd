"""resumecheck: does your resume survive a recruiter's six-second read and an ATS? Offline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config
    from .judge import Judge

__version__ = "0.1.0"

__all__ = ["__version__", "check_bytes", "check_file"]

_JUDGES: dict[str, Judge] = {}  # by the config's value: an edited or new Config with the same settings reuses it
_MAX_JUDGES = 4


def _judge(config: Config | None) -> Judge:
    from .config import Config
    from .judge import Judge

    config = config or Config()
    key = repr(config)
    if key not in _JUDGES:
        if len(_JUDGES) >= _MAX_JUDGES:
            _JUDGES.pop(next(iter(_JUDGES)))
        _JUDGES[key] = Judge(config)
    return _JUDGES[key]


def check_file(path: str, config: Config | None = None) -> dict[str, Any]:
    """Check one resume file and return its `files[]` entry of the JSON report."""
    from pathlib import Path

    return _judge(config).judge_path(Path(path)).to_dict()


def check_bytes(data: bytes, filename: str, config: Config | None = None) -> dict[str, Any]:
    """Check a resume given as bytes and return its `files[]` entry of the JSON report."""
    return _judge(config).judge_data(data, filename).to_dict()
