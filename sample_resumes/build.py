"""Build the sample resumes reproducibly: `python sample_resumes/build.py` (needs reportlab, python-docx)."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx_writer import write_docx, write_textbox_docx  # noqa: E402
from failing import CLEAN_FAIL, JUNIOR_FIT, PROOF_FAIL, TARGET_FAIL, fit_fail_pdf, skim_fail_pdf, write_markdown  # noqa: E402
from pdf_writer import PdfResume  # noqa: E402
from structure import SAMPLES as STRUCTURE_SAMPLES  # noqa: E402
from personas import AIKO, DANA_AFTER, DANA_BEFORE, DANIEL, ELENA, MARCUS, PRIYA, SAM, SOFIA, Persona  # noqa: E402


def strong_pdf(path: Path) -> None:
    """A strong one-column PDF."""
    PdfResume(path).one_column(PRIYA)


def two_column_pdf(path: Path) -> None:
    """A two-column PDF with a left sidebar."""
    PdfResume(path).two_column(MARCUS)


def designed_two_column_pdf(path: Path) -> None:
    """The same sidebar with skill bars and letter-spaced headings, as design templates draw it."""
    PdfResume(path).two_column(MARCUS, designed=True)


def weak_two_column_pdf(path: Path) -> None:
    """A two-column PDF whose bullets describe duties without numbers (fails proof)."""
    PdfResume(path).two_column(SOFIA)


def header_contact_pdf(path: Path) -> None:
    """A two-page PDF whose email and phone sit only in the running page header."""
    PdfResume(path, header_contact=True).one_column(ELENA, page_break_before="Education")


def _page_image(person: Persona, dpi: float, two_column: bool = False, degrees: float = 0.0) -> tuple[object, float, float]:
    """The resume's first page as a grey picture at `dpi`, turned by `degrees` as a careless scan is."""
    import pypdfium2 as pdfium

    source = io.BytesIO()
    writer = PdfResume(source)
    writer.two_column(person) if two_column else writer.one_column(person)
    pdf = pdfium.PdfDocument(source.getvalue())
    page = pdf[0]
    width, height = page.get_size()
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    pdf.close()
    if degrees:
        image = image.rotate(degrees, expand=False, fillcolor=255)
    return image, width, height


def _image_pdf(path: Path, image: object, width: float, height: float, fmt: str = "PNG") -> None:
    """A PDF whose only content is the picture: no text layer, as a scanner or an image export makes it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    image.save(buffer, format=fmt, optimize=True, **({"quality": 70} if fmt == "JPEG" else {}))  # type: ignore[attr-defined]
    out = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    out.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width=width, height=height)
    out.showPage()
    out.save()


def image_only_pdf(path: Path) -> None:
    """A scanned-looking PDF: the strong resume rendered to an image (108 dpi), with no text layer."""
    _image_pdf(path, *_page_image(PRIYA, 108))


def scan_300dpi_pdf(path: Path) -> None:
    """The strong resume scanned at 300 dpi (JPEG inside the PDF, as scanners write it)."""
    _image_pdf(path, *_page_image(PRIYA, 300), fmt="JPEG")


def rotated_scan_pdf(path: Path) -> None:
    """The strong resume scanned at 200 dpi and turned by 0.8 degrees, as a page fed in slightly askew."""
    _image_pdf(path, *_page_image(PRIYA, 200, degrees=0.8), fmt="JPEG")


def two_column_scan_pdf(path: Path) -> None:
    """The two-column resume exported as a 150 dpi picture: sidebar and main column both in the image."""
    _image_pdf(path, *_page_image(MARCUS, 150, two_column=True), fmt="JPEG")


def photo_png(path: Path) -> None:
    """The strong resume sent as a 150 dpi PNG picture (as from a chat or a design tool)."""
    image, _, _ = _page_image(PRIYA, 150)
    image.save(path, format="PNG", optimize=True, dpi=(150, 150))  # type: ignore[attr-defined]


def broken_mediabox_pdf(path: Path) -> None:
    """The strong PDF with a page box holding a word ("[0 0 612 (x)]"), as some converters write: pdfminer
    refuses the page, PDFium reads it."""
    import re

    source = io.BytesIO()
    PdfResume(source).one_column(PRIYA)
    path.write_bytes(re.sub(rb"/MediaBox \[[^\]]*\]", b"/MediaBox [ 0 0 612 (x) ]", source.getvalue(), count=1))


def strong_docx(path: Path) -> None:
    """The DOCX twin of the strong PDF (Heading styles, List Bullet numbering from the style)."""
    write_docx(PRIYA, path)


def textbox_table_docx(path: Path) -> None:
    """A DOCX whose summary sits in a text box (Choice + Fallback copies) and skills in a table."""
    write_textbox_docx(DANIEL, path)


def markdown_resume(path: Path) -> None:
    """A Markdown resume with ATX headings and '-' bullets."""
    path.write_text(_markdown(SAM), encoding="utf-8")


def json_resume(path: Path) -> None:
    """A JSON Resume (jsonresume.org schema)."""
    path.write_text(json.dumps(_json_resume(AIKO), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


SAMPLES: dict[str, Callable[[Path], None]] = {
    "priya_raman_strong.pdf": strong_pdf,
    "priya_raman_strong.docx": strong_docx,
    "marcus_chen_two_column.pdf": two_column_pdf,
    "sofia_reyes_two_column_fail.pdf": weak_two_column_pdf,
    "priya_raman_image_only.pdf": image_only_pdf,
    "priya_raman_scan_300dpi.pdf": scan_300dpi_pdf,
    "priya_raman_rotated_scan.pdf": rotated_scan_pdf,
    "marcus_chen_two_column_scan.pdf": two_column_scan_pdf,
    "priya_raman_photo.png": photo_png,
    "priya_raman_broken_mediabox.pdf": broken_mediabox_pdf,
    "elena_novak_header_contact.pdf": header_contact_pdf,
    "daniel_okafor_textbox_table.docx": textbox_table_docx,
    "sam_rivera.md": markdown_resume,
    "aiko_tanaka.resume.json": json_resume,
    "jordan_blake_target_fail.md": lambda path: write_markdown(TARGET_FAIL, path),
    "taylor_brooks_fit_fail.pdf": fit_fail_pdf,
    "casey_nguyen_proof_fail.md": lambda path: write_markdown(PROOF_FAIL, path),
    "riley_park_skim_fail.pdf": skim_fail_pdf,
    "marcus_chen_designed_sidebar.pdf": designed_two_column_pdf,
    "quinn_harper_clean_fail.md": lambda path: write_markdown(CLEAN_FAIL, path),
    "noah_kim_junior.md": lambda path: write_markdown(JUNIOR_FIT, path),  # under the data engineer job's years and degree
    "resume_final_v3.pdf": strong_pdf,
    "dana_whitfield_before.pdf": lambda path: PdfResume(path).one_column(DANA_BEFORE),  # a coach's first round
    "dana_whitfield_after.pdf": lambda path: PdfResume(path).one_column(DANA_AFTER),  # the revision: results, one typo  # a strong resume whose file name does not say whose it is
    **STRUCTURE_SAMPLES,
}


def _markdown(person: Persona) -> str:
    lines = [f"# {person.name}", "", f"**{person.headline}**", "",
             " | ".join([person.location, person.email, person.phone, *person.links]), "", "## Summary", "", person.summary, "",
             "## Experience", ""]
    for role in person.roles:
        lines += [f"### {role.title}, {role.organization}", "", f"*{role.location} | {role.dates}*", ""]
        lines += [f"- {bullet}" for bullet in role.bullets] + [""]
    lines += ["## Education", ""]
    lines += [f"**{degree}**, {school} ({dates})" for degree, school, dates in person.education] + [""]
    lines += ["## Skills", "", ", ".join(person.skills), ""]
    return "\n".join(lines)


def _json_resume(person: Persona) -> dict[str, object]:
    city, region = (part.strip() for part in person.location.split(","))
    return {
        "basics": {
            "name": person.name, "label": person.headline, "email": person.email, "phone": person.phone,
            "summary": person.summary, "location": {"city": city, "region": region, "countryCode": "US"},
            "profiles": [{"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link} for link in person.links],
        },
        "work": [
            {"name": role.organization, "position": role.title, "location": role.location,
             "startDate": f"{role.start}-01", **({"endDate": f"{role.end}-01"} if role.end != "present" else {}),
             "highlights": list(role.bullets)}
            for role in person.roles
        ],
        "education": [{"institution": school, "studyType": degree.split(" in ")[0], "area": degree.split(" in ")[-1],
                       "startDate": dates.split(" – ")[0], "endDate": dates.split(" – ")[1]}
                      for degree, school, dates in person.education],
        "certificates": [{"name": name} for name in person.certifications],
        "skills": [{"name": "Accounting", "keywords": list(person.skills)}],
    }


def normalize_zip(path: Path) -> None:
    """Rewrite a zip package with fixed timestamps so builds are byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def build(out_dir: Path = HERE) -> list[Path]:
    """Write every sample into out_dir and return their paths."""
    written = []
    for name, writer in SAMPLES.items():
        path = out_dir / name
        writer(path)
        if path.suffix == ".docx":
            normalize_zip(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for built in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(built)
