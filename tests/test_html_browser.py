"""The HTML report in a real browser (Debian's chromium, driven headless by Playwright): it loads offline with
no console errors or failed requests, shows the five cards and the annotated page, and keeps injected text inert."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, run_cli

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "artifacts"
PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "<svg onload=alert(1)>",
            "javascript:alert(1)", "{{ 7*7 }}"]


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


def _open(browser, report: Path):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 1600})
    events: dict[str, list[str]] = {"console": [], "failed": [], "requests": [], "dialogs": []}
    page.on("console", lambda msg: events["console"].append(msg.text) if msg.type == "error" else None)
    page.on("requestfailed", lambda request: events["failed"].append(request.url))
    page.on("request", lambda request: events["requests"].append(request.url))
    page.on("dialog", lambda dialog: (events["dialogs"].append(dialog.message), dialog.dismiss()))
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    return page, events


def test_report_loads_offline_with_cards_and_annotated_pages(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.html"
    run_cli("check", "--format", "html", "-o", str(report), str(SAMPLES / "priya_raman_strong.pdf"),
            str(SAMPLES / "sofia_reyes_two_column_fail.pdf"), str(SAMPLES / "sam_rivera.md"))
    page, events = _open(browser, report)
    assert events["console"] == [] and events["failed"] == []
    assert all(url.startswith(("file:", "data:")) for url in events["requests"]), events["requests"]
    assert page.locator("table.index tbody tr").count() == 3
    resumes = page.locator("section.resume")
    assert resumes.count() == 3
    for index in range(3):
        assert resumes.nth(index).locator(".card").count() == 5
    images = page.locator(".page img")
    assert images.count() == 2  # one page for each PDF; the Markdown resume shows its text instead
    assert all(images.nth(i).evaluate("img => img.complete && img.naturalWidth > 300") for i in range(images.count()))
    markers = page.locator("#resume-2 .badge")
    assert markers.count() > 0
    target = markers.first.get_attribute("href")
    assert page.locator(target).count() == 1  # each box links to its finding
    assert page.locator("#resume-1 .banner").get_attribute("data-verdict") == "pass"
    assert page.locator("#resume-2 .banner").get_attribute("data-verdict") == "fail"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report.png"), full_page=True)
    page.close()


def test_injected_markup_renders_as_text_and_never_runs(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resume = tmp_path / "injection.md"
    resume.write_text(
        f"# {PAYLOADS[0]} Jane {PAYLOADS[1]}\n\nEngineer {PAYLOADS[2]}\n\njane@gmail.com | (720) 201-3344\n\n"
        f"## Experience {PAYLOADS[1]}\n\n### Engineer {PAYLOADS[0]}, Acme | Jan 2020 – Present\n\n"
        + "".join(f"- Built {payload} for 40 teams\n" for payload in PAYLOADS)
        + "\n## Education\n\nB.S. in Physics, 2015 – 2019\n"
    )
    report = tmp_path / "injection.html"
    run_cli("check", "--format", "html", "-o", str(report), str(resume))
    page, events = _open(browser, report)
    assert events["dialogs"] == [] and events["console"] == []
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"], svg[onload]').length") == 0
    text = page.inner_text("body")
    for payload in PAYLOADS:
        assert payload in text
    assert "49" not in text.split("Built")[1][:30]  # template syntax in resume text is not evaluated
    page.close()


def test_print_stylesheet_puts_each_resume_on_its_own_pages(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "print.html"
    run_cli("check", "--format", "html", "-o", str(report), str(SAMPLES / "priya_raman_strong.pdf"),
            str(SAMPLES / "sam_rivera.md"))
    page, _ = _open(browser, report)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.resume')).breakAfter") == "page"
    pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.close()


def _badges_overlap(page) -> int:  # type: ignore[no-untyped-def]
    boxes = page.evaluate(
        "[...document.querySelectorAll('.badge')].map(b => {const r = b.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]})"
    )
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_badges_sit_in_the_margin_and_never_overlap_at_desktop_and_phone_width(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "two-column.html"
    run_cli("check", "--format", "html", "-o", str(report), str(SAMPLES / "sofia_reyes_two_column_fail.pdf"))
    for width in (1280, 390):
        page = browser.new_page(viewport={"width": width, "height": 1000})
        page.goto(report.as_uri())
        assert page.locator(".badge").count() >= 10
        assert _badges_overlap(page) == 0
        image_right = page.evaluate("document.querySelector('.sheet img').getBoundingClientRect().right")
        lefts = page.evaluate("[...document.querySelectorAll('.badge')].map(b => b.getBoundingClientRect().left)")
        assert min(lefts) >= image_right  # in the margin: no badge covers the words on the page
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing scrolls sideways
        page.close()


def test_what_to_fix_first_comes_before_the_cards_and_unsure_facts_are_marked(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "fix-first.html"
    run_cli("check", "--format", "html", "-o", str(report), str(SAMPLES / "sofia_reyes_two_column_fail.pdf"))
    page, _ = _open(browser, report)
    order = page.evaluate(
        "(() => { const p = document.querySelector('.priorities'), c = document.querySelector('.cards');"
        " return p.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING; })()"
    )
    assert order  # the priorities are above the question cards
    first = page.locator(".priorities li").first
    assert first.get_attribute("data-rule") == "proof.quantified-bullets"
    assert "None of your 5 experience bullets has a result in numbers" in first.inner_text()
    passing = page.locator(".card.pass .reason").all_inner_texts()
    assert passing and all(text.startswith(("Nothing to fix", "Passes")) for text in passing)
    states = page.locator(".six li").evaluate_all("items => items.map(i => i.dataset.state)")
    assert states[:4] == ["ok", "ok", "ok", "ok"]  # name, two roles as title at employer, degree at school
    page.close()


def test_the_strong_samples_report_prints_on_at_most_three_letter_pages(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    report = tmp_path / "strong.html"
    run_cli("check", "--format", "html", "-o", str(report), str(SAMPLES / "priya_raman_strong.pdf"))
    page, _ = _open(browser, report)
    page.emulate_media(media="print")
    printed = pdfium.PdfDocument(page.pdf(format="Letter"))
    assert 1 <= len(printed) <= 3
    page.close()


ONE_PAGE_FAILING = ["sofia_reyes_two_column_fail.pdf", "taylor_brooks_fit_fail.pdf", "dana_whitfield_before.pdf",
                    "quinn_harper_clean_fail.md", "casey_nguyen_proof_fail.md", "jordan_blake_target_fail.md"]
# each heading, and where the first words of what it introduces are: printed on one page, it is not orphaned
KEPT_WITH = {"The page, annotated": ".annotated .pagelabel, .annotated > p.muted",
             "Findings": ".finding .head > span:nth-of-type(3)", "What an ATS sees": ".ats p"}


def _pages_with(printed, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    found = set()
    for number in range(len(printed)):
        textpage = printed[number].get_textpage()
        if textpage.search(text, match_case=True).get_next() is not None:
            found.add(number)
    return found


@pytest.mark.parametrize("name", ONE_PAGE_FAILING)
def test_a_failing_one_page_resumes_report_prints_on_three_pages_without_orphaned_headings(  # type: ignore[no-untyped-def]
    browser, tmp_path: Path, name: str
) -> None:
    import pypdfium2 as pdfium

    for job in ((), ("--job", str(SAMPLES / "jobs" / "data_engineer.txt"))):
        report = tmp_path / f"{name}{len(job)}.html"
        run_cli("check", "--format", "html", "-o", str(report), str(SAMPLES / name), *job)
        html = report.read_text(encoding="utf-8")
        assert "@page" in html and "break-after:avoid" in html
        page, _ = _open(browser, report)
        page.emulate_media(media="print")
        for size in ("Letter", "A4"):
            printed = pdfium.PdfDocument(page.pdf(format=size))
            assert 1 <= len(printed) <= 3, (name, job, size, len(printed))
            for heading, selector in KEPT_WITH.items():
                words = " ".join(page.locator(selector).first.inner_text().split()[:3])
                where = _pages_with(printed, heading)
                assert len(where) == 1, (heading, where)
                assert where & _pages_with(printed, words), f"{name} {size}: '{heading}' is alone at a page's bottom"
        page.close()
