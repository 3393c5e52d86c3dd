"""The command line: it only wires options to the judge and the formatters."""

from __future__ import annotations

import contextlib
import difflib
import fnmatch
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .batch import BatchRunner, default_jobs
from .config import FAIL_LEVELS, MESSAGE_LANGUAGES, OCR_MODES, Config, load_config
from .errors import ConfigError
from .findings import LEVELS, level_rank
from .judge import Judge
from .market import MARKETS
from .reader import walk_inputs
from .report import (
    FORMATS,
    NOT_JUDGED_EXIT,
    build_report,
    get_formatter,
    not_judged,
    resolve_format,
    summary_line,
)
from .revisions import Baseline, baseline_exit_code, load_baseline, with_baseline
from .screening import screened

PROGRESS_MIN_FILES = 10
MIN_RULES_WIDTH = 80  # below this the description column would be a few words wide
RULES_INDENT = 56  # where the description starts: the id, level and kind columns


Command = TypeVar("Command", bound=Callable[..., Any])

# Options more than one command takes, declared once.
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Config file (default: .resumecheck.yaml found upward, or [tool.resumecheck] in pyproject.toml).",
)
nlp_option = click.option("--nlp", help="spaCy pipeline: auto (default), blank, or a package name.")
jobs_option = click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per CPU).")
market_option = click.option(
    "--market",
    type=click.Choice(MARKETS),
    help=(
        "Judge by this job market's norms (us, uk, de, fr, es, in); default: the resume's language's (German: de,"
        " French: fr, Spanish: es, English and others: us). A photo, date of birth, nationality and marital status"
        " are customary in de, accepted in fr, es and in, and red flags in us and uk."
    ),
)
lang_option = click.option(
    "--lang",
    type=click.Choice(MESSAGE_LANGUAGES),
    help=(
        "Language of the findings: auto (the default: the resume's own when German, French or Spanish, else "
        "English), or en, de, fr, es."
    ),
)
ocr_option = click.option(
    "--ocr",
    type=click.Choice(OCR_MODES),
    help="Read pages without text by OCR (auto, the default), every page (always), or none (never).",
)


def output_option(what: str) -> Callable[[Command], Command]:
    """-o FILE for a command that writes `what`."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        help=f"Write the {what} to FILE instead of standard output.",
    )


def job_option(help_text: str) -> Callable[[Command], Command]:
    """--job FILE, a job description to match against."""
    return click.option("--job", "job_path", type=click.Path(dir_okay=False, path_type=Path), help=help_text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="resumecheck")
def main() -> None:
    """resumecheck: will your resume survive a recruiter's six-second read and an ATS? Runs offline."""


def _config(
    config_path: Path | None,
    nlp: str | None = None,
    fail_level: str | None = None,
    min_level: str | None = None,
    market: str | None = None,
) -> Config:
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if nlp:
        config.nlp = nlp
    if fail_level:
        config.fail_level = fail_level
    if min_level:
        config.min_level = min_level
    if market:
        config.market = market
    return config


def _judge(config: Config) -> Judge:
    try:
        return Judge(config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="Report format; auto is github inside GitHub Actions, text elsewhere.",
)
@output_option("report")
@click.option("-q", "--quiet", is_flag=True, help="Print only the resumes and questions that fail.")
@jobs_option
@config_option
@job_option("A job description (.txt, .md, .pdf, .docx) to match the resume against.")
@nlp_option
@click.option(
    "--fail-level",
    type=click.Choice(FAIL_LEVELS),
    help=(
        "Exit 1 when a resume fails (verdict, the default), or when a finding reaches this level; never: exit 0,"
        " also for a resume that was not judged (exit 3 otherwise)."
    ),
)
@click.option("--min-level", type=click.Choice(LEVELS), help="Hide findings below this level.")
@ocr_option
@market_option
@lang_option
@click.option(
    "--resumes-only",
    is_flag=True,
    help="Skip files that are not resumes even when named (for pre-commit hooks); no resume at all is exit 0.",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON report of an earlier version: mark findings new or unchanged and fail only on new ones.",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    output: Path | None,
    quiet: bool,
    jobs: int | None,
    config_path: Path | None,
    job_path: Path | None,
    nlp: str | None,
    fail_level: str | None,
    min_level: str | None,
    resumes_only: bool,
    ocr: str | None,
    market: str | None,
    lang: str | None,
    baseline_path: Path | None,
) -> None:
    """Check resumes (PDF, DOCX, Markdown, text, JSON Resume); folders are searched recursively.

    \b
    Exit codes:
      0  every file was read and every resume passes
      1  a resume fails (or a finding reaches --fail-level)
      2  a usage or configuration error, or a file that could not be read
      3  a resume was not judged: not in English, German, French or Spanish, or
         no readable text, so only its layout was checked (and it passed);
         --fail-level never exits 0
    """
    config = _run_config(config_path, nlp, fail_level, min_level, ocr, job_path, output, market, lang)
    earlier = _baseline(baseline_path)
    judge = _judge(config)
    job_file = os.path.realpath(job_path) if job_path is not None else None
    found = [
        (path, walked or resumes_only)
        for path, walked in walk_inputs(paths)
        if not any(fnmatch.fnmatch(str(path), pattern) for pattern in config.ignore)
        and not (walked and os.path.realpath(path) == job_file)  # the job description is not a resume
    ]
    if not found and resumes_only:
        sys.exit(0)  # a commit that touches no resume
    if not found:
        raise click.UsageError(f"no resumes found in {', '.join(paths)} (PDF, DOCX, Markdown, text or JSON Resume)")
    files = [path for path, _ in found]
    walked_files = {str(path) for path, walked in found if walked}
    fmt = resolve_format(output_format)
    runner = BatchRunner(
        judge, jobs=jobs or default_jobs(), timeout=config.limits.timeout_seconds, include_text=fmt == "html"
    )
    try:
        if fmt == "jsonl":
            report = _stream_jsonl(runner, files, judge, output, walked_files, earlier)
        else:
            with _progress(len(files)) as advance:
                entries = [_screen(entry, walked_files) for entry in runner.run(files, progress=advance)]
            if earlier is not None:
                only = sum(1 for entry in entries if entry["status"] == "checked") == 1
                entries = [with_baseline(entry, earlier.earlier(entry, only)) for entry in entries]
            report = build_report(entries, nlp=_nlp_name(judge, entries))
            color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            _emit(get_formatter(fmt, rules=judge.rules, color=color, quiet=quiet).render(report), output)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("interrupted: files finished so far were written (jsonl) or discarded", err=True)
        sys.exit(130)
    if all(entry["status"] == "skipped" for entry in report["files"]):
        if resumes_only:
            sys.exit(0)  # a commit that touches no resume
        where = ", ".join(paths)
        click.echo(f"error: no resumes found in {where}: every file found was skipped as not a resume", err=True)
    code = baseline_exit_code(report, config.fail_level) if earlier is not None else None
    sys.exit(exit_code(report, config.fail_level) if code is None else code)


def _run_config(
    config_path: Path | None,
    nlp: str | None,
    fail_level: str | None,
    min_level: str | None,
    ocr: str | None,
    job_path: Path | None,
    output: Path | None,
    market: str | None = None,
    lang: str | None = None,
) -> Config:
    """The configuration of a check or diff run, with its command-line options applied and checked."""
    config = _config(config_path, nlp, fail_level, min_level, market)
    if lang:
        config.lang = None if lang == "auto" else lang
    if ocr:
        config.limits.ocr = ocr
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)  # -o reports/out.json creates reports/
        except OSError as exc:
            raise click.UsageError(f"-o: cannot create the folder {output.parent}: {exc.strerror or exc}") from None
    if job_path is not None:
        if not job_path.is_file():
            raise click.UsageError(f"--job: {job_path} does not exist")
        config.job = job_path
    return config


def _emit(rendered: str, output: Path | None) -> None:
    """A rendered report to -o FILE, else to standard output."""
    if output is not None:
        output.write_text(rendered, encoding="utf-8")
    else:
        click.echo(rendered, nl=False)


def _baseline(path: Path | None) -> Baseline | None:
    if path is None:
        return None
    try:
        return load_baseline(path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


def _nlp_name(judge: Judge, entries: list[dict[str, Any]]) -> str:
    return judge.pipeline.name if any(e["status"] == "checked" for e in entries) else "not loaded"


def _screen(entry: dict[str, Any], walked: set[str]) -> dict[str, Any]:
    return screened(entry) if entry["path"] in walked else entry


def _stream_jsonl(
    runner: BatchRunner,
    files: list[Path],
    judge: Judge,
    output: Path | None,
    walked: set[str],
    earlier: Baseline | None,
) -> dict[str, Any]:
    """One files[] entry per line, flushed as each file finishes; a last line with the summary. Writing to a file
    from a terminal shows the progress bar on stderr and ends with the summary there."""
    handle = output.open("w", encoding="utf-8") if output is not None else sys.stdout
    entries: list[dict[str, Any]] = []
    try:
        with _progress(len(files) if output is not None else 0) as advance:
            for entry in (_screen(e, walked) for e in runner.run(files, progress=advance)):
                if earlier is not None:
                    entry = with_baseline(entry, earlier.earlier(entry, len(files) == 1))
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
                handle.flush()
                kept = ("status", "verdict", "findings", "baseline")
                entries.append({key: entry[key] for key in kept if key in entry})
        report = build_report(entries, nlp=_nlp_name(judge, entries))
        handle.write(json.dumps({"summary": report["summary"], "tool": report["tool"], "schema_version": 1}) + "\n")
        handle.flush()
        if output is not None and sys.stderr.isatty():
            click.echo(summary_line(report["summary"]), err=True)
        return report
    finally:
        if output is not None:
            handle.close()


@contextlib.contextmanager
def _progress(total: int):  # type: ignore[no-untyped-def]
    """A progress bar on stderr for long runs on a terminal; nothing when piped or in CI."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty() or os.environ.get("CI"):
        yield None
        return
    with click.progressbar(length=total, label="checking", file=sys.stderr) as bar:
        yield bar.update


def exit_code(report: dict[str, Any], fail_level: str) -> int:
    """2 when a file could not be read; 1 when a resume's verdict is fail (the default) or a finding reaches
    the fail level; 3 when a resume was not judged (no readable words, or a language the rules do not know); else 0."""
    files = report["files"]
    if any(entry["status"] == "error" for entry in files) or all(entry["status"] == "skipped" for entry in files):
        return 2  # unreadable input, or a folder with no resume in it
    if fail_level == "never":
        return 0
    if fail_level == "verdict":
        failing = any(entry["status"] == "checked" and entry["verdict"] == "fail" for entry in files)
    else:
        threshold = level_rank(fail_level)
        failing = any(level_rank(f["level"]) >= threshold for entry in files for f in entry["findings"])
    if failing:
        return 1
    return NOT_JUDGED_EXIT if any(not_judged(entry) for entry in files) else 0


DIFF_FORMATS = ("text", "json", "html")


@main.command()
@click.argument("before", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("after", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(DIFF_FORMATS),
    default="text",
    show_default=True,
    help="html: a progress report for the client; json: the diff document (`resumecheck schema --diff`).",
)
@output_option("diff")
@config_option
@job_option("A job description both versions are matched against.")
@nlp_option
@click.option(
    "--fail-level",
    type=click.Choice(FAIL_LEVELS),
    help="Exit 1 when AFTER brings a new finding at this level (verdict: a new error or a worse verdict).",
)
@ocr_option
@market_option
@lang_option
def diff(
    before: Path,
    after: Path,
    output_format: str,
    output: Path | None,
    config_path: Path | None,
    job_path: Path | None,
    nlp: str | None,
    fail_level: str | None,
    ocr: str | None,
    market: str | None,
    lang: str | None,
) -> None:
    """Compare two versions of a resume (any two formats): scores before and after, what was fixed, what is new."""
    from .report.diffs import render_diff
    from .revisions import diff_document, diff_exit_code

    config = _run_config(config_path, nlp, fail_level, None, ocr, job_path, output, market, lang)
    judge = _judge(config)
    runner = BatchRunner(
        judge,
        jobs=min(2, default_jobs()),
        timeout=config.limits.timeout_seconds,
        include_text=output_format == "html",
    )
    first, second = runner.run([before, after])
    document = diff_document(first, second)
    _emit(render_diff(output_format, document, first, second), output)
    sys.exit(diff_exit_code(document, config.fail_level))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; keep it local.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port.")
@jobs_option
@config_option
@nlp_option
@market_option
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser once it serves.")
def serve(
    host: str,
    port: int,
    jobs: int | None,
    config_path: Path | None,
    nlp: str | None,
    market: str | None,
    open_browser: bool,
) -> None:
    """A page on this computer to drop a resume (and a job description) on, see the report, drop a revision and
    see what changed; with a JSON API (POST /api/check, /api/diff). Nothing is kept or sent anywhere."""
    from .server.run import serve as run_server

    judge = _judge(_config(config_path, nlp, market=market))
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: listening on {host}: anyone who can reach it can upload resumes to this computer", err=True
        )

    def announce(url: str) -> None:
        click.echo(f"resumecheck is serving {url} (Ctrl-C to stop); files are checked in memory and never kept")
        sys.stdout.flush()
        if open_browser:
            import webbrowser

            webbrowser.open(url)  # the page is local; $BROWSER picks the program

    try:
        run_server(judge, host, port, jobs or default_jobs(), announce)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    except KeyboardInterrupt:
        pass


STARTER_CONFIG = """\
# resumecheck configuration. Every key is described in README.md section "Configuration" and every rule
# in docs/rules.md, both in the resumecheck repository; `resumecheck explain RULE_ID` prints a rule's page.
# resumecheck looks for this file in the current folder and its parents; --config FILE wins.

# Exit with code 1 when a resume fails (verdict), or when a finding reaches a level: error, warning,
# suggestion; never: always exit 0.
fail_level: verdict

# Hide findings below this level in reports: suggestion, warning or error.
min_level: suggestion

# Words the spelling check should accept (names of tools, companies, places).
dictionary: []

# A job description to match every resume against (same as --job).
# job: jobs/senior-data-engineer.txt

# Files to skip when checking folders (glob patterns).
ignore: []

# Folders with your own rules, laid out as <folder>/<question>/<rule>.yaml.
rule_paths: []

# spaCy pipeline: auto (the English model when installed), blank, or a package name.
nlp: auto

# Whose norms apply (us, uk, de, fr, es, in; same as --market): a photo, date of birth, nationality and marital
# status are customary in de, accepted in fr, es and in, red flags in us and uk. Default: the resume's language's.
# market: de
# Language of the findings: auto (the resume's own when German, French or Spanish, else English), en, de,
# fr or es (same as --lang).
lang: auto

# Override any rule's level, parameters or enabled state; `resumecheck rules` lists the ids and
# `resumecheck explain RULE_ID` shows a rule's parameters.
rules:
  # proof.buzzwords: {level: warning}
  # skim.length: {max_pages: 1}
  # clean.personal-info: {enabled: false}
"""


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing .resumecheck.yaml.")
def init(force: bool) -> None:
    """Write a commented starter .resumecheck.yaml in the current folder."""
    target = Path(".resumecheck.yaml")
    if target.exists() and not force:
        raise click.UsageError(f"{target} already exists (use --force to overwrite it)")
    target.write_text(STARTER_CONFIG, encoding="utf-8")
    click.echo(f"wrote {target}")


@main.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="markdown prints the rule reference (docs/rules.md).",
)
@config_option
def list_rules(output_format: str, config_path: Path | None) -> None:
    """List every rule: id, question, level, kind and why it matters."""
    from .rule_docs import parameters, rules_markdown

    rules = _judge(_config(config_path)).rules
    if output_format == "markdown":
        click.echo(rules_markdown(rules), nl=False)
    elif output_format == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "question": r.question,
                        "level": r.level,
                        "kind": r.kind,
                        "enabled": r.enabled,
                        "scope": r.scope,
                        "description": r.description,
                        "fix": r.fix,
                        "checks": dict(r.checks),
                        "max_findings": r.max_findings,
                        "parameters": {name: value for name, _, value in parameters(r)},
                    }
                    for r in rules
                ],
                indent=2,
            )
        )
    else:
        width = max(shutil.get_terminal_size((100, 24)).columns, MIN_RULES_WIDTH)
        for rule in rules:
            state = "" if rule.enabled else " (disabled)"
            head = f"{rule.id:32s} {rule.level:10s} {rule.kind:9s}{state}  "
            text = " ".join(rule.description.split())
            lines = textwrap.wrap(text, width=width, initial_indent=head, subsequent_indent=" " * RULES_INDENT)
            click.echo("\n".join(lines))


@main.command()
@click.argument("rule_id")
@config_option
def explain(rule_id: str, config_path: Path | None) -> None:
    """Show a rule's description, how to fix it, its parameters and examples."""
    from .rule_docs import explain_text

    rules = {r.id: r for r in _judge(_config(config_path)).rules}
    rule = rules.get(rule_id)
    if rule is None:
        near = difflib.get_close_matches(rule_id, list(rules), n=3, cutoff=0.8)
        near += [r for r in rules if rule_id.rsplit(".", maxsplit=1)[-1] in r and r not in near][: 3 - len(near)]
        hint = f"did you mean {' or '.join(near)}? " if near else ""
        raise click.UsageError(f"no rule {rule_id!r}; {hint}`resumecheck rules` lists them")
    click.echo(explain_text(rule), nl=False)


@main.command()
@click.option("--diff", "which", flag_value="diff", help="Print the schema of `resumecheck diff --format json`.")
@click.option("--report", "which", flag_value="report", default=True, help="Print the report schema (default).")
def schema(which: str) -> None:
    """Print the JSON Schema of the JSON report (the contract other tools build on)."""
    from .resources import schema_text

    click.echo(schema_text(which), nl=False)
