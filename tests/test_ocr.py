"""Resumes that are pictures: image-only PDF pages and PNG/JPEG/TIFF files read by OCR (Tesseract), so the four
content questions are still answered; and what happens where Tesseract is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES, run_cli
from resumecheck import check_file
from resumecheck.config import Config

CONFIG = Config(today=(2026, 11))
TWINS = {
    "priya_raman_image_only.pdf": "priya_raman_strong.pdf",  # 108 dpi
    "priya_raman_scan_300dpi.pdf": "priya_raman_strong.pdf",
    "priya_raman_rotated_scan.pdf": "priya_raman_strong.pdf",  # 200 dpi, turned 0.8 degrees
    "priya_raman_photo.png": "priya_raman_strong.pdf",  # a PNG file, 150 dpi
    "marcus_chen_two_column_scan.pdf": "marcus_chen_two_column.pdf",  # 150 dpi, sidebar and main column
}


@pytest.fixture(scope="module", autouse=True)
def tesseract() -> None:
    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("tesseract is not installed: .ci/run installs Debian's tesseract-ocr")
        pytest.skip("tesseract-ocr is not installed")


def _check(name: str) -> dict[str, Any]:
    return check_file(str(SAMPLES / name), CONFIG)


@pytest.mark.parametrize("picture", sorted(TWINS))
def test_a_picture_of_a_resume_reads_like_its_text_twin(picture: str) -> None:
    text, ocr = _check(TWINS[picture]), _check(picture)
    ours, theirs = ocr["facts"], text["facts"]
    for key in ("name", "email", "phone"):
        assert ours["contact"][key] == theirs["contact"][key], key
    sections = {s["name"] for s in theirs["sections"]}
    assert len(sections & {s["name"] for s in ours["sections"]}) >= 0.8 * len(sections)
    assert len(ours["positions"]) == len(theirs["positions"]) and ours["columns"] == theirs["columns"]
    content = {f["rule"] for f in text["findings"] if f["question"] != "skim"}
    extra = [f for f in ocr["findings"] if f["question"] != "skim" and f["rule"] not in content]
    assert [f for f in extra if f["rule"] != "clean.spelling"] == []
    assert ours["ocr"]["engine"] == "tesseract" and ours["ocr"]["pages"] == [1]
    assert ours["ocr"]["mean_confidence"] > 80
    assert all(f.get("source") == "ocr" for f in ocr["findings"] if f["location"]["line"])
    layer = [f for f in ocr["findings"] if f["rule"] == "skim.text-layer"]
    assert len(layer) == 1 and layer[0]["level"] == "error" and "OCR" in layer[0]["message"]
    if picture.endswith(".png"):
        assert layer[0]["message"].startswith("A picture is not a resume file") and ours["source_format"] == "png"
    assert {q["id"]: q["verdict"] for q in ocr["questions"]} == {
        q["id"]: q["verdict"] if q["id"] != "skim" else "fail" for q in text["questions"]
    }  # the four content answers are the text twin's; skim fails on the missing text layer


def test_only_the_pages_without_text_are_read_by_ocr(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for name in ("priya_raman_strong.pdf", "priya_raman_scan_300dpi.pdf"):
        writer.add_page(PdfReader(SAMPLES / name).pages[0])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as handle:
        writer.write(handle)
    facts = check_file(str(mixed), CONFIG)["facts"]
    assert facts["ocr"]["pages"] == [2] and facts["text_layer_missing_pages"] == [2]


def test_ocr_never_and_a_machine_without_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    never = run_cli("check", "--format", "json", "--ocr", "never", str(SAMPLES / "priya_raman_photo.png"))
    import json

    entry = json.loads(never.stdout)["files"][0]
    assert entry["status"] == "checked" and entry["facts"]["ocr"] is None
    assert [q["verdict"] for q in entry["questions"] if q["id"] != "skim"] == ["not_checked"] * 4

    from resumecheck.parsers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    from resumecheck.judge import Judge

    result = Judge(CONFIG).judge_path(SAMPLES / "priya_raman_scan_300dpi.pdf").to_dict()
    reasons = {q["reason"] for q in result["questions"] if q["verdict"] == "not_checked"}
    assert len(reasons) == 1 and "install tesseract-ocr" in reasons.pop()
    assert any(f["rule"] == "skim.text-layer" for f in result["findings"])


def test_a_multi_page_tiff_is_read_page_by_page(tmp_path: Path) -> None:
    from PIL import Image

    page = Image.open(SAMPLES / "priya_raman_photo.png")
    tiff = tmp_path / "resume.tiff"
    page.save(tiff, save_all=True, append_images=[page.copy()], dpi=(150, 150))
    facts = check_file(str(tiff), CONFIG)["facts"]
    assert facts["source_format"] == "tiff" and facts["pages"] == 2 and facts["ocr"]["pages"] == [1, 2]
    assert facts["contact"]["email"] == "priya.raman@gmail.com"
