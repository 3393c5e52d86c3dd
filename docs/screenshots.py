"""Regenerate the README screenshots: `python docs/screenshots.py` (needs Debian's chromium)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SHOTS = {  # picture: the command that writes its HTML page
    "report-strong.jpg": ["check", "sample_resumes/priya_raman_strong.pdf"],
    "report-two-column-fail.jpg": ["check", "sample_resumes/sofia_reyes_two_column_fail.pdf"],
    "progress-report.jpg": [
        "diff", "sample_resumes/dana_whitfield_before.pdf", "sample_resumes/dana_whitfield_after.pdf",
    ],
}
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def main() -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as work:
        for name, (command, *files) in SHOTS.items():
            report = Path(work) / "report.html"
            # a failing resume exits 1 and still writes its report
            writer = ["resumecheck", command, "--format", "html", "-o", str(report), *files]
            subprocess.run(writer, cwd=ROOT, check=False)
            png = Path(work) / "shot.png"
            subprocess.run([chromium, *FLAGS, f"--user-data-dir={work}/profile", "--window-size=1280,1700",
                            f"--screenshot={png}", report.as_uri()], check=True, capture_output=True)
            Image.open(png).convert("RGB").save(ROOT / "docs" / name, quality=78, optimize=True)
            print(ROOT / "docs" / name)


if __name__ == "__main__":
    main()
