"""Read files: find them, parse them, extract their facts; every failure becomes a coded error."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import Limits
from .errors import FileError
from .facts import Facts, extract_facts
from .parsers import parse_bytes

RESUME_SUFFIXES = {
    ".pdf",
    ".docx",
    ".md",
    ".markdown",
    ".txt",
    ".json",
    ".doc",
    ".odt",
    ".rtf",
    ".pages",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
    ".gif",
    ".webp",
    ".heic",
}  # scans get a clear error


@dataclass(frozen=True)
class ReadResult:
    """One input file read: its facts, or the coded error that kept it from being read."""

    path: str
    facts: Facts | None = None
    error: FileError | None = None


def collect_paths(inputs: Iterable[str]) -> Iterator[Path]:
    """Expand the command line: files as given, folders recursively (resume-like files only), in order."""
    for path, _ in walk_inputs(inputs):
        yield path


def walk_inputs(inputs: Iterable[str]) -> Iterator[tuple[Path, bool]]:
    """Each path with whether it was found by walking a folder or a pattern (True) or named as it is (False):
    a named file is always checked, a found one only when it is a resume (screening.py)."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from ((found, True) for found in _walk(path))
        elif not path.exists() and any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))  # a quoted pattern: "applicants/**/*.pdf"
            if matches:
                yield from ((Path(match), True) for match in matches if Path(match).is_file())
            else:
                yield path, False
        else:
            yield path, False


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


def read_path(path: Path, limits: Limits | None = None) -> ReadResult:
    """Read one file and extract its facts (no rules); never raises."""
    limits = limits or Limits()
    try:
        if path.is_symlink() and not path.exists():
            raise FileError("not_found", "this is a broken symbolic link")
        if not path.exists():
            raise FileError("not_found", "no such file: check the path")
        if path.is_dir():
            raise FileError("unsupported_format", "this is a folder with no resumes in it")
        if not path.is_file():
            raise FileError(
                "unsupported_format", "this is not a regular file (a pipe or device): copy the resume to a file"
            )
        size = path.stat().st_size
        if size > limits.file_size_mb * 1_048_576:
            raise FileError(
                "too_large",
                f"the file is {size / 1_048_576:.1f} MB (limit {limits.file_size_mb:g} MB): a resume is far smaller",
            )
        data = path.read_bytes()
    except FileError as exc:
        return ReadResult(path=str(path), error=exc)
    except OSError as exc:
        return ReadResult(
            path=str(path), error=FileError("not_found", f"the file cannot be read: {exc.strerror or exc}")
        )
    return read_data(data, str(path), limits)


def read_data(data: bytes, filename: str, limits: Limits | None = None) -> ReadResult:
    """Parse a file's bytes and extract its facts (no rules); never raises."""
    limits = limits or Limits()
    try:
        if len(data) > limits.file_size_mb * 1_048_576:
            raise FileError(
                "too_large", f"the file is {len(data) / 1_048_576:.1f} MB (limit {limits.file_size_mb:g} MB)"
            )
        document = parse_bytes(data, filename, limits)
        if not document.has_text and not document.layout.text_layer_missing:
            raise FileError("empty", "the document has no content to check")
        characters = sum(len(line.text) for line in document.lines)
        if characters > limits.characters:
            raise FileError(
                "too_large",
                f"the document holds {characters:,} characters (limit {limits.characters:,}): that is not a resume",
            )
        return ReadResult(path=filename, facts=extract_facts(document))
    except FileError as exc:
        return ReadResult(path=filename, error=exc)
    except RecursionError:
        return ReadResult(
            path=filename, error=FileError("corrupt", "the file is nested too deeply to read: re-export it")
        )
    except MemoryError:
        return ReadResult(path=filename, error=FileError("too_large", "the file needs too much memory to read"))
    except Exception as exc:  # the promise is a structured entry, never a traceback
        return ReadResult(
            path=filename,
            error=FileError(
                "internal", f"resumecheck failed on this file ({type(exc).__name__}: {exc}); please report it"
            ),
        )
