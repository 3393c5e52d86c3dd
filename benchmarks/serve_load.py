"""Latency of a normal upload to `resumecheck serve` while 20 abandoned and 2 heavy requests are in flight.

    python benchmarks/serve_load.py [--jobs 2] [--rounds 3]

Starts a server on a free loopback port, makes its heavy files with reportlab (an 8-page PDF for the twenty
clients that upload and hang up, two dense 30-page PDFs), and prints the normal upload's latency alone and under
that load. Target (issue 26): under 3 s on 2 cores. Needs the `test` extra (reportlab, httpx).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
NORMAL = ROOT / "sample_resumes" / "priya_raman_strong.pdf"
ABANDONED, HEAVY = 20, 2
LINE = "Built streaming pipelines in Python, SQL and Spark for 40 teams; cut the nightly cost by 35% in 2023."


def dense_pdf(path: Path, pages: int) -> Path:
    """A PDF of `pages` pages, each filled with 60 lines of resume-like text."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=letter)
    for number in range(pages):
        sheet.setFont("Helvetica", 8)
        for row in range(60):
            sheet.drawString(36, 760 - row * 12, f"{number + 1}.{row + 1} {LINE}")
        sheet.showPage()
    sheet.save()
    return path


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    """A multipart body with the file in the field `resume`, and its content type."""
    boundary = "resumecheckloadboundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="resume"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def abandon(port: int, name: str, data: bytes) -> None:
    """Upload the whole file, then hang up without reading the answer."""
    body, kind = multipart(name, data)
    head = (
        f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {kind}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
        client.sendall(head + body)


def timed_check(url: str, path: Path) -> tuple[float, str]:
    """Seconds for one upload of `path` to be answered, and the file's status in the answer."""
    started = time.monotonic()
    answer = httpx.post(url + "api/check", files={"resume": (path.name, path.read_bytes())}, timeout=600)
    seconds = time.monotonic() - started
    status = answer.json()["files"][0]["status"] if answer.status_code == 200 else f"HTTP {answer.status_code}"
    return seconds, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="server workers (default 2)")
    parser.add_argument("--rounds", type=int, default=3, help="normal uploads timed under load (default 3)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        eight = dense_pdf(Path(folder) / "eight_pages.pdf", 8).read_bytes()
        heavy = dense_pdf(Path(folder) / "dense_30_pages.pdf", 30)
        env = {**os.environ, "CI": "true"}
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("resumecheck")), "serve", "--port", "0", "--jobs", str(options.jobs)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        )  # fmt: skip
        try:
            assert server.stdout is not None
            url = server.stdout.readline().split("serving ", 1)[1].split()[0]
            port = int(url.rsplit(":", 1)[1].strip("/"))
            timed_check(url, NORMAL)  # the first request also warms the workers
            alone = [timed_check(url, NORMAL)[0] for _ in range(options.rounds)]
            print(f"normal upload alone: median {statistics.median(alone):.2f} s over {options.rounds}")
            heavy_alone = timed_check(url, heavy)
            print(f"heavy upload alone (30 pages, {heavy.stat().st_size // 1024} KB): {heavy_alone[0]:.1f} s")
            loaded = []
            for round_number in range(options.rounds):
                heavy_times: list[tuple[float, str]] = []
                threads = [
                    threading.Thread(target=lambda times=heavy_times: times.append(timed_check(url, heavy)))
                    for _ in range(HEAVY)
                ]
                for _ in range(ABANDONED):
                    abandon(port, "eight_pages.pdf", eight)
                for thread in threads:
                    thread.start()
                time.sleep(0.5)  # the heavy uploads are being read by the workers now
                seconds, status = timed_check(url, NORMAL)
                loaded.append(seconds)
                for thread in threads:
                    thread.join(timeout=600)
                heavy_text = ", ".join(f"{s:.1f} s {st}" for s, st in heavy_times)
                print(
                    f"round {round_number + 1}: normal upload {seconds:.2f} s ({status}) while {ABANDONED} abandoned "
                    f"and {HEAVY} heavy requests were in flight; heavy: {heavy_text}"
                )
            verdict = "under" if max(loaded) < 3.0 else "OVER"
            print(f"normal upload under load: median {statistics.median(loaded):.2f} s, max {max(loaded):.2f} s "
                  f"({verdict} the 3 s target, {os.cpu_count()} cores, {options.jobs} workers)")  # fmt: skip
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=120)


if __name__ == "__main__":
    main()
