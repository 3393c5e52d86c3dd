"""resumecheck: does your resume survive a recruiter's six-second read and an ATS? Offline."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check_bytes", "check_file"]


def check_file(path: str, config: object | None = None) -> dict[str, object]:
    """Check one resume file and return its `files[]` entry of the JSON report."""
    from .checker import check_path
    from pathlib import Path

    return check_path(Path(path)).to_dict()


def check_bytes(data: bytes, filename: str, config: object | None = None) -> dict[str, object]:
    """Check a resume given as bytes and return its `files[]` entry of the JSON report."""
    from .checker import check_data

    return check_data(data, filename).to_dict()
