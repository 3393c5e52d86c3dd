"""What a server worker does with one request: check a resume or compare two, in memory, never on disk."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from ..errors import FileError
from ..judge import Judge
from ..report import build_report
from ..revisions import diff_document

Upload = tuple[str, bytes]  # the name the browser gave it, and its bytes
READING_RESUME = "reading the resume"  # what a worker tells the server once the job description is read
_ABOUT_RESUMES = re.compile(r":[^:]*\bresumes?\b.*$")  # a reader's closing advice about resumes


@dataclass(frozen=True)
class Task:
    """A check (one file) or a diff (two), with an optional job description; HTML too when the page asked."""

    kind: str  # "check" or "diff"
    files: tuple[Upload, ...]
    job: Upload | None = None
    html: bool = False
    market: str | None = None  # the `market` form field: whose norms apply (None: the server's --market)


def perform(judge: Judge, task: Task, job_read: Callable[[], None] = lambda: None) -> dict[str, Any]:
    """The JSON answer (and the HTML page when asked); a job description that cannot be read is a 400.
    `job_read` is called once the job description is read, before the resume is."""
    if task.market is not None:
        judge = judge.with_market(task.market)
    if task.job is not None:
        from ..job import job_from_bytes

        try:
            judge = judge.with_job(job_from_bytes(task.job[1], safe_name(task.job[0])))
        except FileError as exc:
            return job_error(exc.message, exc.code)
        except Exception as exc:  # a job description the parsers choke on is the client's to fix, not a crash
            return job_error(f"it could not be read ({type(exc).__name__})")
        job_read()
    entries = [judge.judge_data(data, safe_name(name)).to_dict(include_text=task.html) for name, data in task.files]
    sources = {safe_name(name): data for name, data in task.files}
    nlp = judge.pipeline.name
    if task.kind == "diff":
        document = diff_document(entries[0], entries[1])
        answer: dict[str, Any] = {"status": 200, "json": document}
        if task.html:
            from ..report.diff_html import DiffHtmlFormatter

            answer["html"] = DiffHtmlFormatter(sources).render(document, entries[0], entries[1])
        return answer
    report = build_report(entries, nlp=nlp)
    answer = {"status": 200, "json": report}
    if task.html:
        from ..report.html_format import HtmlFormatter

        answer["html"] = HtmlFormatter(judge.rules, sources).render(report)
    return answer


JOB_FORMATS = "paste its text, or send it as .txt, .md, .pdf or .docx"
_FOR_JOBS: dict[str, str] = {  # readers' errors whose words are about resumes, said of a job description
    "not_a_resume": f"a .json file is read as a JSON Resume, not a job description: {JOB_FORMATS}",
    "unsupported_format": f"this is not a format resumecheck reads: {JOB_FORMATS}",
    "empty": "the file is empty: paste the job description's text instead",
}


def job_error(message: str, code: str = "") -> dict[str, Any]:
    """The 400 answer for a job description a reader refused, in words about a job description: a message
    written for resumes is replaced, or its closing advice about resumes becomes "paste its text"."""
    plain = _FOR_JOBS.get(code) or _ABOUT_RESUMES.sub("", message)
    if plain != message and code not in _FOR_JOBS:
        plain += "; paste the job description's text instead"
    return {"status": 400, "json": {"error": f"job description: {plain}"}}


def failed(judge: Judge, task: Task, error: FileError) -> dict[str, Any]:
    """The answer when the worker was stopped or crashed: every file of the task gets the coded error entry, as
    `check` gives a file that stopped its worker."""
    from ..judge import FileResult

    entries = [FileResult(path=safe_name(name), error=error).to_dict() for name, _ in task.files]
    if task.kind == "diff":
        return {"status": 200, "json": diff_document(entries[0], entries[1])}
    return {"status": 200, "json": build_report(entries, nlp=judge.pipeline.name)}


def safe_name(name: str) -> str:
    """The file's own name without any folder a client put in front of it."""
    return PurePath(name.replace("\\", "/")).name or "resume"
