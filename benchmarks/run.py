"""Benchmark resumecheck against the floor it stands on: `python benchmarks/run.py [--corpus DIR] [--quick]`.

Prints Markdown tables: per-file warm analysis time next to pdfplumber's bare extract_text, cold single-file
CLI time next to a bare spaCy load, batch throughput with --jobs 1 and 2, peak memory per process, and
job-description matching time. A script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_resumes"
SUFFIXES = {".pdf", ".docx", ".md", ".json", ".png"}


def median_time(function, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def warm_table(files: list[Path], repeat: int) -> list[tuple[str, float, float | None]]:
    """Whole analysis (parse, facts, spaCy, rules) per file, warm in one process, next to bare extract_text."""
    import pdfplumber

    from resumecheck.judge import Judge

    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    judge = Judge()
    judge.judge_path(files[0])  # load the pipeline and lexicons first
    rows = []
    for path in files:
        ours = median_time(lambda path=path: judge.judge_path(path), repeat)
        floor = None
        if path.suffix == ".pdf":
            def bare(path: Path = path) -> None:
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
            floor = median_time(bare, repeat)
        rows.append((path.name, ours, floor))
    return rows


def cold_table(sample: Path, repeat: int) -> tuple[float, float, str]:
    """A single-file CLI run against `python -c "import spacy; spacy.load(model)"`."""
    from resumecheck.nlp import load_pipeline

    name = load_pipeline("auto").name.split()[0]
    load = f"import spacy, {name} as m; m.load()" if name != "blank" else "import spacy; spacy.blank('en')"
    cli = median_time(lambda: subprocess.run(["resumecheck", "check", str(sample)], capture_output=True), repeat)
    bare = median_time(lambda: subprocess.run([sys.executable, "-c", load], capture_output=True), repeat)
    return cli, bare, name


def batch_table(files: list[Path], copies: int) -> list[tuple[int, int, float, float]]:
    """Files per second and peak resident memory (largest process) with --jobs 1 and --jobs 2."""
    rows = []
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        count = 0
        for copy in range(copies):
            for path in files:
                shutil.copy(path, folder / f"{copy:03d}-{path.name}")
                count += 1
        for jobs in (1, 2):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            started = time.perf_counter()
            subprocess.run(["resumecheck", "check", "--format", "jsonl", "--jobs", str(jobs), str(folder)],
                           capture_output=True, env={**os.environ, "CI": "1"})
            elapsed = time.perf_counter() - started
            peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            rows.append((jobs, count, count / elapsed, peak))
    return rows


def job_matching(repeat: int) -> tuple[int, float]:
    """A 2,000-word job description matched against a two-page resume."""
    from resumecheck.reader import read_path
    from resumecheck.job import read_job
    from resumecheck.job.match import match_job

    skills = ["Python", "SQL", "Apache Airflow", "Kubernetes", "Terraform", "GAAP", "Salesforce", "SEO", "Figma",
              "Tableau", "Excel", "Agile", "Scrum", "AWS", "Docker", "Snowflake", "dbt", "Spark", "Kafka", "Jira"]
    lines = ["Senior Data Engineer", "", "Requirements"]
    words = 0
    index = 0
    while words < 2000:
        line = (f"- {3 + index % 5}+ years with {skills[index % len(skills)]} and {skills[(index * 7) % len(skills)]} "
                f"in production, including design reviews, on-call rotations and documentation for partner teams")
        lines.append(line)
        words += len(line.split())
        index += 1
    with tempfile.TemporaryDirectory() as work:
        job_path = Path(work) / "job.txt"
        job_path.write_text("\n".join(lines))
        facts = read_path(SAMPLES / "elena_novak_header_contact.pdf").facts
        read_job(job_path)  # warm the lexicon index

        def run() -> None:
            match_job(facts, read_job(job_path))  # type: ignore[arg-type]

        return words, median_time(run, repeat)


def kind_of(path: Path) -> str:
    """'ocr' for a picture or a PDF with a page without text (timed in its own table), 'repaired' for a PDF
    pdfplumber cannot read (no floor to compare with), else 'text'."""
    from resumecheck.reader import read_path

    facts = read_path(path).facts
    layout = facts.document.layout if facts else None
    if layout is not None and layout.ocr_pages:
        return "ocr"
    return "repaired" if layout is not None and layout.repaired_pages else "text"


def ocr_table(files: list[Path], repeat: int) -> list[tuple[str, int, float]]:
    """OCR seconds per page of each picture sample (render or load, Tesseract, and the whole analysis)."""
    from resumecheck.reader import read_path

    rows = []
    for path in files:
        pages = read_path(path).facts.document.layout.pages or 1  # type: ignore[union-attr]
        rows.append((path.name, pages, median_time(lambda path=path: read_path(path), repeat) / pages))
    return rows


def serve_table(files: list[Path], repeat: int) -> dict[str, float]:
    """`resumecheck serve --jobs 2`: start-up until it answers, one upload's latency, eight uploads at once."""
    import httpx
    from concurrent.futures import ThreadPoolExecutor

    started = time.perf_counter()
    process = subprocess.Popen(["resumecheck", "serve", "--port", "0", "--jobs", "2"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        url = process.stdout.readline().split("serving ", 1)[1].split()[0]  # type: ignore[union-attr]
        startup = time.perf_counter() - started

        def upload(path: Path) -> None:
            httpx.post(url + "api/check", files={"resume": (path.name, path.read_bytes())}, timeout=120)

        upload(files[0])  # the workers' first file warms their caches
        one = median_time(lambda: upload(files[0]), repeat)
        eight = (files * 8)[:8]
        began = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(upload, eight))
        return {"startup": startup, "one": one, "eight": time.perf_counter() - began}
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat = 2 if args.quick else 5
    kinds = {path: kind_of(path) for path in files_in(SAMPLES)}
    pictures = [p for p, kind in kinds.items() if kind == "ocr"]
    files = [p for p, kind in kinds.items() if kind == "text"]  # files with text: the tables keep their meaning
    corpus = files_in(args.corpus) if args.corpus.is_dir() else []
    for title, group in (("sample resumes", files), ("shared corpus", [p for p in corpus if p.suffix != ".doc"])):
        if not group:
            continue
        rows = warm_table(group, repeat)
        print(f"\n### Warm whole analysis per file ({title}, median of {repeat})\n")
        print("| file | resumecheck (ms) | pdfplumber extract_text (ms) | ratio |")
        print("|---|---:|---:|---:|")
        for name, ours, floor in rows:
            ratio = f"{ours / floor:.2f}" if floor else "-"
            print(f"| {name} | {ours * 1000:.0f} | {floor * 1000:.0f} | {ratio} |" if floor else f"| {name} | {ours * 1000:.0f} | - | - |")
        pdf_rows = [(o, f) for _, o, f in rows if f]
        if pdf_rows:
            print(f"| **median of PDFs** | {statistics.median(o for o, _ in pdf_rows) * 1000:.0f} | "
                  f"{statistics.median(f for _, f in pdf_rows) * 1000:.0f} | "
                  f"{statistics.median(o / f for o, f in pdf_rows):.2f} |")
    cli, bare, model = cold_table(SAMPLES / "priya_raman_strong.pdf", max(3, repeat // 2))
    print("\n### Cold single-file check\n")
    print("| command | seconds |\n|---|---:|")
    print(f"| resumecheck check priya_raman_strong.pdf | {cli:.2f} |")
    print(f"| python -c \"import spacy; load {model}\" | {bare:.2f} |")
    print(f"| ratio | {cli / bare:.2f} |")
    print("\n### Batch throughput (one- and two-page resumes)\n")
    print("| --jobs | files | resumes per second | peak memory, largest process (MB) |\n|---:|---:|---:|---:|")
    for jobs, count, rate, peak in batch_table([p for p in files if p.suffix in (".pdf", ".docx")], 3 if args.quick else 8):
        print(f"| {jobs} | {count} | {rate:.1f} | {peak:.0f} |")
    print("\n### OCR (Tesseract) of image-only samples, per page\n")
    print("| file | pages | seconds per page |\n|---|---:|---:|")
    for name, pages, seconds in ocr_table(pictures, max(1, repeat // 2)):
        print(f"| {name} | {pages} | {seconds:.2f} |")
    served = serve_table([p for p in files if p.suffix == ".pdf"], repeat)
    print("\n### resumecheck serve (--jobs 2), over HTTP on 127.0.0.1\n")
    print("| measure | seconds |\n|---|---:|")
    print(f"| start-up until it serves (pipeline loaded, workers forked) | {served['startup']:.2f} |")
    print(f"| one upload, POST /api/check (one-page PDF) | {served['one']:.2f} |")
    print(f"| eight uploads at once, until the last answer | {served['eight']:.2f} |")
    words, seconds = job_matching(repeat)
    print("\n### Job matching\n")
    print(f"| job description | resume | seconds |\n|---|---|---:|\n| {words} words | two pages | {seconds:.3f} |")


if __name__ == "__main__":
    main()
