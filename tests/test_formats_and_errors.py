"""Format sniffing and structured errors: every bad input is one clear entry, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, check_json, read_entry, run_cli
from resumecheck.reader import read_data, read_path
from resumecheck.sniff import sniff


def error_of(data: bytes, name: str) -> tuple[str, str]:
    entry = read_entry(read_data(data, name))
    assert entry["status"] == "error" and entry["facts"] is None
    return entry["error"]["code"], entry["error"]["message"]


def test_content_decides_the_format_not_the_name() -> None:
    pdf = (SAMPLES / "priya_raman_strong.pdf").read_bytes()
    docx = (SAMPLES / "priya_raman_strong.docx").read_bytes()
    assert sniff(pdf, "resume.docx") == "pdf"
    assert sniff(docx, "resume.pdf") == "docx"
    assert sniff(b'{"basics": {"name": "A"}}', "resume.txt") == "json"
    assert sniff(b"# Jane Doe\n\n## Experience\n\n- Did things\n", "resume.txt") == "md"
    entry = read_entry(read_data(pdf, "renamed.docx"))
    assert entry["status"] == "checked" and entry["facts"]["format"] == "pdf"


@pytest.mark.parametrize(
    ("data", "name", "code", "hint"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "resume.doc", "unsupported_format", ".docx or .pdf"),
        (b"{\\rtf1\\ansi }", "resume.rtf", "empty", "no content"),  # RTF is read; this one holds nothing
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "resume.png", "corrupt", "save it again"),  # a broken picture
        (b"GIF89a" + b"\x00" * 64, "resume.gif", "unsupported_format", "export"),  # pictures read by OCR: not GIF
        (b"", "empty.pdf", "empty", "empty"),
        (b"   \n\n ", "blank.txt", "empty", "empty"),
        (b"%PDF-1.4\n%garbage that is not a pdf", "broken.pdf", "corrupt", "re-export"),
        (b"PK\x03\x04not really a zip", "broken.docx", "corrupt", "zip"),
        (b'{"name": ', "broken.json", "corrupt", "JSON"),
        (b'{"invoice": 12}', "data.json", "not_a_resume", "JSON Resume"),
    ],
)
def test_bad_input_gives_a_coded_one_line_error(data: bytes, name: str, code: str, hint: str) -> None:
    got_code, message = error_of(data, name)
    assert got_code == code
    assert hint.lower() in message.lower() and "\n" not in message


def test_odt_and_pages_packages_are_named(tmp_path: Path) -> None:
    for members, expected in (({"content.xml": "<x/>", "mimetype": "application/vnd.oasis"}, "OpenDocument"),
                              ({"Index/Document.iwa": "x"}, "Pages")):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for member, text in members.items():
                archive.writestr(member, text)
        code, message = error_of(buffer.getvalue(), "resume.odt")
        assert code == "unsupported_format" and expected in message


def test_zip_bomb_docx_is_refused_before_unpacking() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 60_000_000 + b"</w:document>")
    code, message = error_of(buffer.getvalue(), "bomb.docx")
    assert code == "too_large" and "zip bomb" in message


def test_encrypted_pdf_is_reported_as_encrypted(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=str(SAMPLES / "priya_raman_strong.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    target = tmp_path / "locked.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    assert read_entry(read_path(target))["error"]["code"] == "encrypted"


def test_missing_file_and_unreadable_file(tmp_path: Path) -> None:
    assert read_entry(read_path(tmp_path / "nope.pdf"))["error"]["code"] == "not_found"


def test_one_bad_file_never_stops_the_run(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    report = check_json(SAMPLES / "priya_raman_strong.pdf", bad, tmp_path / "missing.docx", SAMPLES / "sam_rivera.md")
    statuses = [(Path(f["path"]).name, f["status"]) for f in report["files"]]
    assert statuses == [("priya_raman_strong.pdf", "checked"), ("broken.pdf", "error"),
                        ("missing.docx", "error"), ("sam_rivera.md", "checked")]
    assert report["summary"] == {"files": 4, "checked": 2, "errors": 2, "skipped": 0, "passed": 2, "failed": 0,
                                 "not_judged": 0}


def test_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "legacy.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = run_cli("check", str(bad), str(SAMPLES / "priya_raman_strong.pdf"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert "legacy.doc: error (unsupported_format)" in result.stdout
    assert "Priya Raman" in result.stdout


@pytest.mark.parametrize("name", ["missing.pdf", "legacy.doc", "empty.docx"])
def test_a_single_bad_file_is_one_clear_line(tmp_path: Path, name: str) -> None:
    """A single-file run parses in a child process; its error must travel back intact."""
    path = tmp_path / name
    if name == "legacy.doc":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    elif name == "empty.docx":
        path.write_bytes(b"")
    result = run_cli("check", str(path))
    assert result.returncode == 2 and result.stderr == ""
    assert f"{path}: error (" in result.stdout
