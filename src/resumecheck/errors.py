"""Structured errors for files that cannot be checked."""

from __future__ import annotations

from typing import Literal

ErrorCode = Literal[
    "not_found",
    "unsupported_format",
    "corrupt",
    "encrypted",
    "empty",
    "too_large",
    "timeout",
    "internal",
    "not_a_resume",
    "ocr_unavailable",
]


class FileError(Exception):
    """A file that cannot be checked, with a code from the report contract and a one-line message."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message

    def __reduce__(self) -> tuple[type[FileError], tuple[str, str]]:
        """Picklable, so a worker process can hand the error back."""
        return (FileError, (self.code, self.message))


class ConfigError(Exception):
    """A usage or configuration problem (exit code 2)."""
