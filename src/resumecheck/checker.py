"""Check files: read, parse, extract facts; turn every failure into a structured error entry."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config, Limits
from .engine.context import Settings
from .engine.evaluate import evaluate
from .errors import ConfigError, FileError
from .facts import Facts, extract_facts
from .findings import Finding, level_rank
from .parsers import parse_bytes

RESUME_SUFFIXES = {".pdf", ".docx", ".md", ".markdown", ".txt", ".json", ".doc", ".odt", ".rtf", ".pages",
                   ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".webp", ".heic"}  # scans get a clear error


@dataclass
class FileResult:
    """The outcome for one input file: facts when it was read, else a coded error."""

    path: str
    facts: Facts | None = None
    error: FileError | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    verdict: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "error" if self.error else "checked"

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The `files[]` entry of the JSON report (with the extracted lines for the HTML report)."""
        entry = self._entry()
        if include_text and self.facts is not None:
            entry["text"] = self.facts.text_view()
        return entry

    def _entry(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "error": {"code": self.error.code, "message": self.error.message} if self.error else None,
            "facts": self.facts.to_dict() if self.facts else None,
            "questions": self.questions,
            "findings": [finding.to_dict() for finding in self.findings],
            "verdict": self.verdict,
            "notes": self.notes,
        }


def collect_paths(inputs: Iterable[str]) -> Iterator[Path]:
    """Expand the command line: files as given, folders recursively (resume-like files only), in order."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists() and any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))  # a quoted pattern: "applicants/**/*.pdf"
            yield from (Path(match) for match in matches if Path(match).is_file()) if matches else [path]
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


class Checker:
    """Checks files with one set of rules and one spaCy pipeline, both loaded once per process."""

    def __init__(self, config: Config | None = None) -> None:
        from .engine.catalogue import load_catalogue

        self.config = config or Config()
        self.rules = load_catalogue(self.config.rule_paths, self.config.rules, self.config.source)
        job = None
        if self.config.job is not None:
            from .job import read_job

            try:
                job = read_job(self.config.job)
            except FileError as exc:
                raise ConfigError(f"job description: {exc.message}") from None
        self.settings = Settings(dictionary=frozenset(self.config.dictionary), job=job, today=self.config.today)
        self._pipeline: Any = None

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from .nlp import load_pipeline

            self._pipeline = load_pipeline(self.config.nlp)
            self._pipeline.require(self._lexicons_needed())
        return self._pipeline

    def _lexicons_needed(self) -> set[str]:
        """The lexicon matchers the enabled rules read from the spaCy docs."""
        needed = {str(rule.params["lexicon"]) for rule in self.rules
                  if rule.enabled and rule.kind in ("existence", "check") and rule.params.get("lexicon")
                  and rule.params.get("check") != "personal_info"}
        if self.settings.job is not None:
            needed.add("skills")
        return needed

    def check_path(self, path: Path) -> FileResult:
        """Read, parse and judge one file; never raises."""
        return self._judge(check_path(path, self.config.limits))

    def check_data(self, data: bytes, filename: str) -> FileResult:
        """Parse and judge a file's bytes; never raises."""
        return self._judge(check_data(data, filename, self.config.limits))

    def judge(self, result: FileResult) -> FileResult:
        """Run the rules over a parsed file (a file that could not be read is returned as it is)."""
        return self._judge(result)

    def _judge(self, result: FileResult) -> FileResult:
        if result.facts is None:
            return result
        try:
            if self.settings.job is not None:
                from .job.match import match_job

                result.facts.job_match = match_job(result.facts, self.settings.job)
            evaluation = evaluate(result.facts, self.rules, self.pipeline, self.settings)
        except Exception as exc:  # a rule bug must not cost the user the other files
            result.error = FileError("internal", f"checking failed ({type(exc).__name__}: {exc}); please report it")
            result.facts = None
            return result
        minimum = level_rank(self.config.min_level)
        result.findings = [f for f in evaluation.findings if level_rank(f.level) >= minimum]
        result.questions, result.verdict, result.notes = evaluation.questions, evaluation.verdict, evaluation.notes
        return result


def check_path(path: Path, limits: Limits | None = None) -> FileResult:
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
            raise FileError("unsupported_format", "this is not a regular file (a pipe or device): copy the resume to a file")
        size = path.stat().st_size
        if size > limits.file_size_mb * 1_048_576:
            raise FileError("too_large", f"the file is {size / 1_048_576:.1f} MB (limit {limits.file_size_mb:g} MB): a resume is far smaller")
        data = path.read_bytes()
    except FileError as exc:
        return FileResult(path=str(path), error=exc)
    except OSError as exc:
        return FileResult(path=str(path), error=FileError("not_found", f"the file cannot be read: {exc.strerror or exc}"))
    return check_data(data, str(path), limits)


def check_data(data: bytes, filename: str, limits: Limits | None = None) -> FileResult:
    """Check a file's bytes; never raises."""
    limits = limits or Limits()
    try:
        if len(data) > limits.file_size_mb * 1_048_576:
            raise FileError("too_large", f"the file is {len(data) / 1_048_576:.1f} MB (limit {limits.file_size_mb:g} MB)")
        document = parse_bytes(data, filename, limits)
        if not document.has_text and not document.layout.text_layer_missing:
            raise FileError("empty", "the document has no content to check")
        characters = sum(len(line.text) for line in document.lines)
        if characters > limits.characters:
            raise FileError("too_large", f"the document holds {characters:,} characters (limit {limits.characters:,}): that is not a resume")
        return FileResult(path=filename, facts=extract_facts(document))
    except FileError as exc:
        return FileResult(path=filename, error=exc)
    except RecursionError:
        return FileResult(path=filename, error=FileError("corrupt", "the file is nested too deeply to read: re-export it"))
    except MemoryError:
        return FileResult(path=filename, error=FileError("too_large", "the file needs too much memory to read"))
    except Exception as exc:  # the promise is a structured entry, never a traceback
        return FileResult(path=filename, error=FileError("internal", f"resumecheck failed on this file ({type(exc).__name__}: {exc}); please report it"))
