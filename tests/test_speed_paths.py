"""The fast paths behind benchmarks/run.py give exactly what the slow ones gave (speed itself is measured by
the benchmark, never asserted here)."""

from __future__ import annotations

import logging
from pathlib import Path

import pdfplumber
import pytest

from conftest import SAMPLES
from resumecheck.parsers.pdf_objects import page_objects

logging.getLogger("pdfminer").setLevel(logging.CRITICAL)


def _readable_pdfs(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.glob("*.pdf")):
        try:
            with pdfplumber.open(path) as pdf:
                pdf.pages[0].objects  # noqa: B018 (a file pdfplumber cannot read has no objects to compare)
        except Exception:
            continue
        found.append(path)
    return found


def _assert_same_objects(path: Path) -> None:
    with pdfplumber.open(path) as theirs, pdfplumber.open(path) as ours:
        for their_page, our_page in zip(theirs.pages, ours.pages, strict=True):
            expected = their_page.objects
            got = page_objects(our_page)
            assert list(got) == list(expected), path.name  # the kinds, in pdfplumber's order
            assert repr(got) == repr(expected), f"{path.name} page {their_page.page_number}"  # types too
            assert our_page.objects is got  # cached where pdfplumber's tables and links read it


def test_page_objects_equal_pdfplumbers_on_the_samples() -> None:
    pdfs = _readable_pdfs(SAMPLES)
    assert len(pdfs) >= 10
    for path in pdfs:
        _assert_same_objects(path)


def test_page_objects_equal_pdfplumbers_on_the_corpus(corpus: Path) -> None:
    pdfs = _readable_pdfs(corpus)
    if not pdfs:
        pytest.skip("no readable PDFs in the corpus")
    for path in pdfs:
        _assert_same_objects(path)


def test_a_warmed_judge_has_built_what_workers_share_and_judges_the_same() -> None:
    from resumecheck import spelling
    from resumecheck.judge import Judge

    warmed = Judge()
    warmed.warm()
    for loaded in (spelling._frequencies, spelling._allowlist, spelling._places):  # before the fork, not in each worker
        assert loaded.cache_info().currsize == 1, loaded.__name__
    sample = SAMPLES / "taylor_brooks_fit_fail.pdf"
    assert warmed.judge_path(sample).to_dict() == Judge().judge_path(sample).to_dict()
