"""Every resume another reader can read: a PDF pdfminer gives up on (read by PDFium), OpenDocument text (also
when named .docx), RTF, and legacy Word .doc through antiword."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, SAMPLES
from resumecheck import check_file
from resumecheck.config import Config

CONFIG = Config(today=(2026, 11))
ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE x [<!ENTITY boom "boom">]>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>
<text:h text:outline-level="1">Dana Whitfield</text:h>
<text:p>dana.whitfield@gmail.com | (720) 201-8890 | Denver, CO</text:p>
<text:h text:outline-level="2">Experience</text:h>
<text:p>Finance Director, Bolt Foods | Jan 2020 – Present</text:p>
<text:list><text:list-item><text:p>Cut the monthly close from 9 to 5 days across 12 entities</text:p></text:list-item>
<text:list-item><text:p>Built a cash forecast used by 40 store managers &boom;</text:p></text:list-item></text:list>
<text:h text:outline-level="2">Education</text:h>
<table:table><table:table-row><table:table-cell><text:p>B.S. in Finance, University of Denver, 2012 – 2016</text:p>
</table:table-cell></table:table-row></table:table>
<text:h text:outline-level="2">Skills</text:h><text:p>Excel, SQL, NetSuite</text:p>
</office:text></office:body></office:document-content>"""
RTF = (r"{\rtf1\ansi{\fonttbl\f0 Helvetica;}\f0\b Dana Whitfield\b0\par dana.whitfield@gmail.com | (720) 201-8890\par"
       r"\par Experience\par Finance Director, Bolt Foods | Jan 2020 - Present\par"
       r"\bullet  Cut the monthly close from 9 to 5 days across 12 entities\par"
       r"\par Education\par B.S. in Finance, University of Denver, 2012 - 2016\par\par Skills\par Excel, SQL\par}")


def _odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", ODT_CONTENT)
    return path


@pytest.mark.parametrize("name", ["dana.odt", "dana-named-wrong.docx"])
def test_opendocument_text_is_read_whatever_its_name(tmp_path: Path, name: str) -> None:
    entry = check_file(str(_odt(tmp_path / name)), CONFIG)
    assert entry["status"] == "checked", entry["error"]
    facts = entry["facts"]
    assert facts["source_format"] == "odt" and facts["format"] == "docx"
    assert facts["contact"]["email"] == "dana.whitfield@gmail.com" and facts["contact"]["name"] == "Dana Whitfield"
    assert {"experience", "education", "skills"} <= {s["name"] for s in facts["sections"]}
    assert facts["positions"][0]["title"] == "Finance Director" and facts["bullets"]["experience"] == 2
    assert "boom" not in str(facts)  # entities are never expanded


def test_rtf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "dana.rtf"
    path.write_text(RTF)
    entry = check_file(str(path), CONFIG)
    assert entry["status"] == "checked", entry["error"]
    facts = entry["facts"]
    assert facts["source_format"] == "rtf" and facts["contact"]["phone"] == "(720) 201-8890"
    assert {"experience", "education", "skills"} <= {s["name"] for s in facts["sections"]}


def test_legacy_word_doc_is_read_with_antiword(corpus: Path) -> None:
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed (.ci/run installs it)")
    entry = check_file(str(CORPUS / "perminder-klair_resume.doc"), CONFIG)
    assert entry["status"] == "checked", entry["error"]
    contact = entry["facts"]["contact"]
    assert (contact["name"], contact["email"]) == ("KISHAN KUMAR", "kishanmadhesiya@gmail.com")
    assert entry["facts"]["source_format"] == "doc"
    assert {"objective", "experience", "skills", "projects", "education"} <= {s["name"] for s in entry["facts"]["sections"]}


def test_a_pdf_pdfminer_gives_up_on_is_read_by_pdfium() -> None:
    broken = check_file(str(SAMPLES / "priya_raman_broken_mediabox.pdf"), CONFIG)
    whole = check_file(str(SAMPLES / "priya_raman_strong.pdf"), CONFIG)
    assert broken["status"] == "checked" and broken["facts"]["repaired_pages"] == [1]
    for key in ("name", "email", "phone"):
        assert broken["facts"]["contact"][key] == whole["facts"]["contact"][key]
    assert len(broken["facts"]["positions"]) == len(whole["facts"]["positions"])
    assert [f["rule"] for f in broken["findings"]] == ["skim.file-structure"]  # and nothing else: the text is fine


def _rebuilt(source: Path, target: Path, drop: str) -> Path:
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for name in archive.namelist():
            if name != drop:
                out.writestr(name, archive.read(name))
    return target


def test_a_word_package_python_docx_rejects_is_read_from_its_parts(tmp_path: Path) -> None:
    broken = _rebuilt(SAMPLES / "priya_raman_strong.docx", tmp_path / "priya_raman.docx", "[Content_Types].xml")
    entry = check_file(str(broken), CONFIG)
    whole = check_file(str(SAMPLES / "priya_raman_strong.docx"), CONFIG)
    assert entry["status"] == "checked", entry["error"]
    for key in ("name", "email", "phone"):
        assert entry["facts"]["contact"][key] == whole["facts"]["contact"][key]
    assert entry["facts"]["bullets"] == whole["facts"]["bullets"]
    assert len(entry["facts"]["positions"]) == len(whole["facts"]["positions"])
    assert [f["rule"] for f in entry["findings"]] == ["skim.file-structure"]


def test_a_word_file_made_of_pictures_is_read_by_ocr(tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract-ocr is not installed (.ci/run installs it)")
    import docx
    from docx.shared import Inches

    from PIL import Image

    page = Image.open(SAMPLES / "priya_raman_photo.png")
    top, bottom = tmp_path / "top.png", tmp_path / "bottom.png"  # the page cut in two pictures, as a phone scan app does
    page.crop((0, 0, page.width, page.height // 2)).save(top, dpi=(150, 150))
    page.crop((0, page.height // 2, page.width, page.height)).save(bottom, dpi=(150, 150))
    word = docx.Document()
    for picture in (top, bottom):
        word.add_picture(str(picture), width=Inches(7.5))
    path = tmp_path / "priya_raman.docx"
    word.save(str(path))
    entry = check_file(str(path), CONFIG)
    facts = entry["facts"]
    assert facts["ocr"]["pages"] == [1, 2] and facts["contact"]["email"] == "priya.raman@gmail.com"
    assert facts["contact"]["phone"] == "(415) 201-0134" and facts["pages"] == 2
    assert {"summary", "experience", "education", "skills"} <= {s["name"] for s in facts["sections"]}
    assert {f["rule"] for f in entry["findings"]} <= {"skim.text-layer", "skim.length"}


def test_an_opendocument_file_made_of_a_page_picture_is_read_by_ocr(tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("tesseract is not installed: .ci/run installs tesseract-ocr")
        pytest.skip("tesseract-ocr is not installed (.ci/run installs it)")
    picture = (SAMPLES / "priya_raman_photo.png").read_bytes()
    content = ODT_CONTENT.split("<office:body>")[0] + (
        '<office:body><office:text><text:p><draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">'
        "</draw:frame></text:p></office:text></office:body></office:document-content>"
    )
    path = tmp_path / "priya_raman.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("Pictures/page1.png", picture)
    entry = check_file(str(path), CONFIG)
    facts = entry["facts"]
    assert facts["source_format"] == "odt" and facts["ocr"]["pages"] == [1]
    assert facts["contact"]["email"] == "priya.raman@gmail.com" and len(facts["positions"]) == 3


def test_an_opendocument_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", ODT_CONTENT.replace("</office:text>", " " * 60_000_000 + "</office:text>"))
    entry = check_file(str(path), CONFIG)
    assert entry["status"] == "error" and entry["error"]["code"] == "too_large"
    assert "possible zip bomb" in entry["error"]["message"]


@pytest.mark.parametrize(
    ("damage", "old", "new"),
    [
        ("xref", b"startxref\n", b"startxref\n9"),  # the cross-reference table is not where the file says
        ("trailer", b"trailer\n<<", b"trailer\n<<<<"),  # a trailer dictionary that does not parse
    ],
)
def test_a_pdf_with_a_damaged_xref_or_trailer_is_read(tmp_path: Path, damage: str, old: bytes, new: bytes) -> None:
    data = (SAMPLES / "priya_raman_strong.pdf").read_bytes()
    assert old in data
    path = tmp_path / f"priya_raman_{damage}.pdf"
    path.write_bytes(data.replace(old, new, 1))
    entry = check_file(str(path), CONFIG)
    assert entry["status"] == "checked", entry["error"]
    assert entry["facts"]["contact"]["email"] == "priya.raman@gmail.com" and len(entry["facts"]["positions"]) == 3
