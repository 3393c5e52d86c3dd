"""Read pictures of text with Tesseract: words with boxes become the same characters a PDF's text layer gives,
so rows, columns, sections and every check work on a scan as on a typed page."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from statistics import median
from typing import Any

ENGINE = "tesseract"
DPI = 300  # Tesseract reads body text best at about 300 dpi; 150 dpi scans are scaled up to it
MIN_CONFIDENCE = 0  # Tesseract marks non-words with -1; 0-100 is its confidence in a word
UNCERTAIN = 80  # below this a word is an OCR guess: spelling findings on it would blame the candidate for OCR
CAP_HEIGHT = 0.72  # a word's box spans about 0.72 em (capitals and ascenders), so size = box height / 0.72
# ONE_THREAD: Tesseract's OpenMP threads spin-wait on a small machine: a 300 dpi Letter page took 12 s of wall
# time (5.5 s of it system time) on two cores, and 3.8 s with one thread; batch workers already use every core.
OCR_SECONDS = 120  # one page takes about 2.5 s at 300 dpi; a page that takes 120 s is not a resume page


@dataclass
class OcrPage:
    """One page read by OCR: characters in PDF points, the mean word confidence and the uncertain words."""

    chars: list[dict[str, Any]] = field(default_factory=list)
    confidence: float | None = None
    uncertain: set[str] = field(default_factory=set)


def available() -> bool:
    """True when the tesseract program is installed (Debian: apt install tesseract-ocr tesseract-ocr-eng)."""
    return shutil.which(ENGINE) is not None


def read_image(image: Any, points_per_pixel: float) -> OcrPage:
    """OCR a Pillow image; boxes are returned in points (pixels times points_per_pixel)."""
    gray = flattened(image).convert("L")
    scale = 1.0
    dpi = 72.0 / points_per_pixel
    if dpi < DPI * 0.75:  # a low-resolution scan: enlarge it, which Tesseract reads far better
        scale = DPI / dpi
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)))
    buffer = io.BytesIO()
    gray.save(buffer, format="PNG")
    done = subprocess.run(
        [ENGINE, "stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", str(round(dpi * scale)), "tsv"],
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # see ONE_THREAD
        input=buffer.getvalue(),
        capture_output=True,
        timeout=OCR_SECONDS,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or "tesseract failed")
    return _page(done.stdout.decode("utf-8", "replace"), points_per_pixel / scale)


def flattened(image: Any) -> Any:
    """The picture laid on white paper: a transparent background is black once the alpha is dropped, so text
    drawn on it would vanish into black."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        from PIL import Image

        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image


def _page(tsv: str, factor: float) -> OcrPage:
    lines: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or float(row["conf"]) < MIN_CONFIDENCE:
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append(row)
    page = OcrPage()
    confidences: list[float] = []
    for words in lines.values():
        words.sort(key=lambda w: int(w["left"]))
        height = median(int(w["height"]) for w in words) * factor
        size = round(height / CAP_HEIGHT, 1)
        top = median(int(w["top"]) for w in words) * factor
        for index, word in enumerate(words):
            text, left, width = word["text"].strip(), int(word["left"]) * factor, int(word["width"]) * factor
            confidence = float(word["conf"])
            confidences.append(confidence)
            if confidence < UNCERTAIN:
                page.uncertain.add(text.strip(".,;:()").casefold())
            if index and _joined(words[index - 1]["text"].strip(), text):
                left = page.chars[-1]["x1"]  # closed up, so no reader puts a space back
            elif index:
                gap_start = page.chars[-1]["x1"]
                page.chars.append(_char(" ", gap_start, max(left, gap_start), top, height, size))
            text = _bullet(text) if index == 0 else text
            step = width / len(text)
            page.chars += [
                _char(ch, left + i * step, left + (i + 1) * step, top, height, size) for i, ch in enumerate(text)
            ]
    page.confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    return page


MISREAD_BULLETS = frozenset("¢«»©°®eo*")  # how Tesseract reads a "•" that opens a line


def _joined(before: str, word: str) -> bool:
    """Two OCR words that are one: an email split at its "@" ("priya.raman@ gmail.com"), which never has a space."""
    return before.endswith("@") or word.startswith("@")


def _bullet(text: str) -> str:
    """A line's first word that is a lone misread bullet mark, read as the bullet it is."""
    return "\u2022" if len(text) == 1 and text in MISREAD_BULLETS else text


def _char(text: str, x0: float, x1: float, top: float, height: float, size: float) -> dict[str, Any]:
    """A character as pdfplumber gives it, so the PDF reader's rows and columns take OCR text unchanged."""
    return {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": top + height,
        "size": size,
        "fontname": "OCR",
        "upright": True,
        "non_stroking_color": None,
    }
