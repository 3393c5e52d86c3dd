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


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_ONE = [
    "Jordan Blake", "jordanblake@northwind.io | (555) 201-4477 | Denver, CO", "", "EXPERIENCE",
    "Senior Data Engineer, Northwind Analytics    2019 - 2024",
    "- Built streaming pipelines in Python and Kafka for 40 teams",
    "- Cut the nightly batch cost by 35% by moving jobs to Spark",
    "Data Engineer, Bluefin Labs    2016 - 2019", "- Wrote SQL models used by 120 analysts every day",
]
PAGE_TWO = ["EDUCATION", "B.S. Computer Science, University of Colorado, 2016", "", "SKILLS",
            "Python, SQL, Spark, Kafka, Airflow, dbt, AWS, Terraform"]


def _need_font() -> None:
    if not FONT.exists():
        if os.environ.get("CI"):
            pytest.fail("the DejaVu font is not installed: .ci/run installs fonts-dejavu-core")
        pytest.skip("the DejaVu font (fonts-dejavu-core) draws the page pictures")


def _page_picture(lines: list[str], blur: float = 0.0, size: int = 10) -> bytes:
    """A 480x680 PNG of a page: black text on a transparent background, as some editors export a page."""
    from io import BytesIO

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    picture = Image.new("RGBA", (480, 680), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    for index, line in enumerate(lines):
        font = ImageFont.truetype(str(FONT), 2 * size if index == 0 else size)
        draw.text((28, 24 + 16 * index + (14 if index else 0)), line, font=font, fill=(0, 0, 0, 255))
    if blur:
        picture = picture.filter(ImageFilter.GaussianBlur(blur))
    out = BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def _word_file_of_pictures(path: Path, pictures: list[bytes]) -> Path:
    """A .docx whose pages are pictures, each stretched over the text width (480 px over 6.4 in: 75 dpi); the
    same picture twice would be stored once."""
    from io import BytesIO

    import docx
    from docx.shared import Inches

    word = docx.Document()
    for index, picture in enumerate(pictures):
        if index:
            word.add_page_break()
        word.add_picture(BytesIO(picture), width=Inches(6.4))
    word.save(str(path))
    return path


@pytest.mark.parametrize("mode", ["auto", "always"])
def test_a_word_file_of_coarse_transparent_page_pictures_is_read_by_ocr(mode: str, tmp_path: Path) -> None:
    _need_font()
    from resumecheck.config import Limits

    path = _word_file_of_pictures(tmp_path / "jordan_blake.docx", [_page_picture(PAGE_ONE), _page_picture(PAGE_TWO)])
    result = check_file(str(path), Config(today=(2026, 11), limits=Limits(ocr=mode)))
    assert result["status"] == "checked", result.get("error")
    facts = result["facts"]
    assert facts["ocr"]["pages"] == [1, 2]
    assert facts["contact"]["name"] == "Jordan Blake" and facts["contact"]["email"] == "jordanblake@northwind.io"
    assert {"experience", "education", "skills"} <= {s["name"] for s in facts["sections"]}
    assert all(q["verdict"] != "not_checked" for q in result["questions"])


def test_page_pictures_ocr_cannot_read_say_so_and_what_to_do(tmp_path: Path) -> None:
    """Letters 5 pixels high and blurred: OCR makes nothing out, and the answer says so, never 'no content'."""
    _need_font()
    smudges = [_page_picture(PAGE_ONE * 4, blur=1.5, size=5), _page_picture(PAGE_TWO * 8, blur=1.5, size=5)]
    result = check_file(str(_word_file_of_pictures(tmp_path / "smudged.docx", smudges)), CONFIG)
    assert result["status"] == "checked", result.get("error")
    assert result["facts"]["ocr"]["pages"] == [1, 2]
    reasons = {q["reason"] for q in result["questions"] if q["verdict"] == "not_checked"}
    assert len(reasons) == 1
    reason = reasons.pop()
    assert "OCR could not make out their text" in reason and "PDF or Word file with real text" in reason
