"""Build a corpus of hostile and broken inputs from the sample resumes (nothing binary is committed)."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
SAMPLE_SUFFIXES = {".pdf", ".docx", ".md", ".json"}


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in SAMPLE_SUFFIXES)


def build(target: Path, seed: int = 7) -> list[Path]:
    """Write the hostile corpus into target and return the files (and links) it holds."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def put(name: str, data: bytes) -> None:
        path = target / name
        path.write_bytes(data)
        written.append(path)

    for sample in samples():
        data = sample.read_bytes()
        put(f"truncated-{sample.name}", data[: max(1, len(data) // 3)])
        flipped = bytearray(data)
        for _ in range(max(8, len(data) // 500)):
            position = rng.randrange(len(flipped))
            flipped[position] ^= 1 << rng.randrange(8)
        put(f"bitflip-{sample.name}", bytes(flipped))
    put("random.pdf", rng.randbytes(4096))
    put("random.docx", rng.randbytes(4096))
    put("empty.pdf", b"")
    put("zip-bomb.docx", _zip_bomb())
    put("billion-laughs.docx", _billion_laughs())
    put("encrypted.pdf", _encrypted())
    put("thousands-of-pages.pdf", _many_pages(3000))
    put("deeply-nested.pdf", _deeply_nested(50_000))
    put("not-a-resume.png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(256))
    loop = target / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "again").exists():
        os.symlink(loop, loop / "again")
    unreadable = target / "unreadable.pdf"
    unreadable.write_bytes((SAMPLES / "priya_raman_strong.pdf").read_bytes())
    unreadable.chmod(0)
    written.append(unreadable)
    return written


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b"A" * 200_000_000 + b"</w:document>")
    return buffer.getvalue()


def _billion_laughs() -> bytes:
    source = (SAMPLES / "sam_rivera.md").read_bytes()  # any text: the bomb is in the XML
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    document = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    buffer = io.BytesIO()
    docx_sample = zipfile.ZipFile(SAMPLES / "priya_raman_strong.docx")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in docx_sample.infolist():
            data = document.encode() if item.filename == "word/document.xml" else docx_sample.read(item.filename)
            archive.writestr(item.filename, data)
    del source
    return buffer.getvalue()


def _encrypted() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(SAMPLES / "priya_raman_strong.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _many_pages(count: int) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _deeply_nested(depth: int) -> bytes:
    """A page whose resources hold an array nested tens of thousands deep."""
    nested = "[" * depth + "]" * depth
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Deep {nested} >> >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td (Nested) Tj ET"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode())
    offsets.append(out.tell())
    out.write(f"4 0 obj\n<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


if __name__ == "__main__":
    import sys

    for path in build(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")):
        print(path)
