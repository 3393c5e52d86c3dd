"""`resumecheck serve`: the JSON API over a real server process (bound to 127.0.0.1, workers forked with the
pipeline loaded), its limits and errors, eight uploads at once, nothing left on disk, and the page in chromium."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES, SHARED, check_json

httpx = pytest.importorskip("httpx")

STRONG = SAMPLES / "priya_raman_strong.pdf"
BEFORE = SAMPLES / "dana_whitfield_before.pdf"
AFTER = SAMPLES / "dana_whitfield_after.pdf"


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]
    scratch: Path  # the server's working folder and TMPDIR: nothing may be left in it


def _launch(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str]:
    """`resumecheck serve ARGS` started, and the address it printed once its workers were forked."""
    process = subprocess.Popen(
        ["resumecheck", "serve", *args], cwd=cwd, env=env or {**os.environ, "CI": "true"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # printed once the pipeline is loaded and the workers are forked
    assert "resumecheck is serving http://127.0.0.1:" in line, line + (process.stderr.read() if process.stderr else "")
    return process, line.split("serving ", 1)[1].split()[0]


@contextlib.contextmanager
def _started(scratch: Path, config: str) -> Iterator[Server]:
    """`resumecheck serve --port 0` in its own folder (also its TMPDIR), stopped with Ctrl-C at the end."""
    scratch.mkdir(exist_ok=True)
    settings = scratch.parent / f"{scratch.name}.yaml"
    settings.write_text(config)
    env = {**os.environ, "TMPDIR": str(scratch), "CI": "true"}
    process, url = _launch("--port", "0", "--jobs", "2", "--config", str(settings), cwd=scratch, env=env)
    try:
        yield Server(url=url, process=process, scratch=scratch)
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=30)
    assert "Traceback" not in errors, errors


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with _started(tmp_path_factory.mktemp("serve"), "limits:\n  file_size_mb: 2\n") as started:  # a small limit
        yield started


def _post(server: Server, route: str, files: dict[str, Path | tuple[str, bytes]],
          data: dict[str, str] | None = None) -> httpx.Response:
    parts = {name: (value.name, value.read_bytes()) if isinstance(value, Path) else value
             for name, value in files.items()}
    return httpx.post(server.url + route, files=parts, data=data or {}, timeout=120)


def test_api_check_answers_with_the_json_report_of_check(server: Server, report_schema: dict[str, Any]) -> None:
    import jsonschema

    response = _post(server, "api/check", {"resume": STRONG})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    report = response.json()
    jsonschema.validate(report, report_schema)
    entry, cli = report["files"][0], check_json(STRONG)["files"][0]
    assert entry["path"] == "priya_raman_strong.pdf" and entry["verdict"] == "pass"
    assert entry["questions"] == cli["questions"] and entry["facts"]["contact"] == cli["facts"]["contact"]
    assert response.headers["cache-control"] == "no-store"


def test_api_check_matches_a_job_sent_as_text_or_file(server: Server) -> None:
    job = SAMPLES / "jobs" / "data_engineer.txt"
    as_text = _post(server, "api/check", {"resume": STRONG}, {"job": job.read_text()}).json()
    as_file = _post(server, "api/check", {"resume": STRONG, "job": job}).json()
    cli = check_json(STRONG, "--job", str(job))["files"][0]
    for report in (as_text, as_file):
        matched = report["files"][0]["facts"]["job"]
        assert matched is not None and matched["match_rate"] == cli["facts"]["job"]["match_rate"]
    plain = _post(server, "api/check", {"resume": STRONG}).json()
    assert plain["files"][0]["facts"]["job"] is None  # the job of one request does not stick to the next


def test_api_diff_answers_with_the_diff_document(server: Server) -> None:
    import jsonschema

    response = _post(server, "api/diff", {"before": BEFORE, "after": AFTER})
    assert response.status_code == 200
    diff = response.json()
    schema = SHARED / "schemas" / "resumecheck-diff.schema.json"
    if schema.exists():
        jsonschema.validate(diff, json.loads(schema.read_text()))
    assert [(f["rule"], f["match"]) for f in diff["new"]] == [("clean.spelling", "managment")]
    proof = next(q for q in diff["questions"] if q["id"] == "proof")
    assert proof["after"]["score"] > proof["before"]["score"]


def test_bad_requests_get_clear_json_errors_and_the_server_keeps_serving(server: Server) -> None:
    missing = httpx.post(server.url + "api/check", data={"job": "Python"}, timeout=60)
    assert missing.status_code == 400 and "resume" in missing.json()["error"]
    half = _post(server, "api/diff", {"before": BEFORE})
    assert half.status_code == 400 and "after" in half.json()["error"]
    big = _post(server, "api/check", {"resume": ("big.pdf", b"%PDF-1.7\n" + b"0" * (3 * 1_048_576))})
    assert big.status_code == 413 and big.json()["limit_mb"] == 2
    huge = _post(server, "api/check", {"resume": ("huge.pdf", b"%PDF-1.7\n" + b"0" * (9 * 1_048_576))})
    assert huge.status_code == 413 and "over the 2 MB limit" in huge.json()["error"]  # refused before parsing
    corrupt = _post(server, "api/check", {"resume": ("cv.pdf", b"%PDF-1.7\n" + b"\x00" * 64)})
    assert corrupt.status_code == 200
    entry = corrupt.json()["files"][0]
    assert entry["status"] == "error" and entry["error"]["code"] == "corrupt"
    assert _post(server, "api/check", {"resume": STRONG}).json()["files"][0]["verdict"] == "pass"
    foreign = httpx.get(server.url, headers={"Host": "attacker.example"}, timeout=30)
    assert foreign.status_code == 400  # a page elsewhere cannot reach the server through a rebound name


def test_eight_uploads_at_once_all_get_their_own_answer(server: Server) -> None:
    names = ["priya_raman_strong.pdf", "sofia_reyes_two_column_fail.pdf", "sam_rivera.md", "noah_kim_junior.md",
             "priya_raman_strong.docx", "dana_whitfield_before.pdf", "dana_whitfield_after.pdf",
             "aiko_tanaka.resume.json"]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda name: _post(server, "api/check", {"resume": SAMPLES / name}), names))
    assert [a.status_code for a in answers] == [200] * 8
    expected = {Path(e["path"]).name: e["verdict"] for e in check_json(*(SAMPLES / n for n in names))["files"]}
    got = {a.json()["files"][0]["path"]: a.json()["files"][0]["verdict"] for a in answers}
    assert got == expected


def test_nothing_is_kept_on_disk(server: Server) -> None:
    """A 1.5 MB upload is spooled to a temporary file while it is parsed; after the answer nothing is left."""
    padded = STRONG.read_bytes() + b"\n%" + b"x" * 1_500_000  # bytes after %%EOF: still a readable PDF
    answer = _post(server, "api/check", {"resume": ("padded.pdf", padded)})
    assert answer.status_code == 200 and answer.json()["files"][0]["status"] == "checked"
    assert sorted(p.name for p in server.scratch.rglob("*")) == []


def _long_scan(folder: Path, pages: int) -> Path:
    """The 300 dpi scan sample repeated over `pages` pages: OCR takes about 3 s a page, so it cannot finish inside
    a time limit of a few seconds however fast or slow the machine is (load only makes it slower)."""
    from pypdf import PdfReader, PdfWriter

    page = PdfReader(SAMPLES / "priya_raman_scan_300dpi.pdf").pages[0]
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(page)
    path = folder / "long_scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_a_file_over_the_time_limit_is_an_error_entry_and_the_server_keeps_serving(tmp_path: Path) -> None:
    """No race with the clock either way: the slow file needs over 30 s of OCR against a 6 s limit, and the
    quick files after it take a fraction of a second, so a loaded machine cannot flip either outcome."""
    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("tesseract is not installed: .ci/run installs tesseract-ocr")
        pytest.skip("tesseract is not installed (the slow file is a scan)")
    slow_file = _long_scan(tmp_path, pages=12)
    with _started(tmp_path / "slow", "limits:\n  timeout_seconds: 6\n") as slow:
        scan = _post(slow, "api/check", {"resume": slow_file})
        assert scan.status_code == 200
        entry = scan.json()["files"][0]
        assert entry["status"] == "error" and entry["error"]["code"] == "timeout"
        after = [_post(slow, "api/check", {"resume": SAMPLES / "sam_rivera.md"}) for _ in range(3)]
        assert [a.json()["files"][0]["status"] for a in after] == ["checked"] * 3  # the worker was replaced
        as_job = _post(slow, "api/check", {"resume": SAMPLES / "sam_rivera.md", "job": slow_file})
        assert as_job.status_code == 400  # the job description took too long, not the resume
        assert as_job.json()["error"].startswith("job description: reading it took longer than 6 s")
        assert _post(slow, "api/check", {"resume": SAMPLES / "sam_rivera.md"}).json()["files"][0]["status"] == "checked"


def test_a_client_that_hangs_up_does_not_mix_up_the_next_answers(server: Server) -> None:
    """A client gives up on a slow file (a scan, read by OCR) after half a second; the next uploads each get the
    answer about their own file, never the abandoned one's."""
    scan = SAMPLES / "priya_raman_scan_300dpi.pdf"
    with contextlib.suppress(httpx.TimeoutException):
        httpx.post(server.url + "api/check", files={"resume": (scan.name, scan.read_bytes())}, timeout=0.5)
    names = ["sam_rivera.md", "noah_kim_junior.md", "priya_raman_strong.pdf", "casey_nguyen_proof_fail.md"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda name: _post(server, "api/check", {"resume": SAMPLES / name}), names))
    assert [a.json()["files"][0]["path"] for a in answers] == names
    assert all(a.json()["files"][0]["status"] == "checked" for a in answers)


def test_the_server_listens_on_127_0_0_1_only(server: Server) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    listening = Path("/proc/net/tcp").read_text().splitlines()[1:]
    local = {line.split()[1] for line in listening if line.split()[3] == "0A"}  # 0A: LISTEN
    assert f"0100007F:{port:04X}" in local and f"00000000:{port:04X}" not in local


def test_open_starts_the_browser_on_the_page(tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n')
    browser.chmod(0o755)
    env = {**os.environ, "BROWSER": str(browser), "CI": "true"}
    process = subprocess.Popen(["resumecheck", "serve", "--port", "0", "--jobs", "1", "--open"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split("serving ", 1)[1].split()[0]
        deadline = time.monotonic() + 120  # a bound against a hang, not a speed check: it stops at the first look
        while not (opened.exists() and opened.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.read_text().strip() == url
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


def test_a_port_in_use_is_one_line(server: Server) -> None:
    port = server.url.rsplit(":", 1)[1].strip("/")
    busy = subprocess.run(
        ["resumecheck", "serve", "--port", port], capture_output=True, text=True, timeout=120, check=False
    )
    assert busy.returncode == 2 and "cannot listen on 127.0.0.1:" in busy.stderr and "Traceback" not in busy.stderr


# The page in a real browser ------------------------------------------------------------------------------------


def _revised_strong(tmp_path: Path) -> Path:
    """Priya's resume revised for the worse: one result bullet rewritten as a duty."""
    sys.path.insert(0, str(SAMPLES))
    from pdf_writer import PdfResume
    from personas import PRIYA

    first = PRIYA.roles[0]
    duty = "Responsible for the migration of nightly batch jobs to streams"
    weak = replace(first, bullets=(duty, *first.bullets[1:]))
    path = tmp_path / "priya_raman_v2.pdf"
    PdfResume(path).one_column(replace(PRIYA, roles=(weak, *PRIYA.roles[1:])))
    return path


def test_the_page_checks_a_dropped_resume_then_shows_what_a_revision_changed(server: Server, tmp_path: Path) -> None:
    from test_html_browser import CHROMIUM, FLAGS

    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    revised = _revised_strong(tmp_path)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(server.url)
        page.set_input_files("#resume", str(STRONG))
        page.wait_for_selector("#summary[data-kind=check][data-verdict]", timeout=60_000)
        assert page.locator("#summary").get_attribute("data-verdict") == "pass"
        assert page.locator("#summary .v").inner_text() == "priya_raman_strong.pdf: PASS"
        report = page.frame_locator("#view")
        assert report.locator(".card").count() == 5 and report.locator(".page img").count() == 1
        page.set_input_files("#revision", str(revised))
        page.wait_for_selector("#summary[data-kind=diff]", timeout=60_000)
        progress = page.frame_locator("#view")
        assert progress.locator('[data-state="new"][data-rule="proof.weak-phrases"]').count() == 1
        assert progress.locator('[data-question="proof"][data-change="worse"]').count() == 1
        assert page.locator("#summary .v").inner_text() == "PASS → PASS"  # one weak bullet: worse, still passing
        page.click("#show-report")
        assert page.frame_locator("#view").locator(".card").count() == 5  # the revision's own report
        browser.close()
    assert errors == []
    origin = server.url.rstrip("/")
    assert all(url.startswith((origin, "data:", "about:", "blob:")) for url in requests), requests
    assert any(url == origin + "/ui/diff" for url in requests)


# Stopping the server -------------------------------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    """Every live process under `pid`, from /proc (children, then theirs)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                state, parent = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:2]
                if state != "Z":
                    parents[int(entry.name)] = int(parent)
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (an orphan's zombie waits for PID 1 to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_until(condition: Any, what: str, seconds: float = 120) -> None:
    """Wait for a condition; the deadline only stops a hang, it is no speed check."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.1)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP", "SIGKILL"])
def test_a_signal_stops_the_server_and_its_workers_and_frees_the_port(name: str, tmp_path: Path) -> None:
    """After `kill PID` (or Ctrl-C, a closed terminal, kill -9) no worker is left and a new server takes the
    port. Under SIGTERM a scan is being read by OCR: its worker and its Tesseract run are stopped too."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs Linux's /proc to find the workers")
    process, url = _launch("--port", "0", "--jobs", "2")
    port = url.rsplit(":", 1)[1].strip("/")
    workers = _descendants(process.pid)
    assert len(workers) == 3  # two workers, and one forked ahead for a quick file while both are on long ones
    assert _post(Server(url, process, tmp_path), "api/check", {"resume": SAMPLES / "sam_rivera.md"}).status_code == 200
    busy = None
    if name == "SIGTERM" and shutil.which("tesseract"):
        scan = _long_scan(tmp_path, pages=12)
        busy = ThreadPoolExecutor(max_workers=1)
        upload = {"resume": (scan.name, scan.read_bytes())}
        busy.submit(lambda: httpx.post(url + "api/check", files=upload, timeout=300))
        _wait_until(lambda: len(_descendants(process.pid)) > 3, "the scan's Tesseract run")  # mid-task
    everything = _descendants(process.pid)
    process.send_signal(getattr(signal, name))
    process.wait(timeout=120)
    _wait_until(lambda: not any(_alive(pid) for pid in everything), f"every worker to exit after {name}")
    if busy is not None:
        busy.shutdown(wait=True)  # the client gets its connection closed
    second, again = _launch("--port", port, "--jobs", "1")  # the port is free: a new server binds it
    try:
        assert again == url
        assert httpx.get(again, timeout=60).status_code == 200
    finally:
        second.send_signal(signal.SIGINT)
        second.communicate(timeout=60)
    if name != "SIGKILL":
        assert process.returncode == 0 and "Traceback" not in (process.communicate()[1])


# Requests from other sites, and clients that hang up -----------------------------------------------------------


def test_requests_from_another_site_are_refused_and_plain_clients_are_served(server: Server) -> None:
    own = server.url.rstrip("/")
    resume = {"resume": ("sam_rivera.md", (SAMPLES / "sam_rivera.md").read_bytes())}
    for route in ("api/check", "ui/check", "api/diff", "ui/diff"):
        for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                        {"Origin": "http://127.0.0.1:1"}, {"Origin": "null"}, {"Sec-Fetch-Site": "same-site"}):
            refused = httpx.post(server.url + route, files=resume, headers=headers, timeout=60)
            assert refused.status_code == 403, (route, headers)
            assert refused.text.count("\n") == 0 and "another site" in refused.json()["error"]
            assert refused.headers["x-content-type-options"] == "nosniff"
    same = {"Origin": own, "Sec-Fetch-Site": "same-origin"}
    assert httpx.post(server.url + "api/check", files=resume, headers=same, timeout=60).status_code == 200
    assert httpx.post(server.url + "api/check", files=resume, timeout=60).status_code == 200  # curl, a script
    assert httpx.get(server.url, headers={"Sec-Fetch-Site": "cross-site"}, timeout=60).status_code == 200  # a link


def test_a_foreign_host_gets_a_json_400_with_the_security_headers(server: Server) -> None:
    foreign = httpx.get(server.url, headers={"Host": "attacker.example"}, timeout=30)
    assert foreign.status_code == 400 and "attacker.example" in foreign.json()["error"]
    assert foreign.headers["content-security-policy"].startswith("default-src 'none'")
    assert foreign.headers["cache-control"] == "no-store"


def test_a_client_that_hangs_up_mid_upload_is_one_log_line(tmp_path: Path) -> None:
    with _started(tmp_path / "hangup", "limits:\n  file_size_mb: 2\n") as started:
        port = int(started.url.rsplit(":", 1)[1].strip("/"))
        with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
            head = (f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 100000\r\n"
                    "Content-Type: multipart/form-data; boundary=XX\r\n\r\n--XX\r\nContent-Disposition: form-data; "
                    'name="resume"; filename="cv.md"\r\n\r\n# Sam\n')
            client.sendall(head.encode())
        assert _post(started, "api/check", {"resume": SAMPLES / "sam_rivera.md"}).status_code == 200
        started.process.send_signal(signal.SIGINT)
        _, errors = started.process.communicate(timeout=60)
        started.process.send_signal = lambda signum: None  # type: ignore[method-assign]  # already stopped
        started.process.communicate = lambda timeout=None: ("", errors)  # type: ignore[method-assign]
    hung_up = [line for line in errors.splitlines() if "hung up" in line]
    assert len(hung_up) == 1 and "/api/check" in hung_up[0] and "Exception in ASGI" not in errors


def _tesseract_runs(pid: int) -> dict[int, int]:
    """The Tesseract processes under `pid`, each with its parent (the worker that started it)."""
    found = {}
    for child in _descendants(pid):
        with contextlib.suppress(OSError):
            if Path(f"/proc/{child}/comm").read_text().strip() == "tesseract":
                found[child] = int(Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[1])
    return found


@pytest.fixture(scope="module")
def patient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server whose time limit is far longer than any scan here takes: only a hang-up or shutdown stops one."""
    if shutil.which("tesseract") is None or not Path("/proc/self/stat").exists():
        pytest.skip("needs tesseract (the slow file is a scan) and Linux's /proc")
    with _started(tmp_path_factory.mktemp("patient"), "limits:\n  timeout_seconds: 3600\n") as started:
        yield started


def _upload_and_hold(server: Server, path: Path) -> socket.socket:
    """A client that sends `path` to /api/check and keeps its connection open without reading; close it to hang up."""
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    body = (f'--XX\r\nContent-Disposition: form-data; name="resume"; filename="{path.name}"\r\n\r\n'.encode()
            + path.read_bytes() + b"\r\n--XX--\r\n")
    head = (f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
            "Content-Type: multipart/form-data; boundary=XX\r\n\r\n").encode()
    client = socket.create_connection(("127.0.0.1", port), timeout=30)
    client.sendall(head + body)
    return client


def test_a_quick_file_is_answered_while_both_workers_read_long_scans(patient: Server, tmp_path: Path) -> None:
    """Two 30-page scans (OCR: over a minute each) take both workers; a one-page resume sent after them is
    answered while both are still being read, by a worker kept for that. Then both clients hang up, and their
    workers and Tesseract runs are killed."""
    scan = _long_scan(tmp_path, pages=30)
    clients = [_upload_and_hold(patient, scan) for _ in range(2)]
    try:
        _wait_until(lambda: len(_tesseract_runs(patient.process.pid)) == 2, "both scans to be read by OCR")
        reading = _tesseract_runs(patient.process.pid)
        quick = _post(patient, "api/check", {"resume": SAMPLES / "sam_rivera.md"})
        assert quick.json()["files"][0]["status"] == "checked"
        for client in clients:
            assert not _readable(client)  # both scans are still being read: neither has its answer
    finally:
        for client in clients:
            client.close()
    _wait_until(lambda: not any(_alive(p) for p in {*reading, *reading.values()}), "the scans' workers to be killed")


def _readable(client: socket.socket) -> bool:
    import select

    return bool(select.select([client], [], [], 0)[0])


def test_the_work_of_a_client_that_hangs_up_is_stopped(patient: Server, tmp_path: Path) -> None:
    """A client uploads a long scan and hangs up while it is read: its worker and Tesseract run are killed at
    once, not left to finish (the time limit here is far longer than the scan takes, so nothing else stops it),
    and the server keeps answering."""
    scan = _long_scan(tmp_path, pages=12)
    with _upload_and_hold(patient, scan):
        _wait_until(lambda: _tesseract_runs(patient.process.pid), "the scan to be read by OCR")
        ocr, worker = next(iter(_tesseract_runs(patient.process.pid).items()))
    _wait_until(lambda: not _alive(worker) and not _alive(ocr), "the abandoned scan's worker to be killed")
    answer = _post(patient, "api/check", {"resume": SAMPLES / "sam_rivera.md"})
    assert answer.json()["files"][0]["status"] == "checked"
    _wait_until(lambda: len(_descendants(patient.process.pid)) == 3, "the killed worker to be replaced")


def test_job_description_errors_speak_of_the_job_description(server: Server) -> None:
    """A job file the readers refuse gets words about a job description (none about a resume) and what to do."""
    for job in (("job.json", b'{"title": "Data Engineer"}'), ("job.exe", b"MZ\x90\x00"), ("job.txt", b"")):
        answer = _post(server, "api/check", {"resume": STRONG, "job": job})
        error = answer.json()["error"]
        assert answer.status_code == 400 and error.startswith("job description: "), job
        assert "resume" not in error.replace("resumecheck", "").replace("JSON Resume", "") and "paste" in error, error
    big = _post(server, "api/check", {"resume": STRONG, "job": ("job.pdf", b"%PDF-1.7\n" + b"0" * 2_200_000)})
    assert big.status_code == 413 and "a job description is far smaller" in big.json()["error"]
    resume = _post(server, "api/check", {"resume": ("cv.json", b'{"title": "Data Engineer"}')}).json()["files"][0]
    assert resume["error"]["code"] == "not_a_resume" and "JSON Resume" in resume["error"]["message"]  # unchanged


@contextlib.contextmanager
def _chromium() -> Iterator[Any]:
    """A new page in Debian's chromium (headless, fresh profile), with console errors failing the test."""
    from test_html_browser import CHROMIUM, FLAGS

    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 1000})
        finally:
            browser.close()


JOB = SAMPLES / "jobs" / "data_engineer.txt"


def _fit_heading(page: Any) -> Any:
    return page.frame_locator("#view").locator("h3", has_text="Fit to the job")


@pytest.mark.parametrize("order", ["resume first", "job first"])
def test_the_page_checks_against_a_job_attached_before_or_after_the_resume(server: Server, order: str) -> None:
    with _chromium() as page:
        page.goto(server.url)
        page.click("#job-box summary")
        if order == "job first":
            page.set_input_files("#job-file", str(JOB))
            page.wait_for_function("document.getElementById('status').textContent.includes('Choose a resume')")
        page.set_input_files("#resume", str(STRONG))
        page.wait_for_selector("#summary[data-kind=check][data-verdict]", timeout=60_000)
        page.wait_for_function("document.getElementById('status').textContent.startsWith('Done.')")
        if order == "resume first":
            assert _fit_heading(page).count() == 0  # no job yet
            page.set_input_files("#job-file", str(JOB))
        _fit_heading(page).wait_for(timeout=60_000)  # checked again, now against the job
        page.wait_for_function("document.getElementById('status').textContent.startsWith('Done.')")
        assert "Required terms found" in page.frame_locator("#view").locator("body").inner_text()


def test_a_page_on_another_local_port_cannot_make_the_server_work(server: Server, tmp_path: Path) -> None:
    """What any page the user has open can do: post a plain multipart form to the server. Chromium sends its
    Origin (and Sec-Fetch-Site), the server answers 403 without checking anything, and its own page still works."""
    import http.server
    import threading

    form = (f'<!DOCTYPE html><form method="post" enctype="multipart/form-data" action="{server.url}api/check">'
            '<input type="file" name="resume" id="resume"><button id="go">go</button></form>')
    (tmp_path / "index.html").write_text(form)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        with _chromium() as page:
            page.goto(f"http://127.0.0.1:{other.server_address[1]}/")
            page.set_input_files("#resume", str(STRONG))
            with page.expect_response(lambda r: r.url == server.url + "api/check") as posted:
                page.click("#go")
            answer = posted.value
            assert answer.status == 403
            assert answer.request.header_value("origin") == f"http://127.0.0.1:{other.server_address[1]}"
            assert "another site" in json.loads(answer.text())["error"]
            page.goto(server.url)  # the server's own page keeps working
            page.set_input_files("#resume", str(STRONG))
            page.wait_for_selector("#summary[data-kind=check][data-verdict=pass]", timeout=60_000)
    finally:
        other.shutdown()
        other.server_close()
