"""Time resumecheck stage by stage: `python benchmarks/stages.py [FILES or FOLDERS...] [--repeat N]`.

Wraps each stage's entry point with a timer that counts only the stage's own time (a stage called inside
another is subtracted from it), runs the whole analysis warm in one process, and prints a Markdown table of
milliseconds per file for each stage next to bare pdfplumber `extract_text` on the same PDFs. run.py --check
uses `stage_profile` to say which stage slid. A script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# (stage, module, attribute): where each stage is entered. "read" is pdfminer interpreting the page and
# its objects turned into dicts, the work bare extract_text does too; "layout" is the rest of the parse
# (glyphs, rows, columns, tables, links, lines). Times are CPU time of this process (time.process_time):
# on a machine shared with other work, wall time measures the neighbours as much as the code.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("read", "resumecheck.parsers.pdf", "page_objects"),
    ("read", "pdfplumber.page", "Page.parse_objects"),  # pages read through pdfplumber's own walk
    ("ocr", "resumecheck.parsers.ocr", "read_image"),
    ("layout", "resumecheck.reader", "parse_bytes"),
    ("facts", "resumecheck.reader", "extract_facts"),
    ("spacy", "resumecheck.engine.analyses", "line_docs"),
    ("job match", "resumecheck.engine.analyses", "match_job"),
    ("analyses", "resumecheck.judge", "analyze"),
    ("spelling", "resumecheck.spelling", "verdict"),
    ("rules", "resumecheck.judge", "evaluate"),
    ("render", "resumecheck.judge", "FileResult.to_dict"),
)
ORDER = ("read", "layout", "ocr", "facts", "spacy", "spelling", "job match", "analyses", "rules", "render")


class StageClock:
    """Own time per stage: the time inside a stage's entry point minus the stages entered from it."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = dict.fromkeys(ORDER, 0.0)
        self._stack: list[list[float]] = []

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [time.process_time(), 0.0]  # start, time spent in nested stages
            self._stack.append(frame)
            try:
                return function(*args, **kwargs)
            finally:
                self._stack.pop()
                spent = time.process_time() - frame[0]
                self.totals[stage] += spent - frame[1]
                if self._stack:
                    self._stack[-1][1] += spent

        return timed

    def reset(self) -> None:
        self.totals = dict.fromkeys(ORDER, 0.0)


@contextmanager
def stage_clock() -> Iterator[StageClock]:
    """Every stage's entry point wrapped with one clock, restored afterwards."""
    clock = StageClock()
    restore: list[tuple[Any, str, Any]] = []
    for stage, module_name, attribute in STAGES:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, name, None)
        if original is None:  # an older tree without this entry point: its time stays in the caller's stage
            continue
        restore.append((owner, name, original))
        setattr(owner, name, clock.wrap(stage, original))
    try:
        yield clock
    finally:
        for owner, name, original in reversed(restore):
            setattr(owner, name, original)


def bare_pdfplumber(path: Path) -> None:
    """The floor: pdfplumber opening the file and extracting each page's text."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def floor_time(path: Path) -> float | None:
    """Bare pdfplumber's CPU time on a PDF, None when pdfplumber cannot read it."""
    started = time.process_time()
    try:
        bare_pdfplumber(path)
    except Exception:
        return None
    return time.process_time() - started


def stage_profile(files: list[Path], repeat: int = 1) -> tuple[dict[str, float], float, float]:
    """Milliseconds per file for each stage (mean over files, best of `repeat` passes), the median per-file
    time of the whole analysis, and bare pdfplumber's median over the PDFs among the files. Bare pdfplumber
    reads each PDF right after ours (best of `repeat` each), so a neighbour's burst slows both, not the ratio:
    timed in two passes a minute apart, four runs within an hour gave ratios from 1.39 to 2.01 (2026-12-06)."""
    from resumecheck.judge import Judge

    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    judge = Judge()
    judge.warm()  # load the pipeline and the word lists first, as a batch's parent does before its workers fork
    judge.judge_path(files[0]).to_dict()
    best: dict[str, float] = {}
    ours: dict[Path, float] = {}
    floors: dict[Path, float | None] = {}
    with stage_clock() as clock:
        for _ in range(repeat):
            clock.reset()
            for path in files:
                started = time.process_time()
                judge.judge_path(path).to_dict()
                ours[path] = min(ours.get(path, 1e9), time.process_time() - started)
                if path.suffix == ".pdf" and floors.get(path, 0.0) is not None:
                    totals = dict(clock.totals)  # pdfplumber's own reading is not ours: its stage time is undone
                    floor = floor_time(path)
                    clock.totals = totals
                    floors[path] = None if floor is None else min(floors.get(path) or 1e9, floor)
            for stage, total in clock.totals.items():
                best[stage] = min(best.get(stage, 1e9), total * 1000 / len(files))
    read = [floor for floor in floors.values() if floor is not None]
    floor = statistics.median(read) * 1000 if read else 0.0
    return best, statistics.median(ours.values()) * 1000, floor


def expand(inputs: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        files += sorted(p for p in path.iterdir() if p.suffix == ".pdf") if path.is_dir() else [path]
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*", default=[str(Path(__file__).resolve().parents[1] / "sample_resumes")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = expand(args.inputs)
    stages, median, floor = stage_profile(files, args.repeat)
    total = sum(stages.values())
    print(f"\n{len(files)} files, best of {args.repeat} passes, mean ms per file\n")
    print("| stage | ms per file | share |\n|---|---:|---:|")
    for stage in ORDER:
        print(f"| {stage} | {stages[stage]:.1f} | {stages[stage] / total:.0%} |")
    print(f"| **all** | {total:.1f} | |")
    print(f"\nmedian per file {median:.0f} ms; bare pdfplumber extract_text median {floor:.0f} ms", end="")
    print(f" (ratio {median / floor:.2f})" if floor else "")


if __name__ == "__main__":
    sys.exit(main())
