"""The generated sample resumes: each one's extracted facts against the content it was built from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from personas import AIKO, DANIEL, ELENA, MARCUS, PRIYA, SAM, Persona

from conftest import SAMPLES, read_entry
from resumecheck.reader import read_path

EXPECTED: dict[str, tuple[Persona, dict[str, object]]] = {
    "priya_raman_strong.pdf": (PRIYA, {"format": "pdf", "pages": 1, "columns": 1, "tables": False, "images": False}),
    "priya_raman_strong.docx": (PRIYA, {"format": "docx", "pages": 1, "columns": 1, "tables": False}),
    "marcus_chen_two_column.pdf": (MARCUS, {"format": "pdf", "pages": 1, "columns": 2}),
    "marcus_chen_designed_sidebar.pdf": (MARCUS, {"format": "pdf", "pages": 1, "columns": 2}),
    "elena_novak_header_contact.pdf": (ELENA, {"format": "pdf", "pages": 2, "columns": 1}),
    "daniel_okafor_textbox_table.docx": (DANIEL, {"format": "docx", "tables": True}),
    "sam_rivera.md": (SAM, {"format": "md", "pages": None}),
    "aiko_tanaka.resume.json": (AIKO, {"format": "json", "pages": None}),
}
REQUIRED_SECTIONS = {"experience", "education", "skills", "summary"}


def digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def sample(request: pytest.FixtureRequest) -> tuple[Persona, dict[str, object], dict[str, object]]:
    persona, layout = EXPECTED[request.param]
    entry = read_entry(read_path(SAMPLES / request.param))
    assert entry["status"] == "checked", entry["error"]
    return persona, layout, entry["facts"]


def test_layout_facts(sample: tuple[Persona, dict[str, object], dict[str, object]]) -> None:
    _, layout, facts = sample
    for key, value in layout.items():
        assert facts[key] == value, key
    assert facts["text_layer"] is True
    assert facts["language"] == "en"


def test_contact(sample: tuple[Persona, dict[str, object], dict[str, object]]) -> None:
    persona, _, facts = sample
    contact = facts["contact"]
    assert contact["name"] == persona.name
    assert contact["email"] == persona.email
    assert digits(contact["phone"])[-10:] == digits(persona.phone)[-10:]
    for link in persona.links:
        assert any(link.replace("https://", "") in found for found in contact["links"]), link


def test_sections(sample: tuple[Persona, dict[str, object], dict[str, object]]) -> None:
    persona, _, facts = sample
    names = {section["name"] for section in facts["sections"]}
    assert REQUIRED_SECTIONS <= names
    if persona.certifications:
        assert "certifications" in names
    assert names <= REQUIRED_SECTIONS | {"certifications", "other"}


def test_positions_and_bullets(sample: tuple[Persona, dict[str, object], dict[str, object]]) -> None:
    persona, _, facts = sample
    got = [(p["start"], p["end"], p["bullets"]) for p in facts["positions"]]
    assert got == [(r.start, r.end, len(r.bullets)) for r in persona.roles]
    assert [p["title"] for p in facts["positions"]] == [r.title.split(",")[0] for r in persona.roles]
    assert [p["organization"] for p in facts["positions"]][:1] != [None]
    total = sum(len(r.bullets) for r in persona.roles)
    assert facts["bullets"] == {"experience": total, "quantified": total}  # every sample bullet holds a number


def test_contact_only_in_page_header_is_reported() -> None:
    facts = read_entry(read_path(SAMPLES / "elena_novak_header_contact.pdf"))["facts"]
    assert facts["contact"]["in_header_footer"] is True
    strong = read_entry(read_path(SAMPLES / "priya_raman_strong.pdf"))["facts"]
    assert strong["contact"]["in_header_footer"] is False


def test_image_only_pdf_is_checked_without_a_text_layer() -> None:
    from resumecheck.config import Limits

    entry = read_entry(read_path(SAMPLES / "priya_raman_image_only.pdf", Limits(ocr="never")))  # OCR: test_ocr.py
    assert entry["status"] == "checked"
    facts = entry["facts"]
    assert facts["text_layer"] is False and facts["text_layer_missing_pages"] == [1]
    assert facts["images"] is True and facts["words"] == 0
    assert facts["contact"]["name"] is None and facts["sections"] == []


def test_pdf_and_docx_twins_agree() -> None:
    pdf = read_entry(read_path(SAMPLES / "priya_raman_strong.pdf"))["facts"]
    docx = read_entry(read_path(SAMPLES / "priya_raman_strong.docx"))["facts"]
    for key in ("words", "bullets", "language"):
        assert pdf[key] == docx[key], key
    located = ("line", "page")  # where a role sits differs between a PDF page and a Word file
    assert [{k: v for k, v in p.items() if k not in located} for p in pdf["positions"]] == \
           [{k: v for k, v in p.items() if k not in located} for p in docx["positions"]]
    assert {k: v for k, v in pdf["contact"].items() if k != "name_line"} == {k: v for k, v in docx["contact"].items() if k != "name_line"}
    assert [s["name"] for s in pdf["sections"]] == [s["name"] for s in docx["sections"]]


def test_docx_text_box_is_read_once() -> None:
    from resumecheck.parsers import parse_bytes

    path = SAMPLES / "daniel_okafor_textbox_table.docx"
    document = parse_bytes(path.read_bytes(), path.name)
    boxed = [line.text for line in document.lines if line.in_textbox]
    assert boxed == ["SUMMARY", DANIEL.summary]  # Word stores the box twice (Choice + Fallback)
    assert document.layout.textboxes == 1
    assert [line.text for line in document.lines if line.zone == "header"] == ["Daniel Okafor — Resume"]
    assert {line.text for line in document.lines if line.in_table} == set(DANIEL.skills)


def test_samples_are_reproducible(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from build import build

    for built in build(tmp_path):
        assert built.read_bytes() == (SAMPLES / built.name).read_bytes(), f"{built.name}: run sample_resumes/build.py"
