"""What a report says agrees with the file: every quote is words of the resume, the facts line names the real
file type, a note and a finding never contradict each other, a skill is never called a trait, and an address
read right in the facts is never called invalid."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from resumecheck.config import Config
from resumecheck.judge import FileResult, Judge

JOB = SAMPLES / "jobs"
RESUME_SUFFIXES = {".pdf", ".docx", ".doc", ".md", ".txt", ".json", ".png", ".jpg", ".odt", ".rtf"}


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(Config(today=(2026, 11)))


def _misquoted(result: FileResult) -> list[str]:
    """Findings whose match is neither whole words of the file's text (its lines, and hidden text it holds) nor a
    long line's start or end cut at its limit, nor a list of items that each are."""
    assert result.facts is not None, result.error
    texts = [line.text for line in result.facts.document.lines]
    texts += [hidden.text for hidden in result.facts.document.layout.hidden]
    whole = "\n".join(texts)
    bad = []
    for finding in result.findings:
        if not finding.match or _words_of(finding.match, whole) or _clipped(finding.match, texts):
            continue
        # a list gathered from the resume ("Excel, SQL, Tableau", "Jan 2020 / 03/2021"): each item is its words
        items = [item for item in re.split(r", | / ", finding.match) if item]
        if len(items) < 2 or not all(_words_of(item, whole) for item in items):
            bad.append(f"{finding.rule}: {finding.match!r}")
    return bad


MIN_CLIPPED = 40  # findings.clip cuts a long line at 80 or 120 characters, clip_end at 40: no shorter quote is cut


def _clipped(quote: str, texts: list[str]) -> bool:
    """A long line quoted by its start or its end, cut at the quote's limit (possibly inside a word)."""
    return len(quote) >= MIN_CLIPPED and any(
        text.strip().startswith(quote) or text.strip().endswith(quote) for text in texts
    )


def _words_of(quote: str, whole: str) -> bool:
    """The quote occurs in the text as whole words (a phrase may wrap a line)."""
    start = r"(?<!\w)" if quote[0].isalnum() else ""
    end = r"(?!\w)" if quote[-1].isalnum() else ""
    words = r"\s+".join(re.escape(word) for word in quote.split())
    return re.search(start + words + end, whole) is not None


def _resumes(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in RESUME_SUFFIXES)


def test_every_quote_on_the_samples_is_words_of_the_resume(judge: Judge) -> None:
    jobs = sorted(JOB.glob("*.txt"))
    assert jobs, "the samples' job descriptions are missing"
    from resumecheck.job import read_job

    with_job = judge.with_job(read_job(jobs[0]))
    bad = {}
    for path in _resumes(SAMPLES):
        for each in (judge, with_job):
            found = _misquoted(each.judge_path(path))
            if found:
                bad[path.name] = found
    assert bad == {}


def test_every_quote_on_the_corpus_is_words_of_the_resume(judge: Judge, corpus: Path) -> None:
    bad = {path.name: _misquoted(judge.judge_path(path)) for path in _resumes(corpus)}
    assert {name: found for name, found in bad.items() if found} == {}


def test_a_bullet_opening_with_a_name_is_quoted_whole(tmp_path: Path, judge: Judge) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(
        "# Sam Ortiz\n\nsam.ortiz@gmail.com | (415) 555-0134\n\n## Experience\n\n"
        "### Robotics Lead, Ridge Labs | Jan 2020 – Present\n\n"
        "- UPRobotics team software for the 2021 rover challenge, 12 members\n"
        "- TensorFlow: TensorFlow is the library our vision stack was trained with for 3 robots\n",
        encoding="utf-8",
    )
    quoted = {f.match for f in judge.judge_path(resume).findings if f.rule == "proof.action-verbs"}
    assert quoted == {"UPRobotics", "TensorFlow"}


def test_the_facts_line_names_the_real_file_type() -> None:
    png = run_cli("check", "--ocr", "never", str(SAMPLES / "priya_raman_photo.png")).stdout
    assert "\n  PNG, 1 page(s)" in png and "\n  PDF," not in png


def test_a_doc_file_is_called_doc(corpus: Path) -> None:
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed")
    text = run_cli("check", str(corpus / "perminder-klair_resume.doc")).stdout
    assert "\n  DOC, " in text and "\n  DOCX," not in text


def test_a_picture_in_another_language_does_not_say_the_rest_was_read(tmp_path: Path, judge: Judge) -> None:
    """OCR reads an Italian picture (a language the rules do not judge), the note says only the layout was
    judged: the finding must not claim that the rest of the report was read from the OCR text."""
    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("tesseract is not installed: .ci/run installs Debian's tesseract-ocr")
        pytest.skip("tesseract-ocr is not installed")
    from PIL import Image, ImageDraw, ImageFont

    lines = [
        "Giulia Bianchi",
        "Analista di dati · giulia.bianchi@libero.it",
        "Esperienza professionale",
        "Analista di dati, Nordluce, 2019 – 2023",
        "• Responsabile della analisi dei dati di vendita di tutti i negozi",
        "• Creazione di una nuova piattaforma per il reporting della direzione",
        "Istruzione",
        "Laurea in Statistica, Università di Bologna, 2014 – 2018",
    ]
    page = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=28)
    for number, line in enumerate(lines):
        draw.text((90, 80 + 48 * number), line, font=font, fill=0)
    picture = tmp_path / "curriculum.png"
    page.save(picture, dpi=(150, 150))
    result = judge.judge_path(picture)
    assert result.facts is not None and result.facts.language == "it"
    assert result.facts.document.layout.ocr_pages == [1]
    assert any("only the layout was checked" in note for note in result.notes)
    layer = [f.message for f in result.findings if f.rule == "skim.text-layer"]
    assert layer and all("rest of this report was read" not in message for message in layer)


def test_a_named_skill_is_not_called_a_trait_nor_a_level_a_skill(tmp_path: Path, judge: Judge) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(
        "# Ana Costa\n\nana.costa@gmail.com | (415) 555-0188\n\n## Experience\n\n"
        "### Analyst, Ridge Labs | Jan 2020 – Present\n\n- Cut report time by 40% for 12 teams\n\n"
        "## Skills\n\n- Java, good manners, polite, outgoing\n- Intermediate, Advanced\n",
        encoding="utf-8",
    )
    found = [f for f in judge.judge_path(resume).findings if f.rule == "fit.named-skills"]
    assert len(found) == 1
    traits = found[0].message.split("traits or vague phrases: ", 1)[1]
    assert traits == "good manners, polite, outgoing"


def test_an_address_read_right_is_not_called_invalid(tmp_path: Path, judge: Judge) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(
        "# Ana Costa\n\nE-mail:ana.costa@gmail.com | Phone:(415) 555-0188\n\n## Experience\n\n"
        "### Analyst, Ridge Labs | Jan 2020 – Present\n\n- Cut report time by 40% for 12 teams\n",
        encoding="utf-8",
    )
    result = judge.judge_path(resume)
    assert result.facts is not None and result.facts.contact.email == "ana.costa@gmail.com"
    assert [f.message for f in result.findings if f.rule == "clean.email"] == []
    broken = tmp_path / "broken.md"
    broken.write_text(resume.read_text().replace("ana.costa@gmail.com", "ana.costa@gmail"), encoding="utf-8")
    assert any("not a valid address" in f.message for f in judge.judge_path(broken).findings)
