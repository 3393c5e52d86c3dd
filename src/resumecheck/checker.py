"""Check files: read, parse, extract facts; turn every failure into a structured error entry."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FileError
from .facts import Facts, extract_facts
from .parsers import parse_bytes

MAX_FILE_BYTES = 20 * 1024 * 1024
RESUME_SUFFIXES = {".pdf", ".docx", ".md", ".markdown", ".txt", ".json", ".doc", ".odt", ".rtf", ".pages"}


@dataclass
class FileResult:
    """The outcome for one input file: facts when it was read, else a coded error."""

    path: str
    facts: Facts | None = None
    error: FileError | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    verdict: str | None = None

    @property
    def status(self) -> str:
        return "error" if self.error else "checked"

    def to_dict(self) -> dict[str, Any]:
        """The `files[]` entry of the JSON report."""
        return {
            "path": self.path,
            "status": self.status,
            "error": {"code": self.error.code, "message": self.error.message} if self.error else None,
            "facts": self.facts.to_dict() if self.facts else None,
            "questions": self.questions,
            "findings": self.findings,
            "verdict": self.verdict,
        }


def collect_paths(inputs: Iterable[str]) -> Iterator[Path]:
    """Expand the command line: files as given, folders recursively (resume-like files only), in order."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(root) / name
            if name.startswith(".") or candidate.suffix.lower() not in RESUME_SUFFIXES:
                continue
            real = os.path.realpath(candidate)
            if real not in seen:
                seen.add(real)
                yield candidate


def check_path(path: Path) -> FileResult:
    """Read and check one file; never raises."""
    try:
        if not path.exists():
            raise FileError("not_found", "no such file: check the path")
        if path.is_dir():
            raise FileError("unsupported_format", "this is a folder with no resumes in it")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileError("too_large", f"the file is {size / 1_048_576:.1f} MB (limit {MAX_FILE_BYTES // 1_048_576} MB): a resume is far smaller")
        data = path.read_bytes()
    except FileError as exc:
        return FileResult(path=str(path), error=exc)
    except OSError as exc:
        return FileResult(path=str(path), error=FileError("not_found", f"the file cannot be read: {exc.strerror or exc}"))
    return check_data(data, str(path))


def check_data(data: bytes, filename: str) -> FileResult:
    """Check a file's bytes; never raises."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise FileError("too_large", f"the file is {len(data) / 1_048_576:.1f} MB (limit {MAX_FILE_BYTES // 1_048_576} MB)")
        document = parse_bytes(data, filename)
        if not document.has_text and not document.layout.text_layer_missing:
            raise FileError("empty", "the document has no content to check")
        return FileResult(path=filename, facts=extract_facts(document))
    except FileError as exc:
        return FileResult(path=filename, error=exc)
    except RecursionError:
        return FileResult(path=filename, error=FileError("corrupt", "the file is nested too deeply to read: re-export it"))
    except MemoryError:
        return FileResult(path=filename, error=FileError("too_large", "the file needs too much memory to read"))
    except Exception as exc:  # the promise is a structured entry, never a traceback
        return FileResult(path=filename, error=FileError("internal", f"resumecheck failed on this file ({type(exc).__name__}: {exc}); please report it"))
