"""The command line: it only wires options to the checker and the formatters."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .checker import check_path, collect_paths
from .report import build_report, get_formatter


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="resumecheck")
def main() -> None:
    """resumecheck: will your resume survive a recruiter's six-second read and an ATS? Runs offline."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the report to FILE instead of standard output.")
def check(paths: tuple[str, ...], output_format: str, output: Path | None) -> None:
    """Check resumes (PDF, DOCX, Markdown, text, JSON Resume); folders are searched recursively."""
    entries = [check_path(path).to_dict() for path in collect_paths(paths)]
    report = build_report(entries, nlp="none")
    rendered = get_formatter(output_format).render(report)
    if output is not None:
        output.write_text(rendered, encoding="utf-8")
    else:
        click.echo(rendered, nl=False)
    if report["summary"]["errors"]:
        sys.exit(2)
