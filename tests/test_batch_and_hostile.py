"""Batch runs under hostile input: workers, order, time limits, crashes, streaming, limits, fuzzing."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, run_cli
from hostile import build, samples
from resumecheck.batch import BatchRunner
from resumecheck.config import Config
from resumecheck.errors import FileError
from resumecheck.judge import FileResult, Judge
from resumecheck.parsers import parse_bytes

ERROR_CODES = {"not_found", "unsupported_format", "corrupt", "encrypted", "empty", "too_large", "timeout", "internal"}
REGRESSIONS = Path(__file__).parent / "fuzz_regressions"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    build(folder)
    return folder


def test_every_hostile_file_ends_in_a_result_or_a_structured_error(hostile: Path) -> None:
    result = run_cli("check", "--format", "json", "--jobs", "2", str(hostile))
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr == ""
    report = json.loads(result.stdout)
    names = {Path(f["path"]).name: f for f in report["files"]}
    expected = {p.name for p in hostile.iterdir() if p.is_file() and not p.is_symlink()}
    assert expected <= set(names)  # nothing lost; the symlink loop is not followed
    for name, entry in names.items():
        assert entry["status"] in ("checked", "error", "skipped"), name
        if entry["status"] == "skipped":  # found in a folder but not a resume: a cut-off Markdown file
            assert entry["error"]["code"] == "not_a_resume" and Path(name).suffix in (".md", ".txt", ".json")
        if entry["status"] == "error":
            message = entry["error"]["message"]
            assert entry["error"]["code"] in ERROR_CODES and message and "\n" not in message
    assert names["zip-bomb.docx"]["error"]["code"] == "too_large"
    assert names["billion-laughs.docx"]["status"] == "error"
    assert names["encrypted.pdf"]["error"]["code"] == "encrypted"
    assert names["thousands-of-pages.pdf"]["error"]["code"] == "too_large"
    assert names["empty.pdf"]["error"]["code"] == "empty"
    assert names["random.pdf"]["error"]["code"] == "corrupt"
    if os.geteuid() != 0:  # root reads any file, whatever its permissions
        assert names["unreadable.pdf"]["error"]["code"] == "not_found"


def test_results_come_back_in_input_order_with_several_workers() -> None:
    paths = samples() * 2
    judge = Judge(Config())
    entries = list(BatchRunner(judge, jobs=2).run(paths))
    assert [e["path"] for e in entries] == [str(p) for p in paths]
    assert all(e["status"] == "checked" for e in entries)


def test_files_read_while_the_pipeline_loads_are_judged_as_if_read_by_the_worker() -> None:
    """With two workers, a child reads the first files while the parent loads; every entry equals the one a
    judge gives the file alone, and so do the read-ahead child's own results."""
    from resumecheck.batch import _ReadAhead

    paths = samples()
    judge = Judge(Config())
    expected = [judge.judge_path(p).to_dict() for p in paths]
    assert list(BatchRunner(Judge(Config()), jobs=2).run(paths)) == expected
    ahead = _ReadAhead(multiprocessing.get_context("fork"), paths, judge.config.limits)
    Judge(Config()).warm()
    for index, read in ahead.finish(timeout=60).items():
        assert judge.judge(read).to_dict() == expected[index], paths[index].name


def test_a_crash_while_reading_ahead_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-ahead child 'segfaults' on the first file: the workers read that file and the rest."""
    import resumecheck.reader

    real = resumecheck.reader.read_path
    crash_on = samples()[0]

    def crashing(path: Path, limits: object = None) -> object:
        if path == crash_on:
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(path, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(resumecheck.reader, "read_path", crashing)  # the read-ahead child's; workers keep theirs
    paths = samples()[:4]
    entries = list(BatchRunner(Judge(Config()), jobs=2).run(paths))
    assert [e["path"] for e in entries] == [str(p) for p in paths]
    assert all(e["status"] == "checked" for e in entries)


def test_a_slow_file_is_stopped_at_the_time_limit() -> None:
    config = Config()
    config.limits.timeout_seconds = 0.05
    slow, quick = SAMPLES / "riley_park_skim_fail.pdf", SAMPLES / "sam_rivera.md"
    entries = list(BatchRunner(Judge(config), jobs=1, timeout=0.05).run([slow, quick]))
    assert entries[0]["error"]["code"] == "timeout"
    assert entries[1]["path"] == str(quick)  # the worker was replaced and the run went on


class _Crashing(Judge):
    """A judge whose parser 'segfaults' on one file, to prove a crash costs only that file."""

    def judge_path(self, path: Path) -> FileResult:
        if path.name == "aiko_tanaka.resume.json":
            os.kill(os.getpid(), signal.SIGSEGV)
        return super().judge_path(path)


def test_a_crashing_worker_costs_only_its_own_file() -> None:
    paths = [SAMPLES / "sam_rivera.md", SAMPLES / "aiko_tanaka.resume.json", SAMPLES / "noah_kim_junior.md"]
    entries = list(BatchRunner(_Crashing(Config()), jobs=1).run(paths))
    assert [e["status"] for e in entries] == ["checked", "error", "checked"]
    assert entries[1]["error"]["code"] == "internal" and "crashed" in entries[1]["error"]["message"]


def test_jsonl_streams_one_entry_per_line_and_a_summary(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = run_cli("check", "--format", "jsonl", "-o", str(target), *map(str, samples()))
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [Path(e["path"]).name for e in lines[:-1]] == [p.name for p in samples()]
    assert lines[-1]["summary"]["files"] == len(samples())
    assert result.returncode == 1


def test_jsonl_is_written_as_files_finish(tmp_path: Path) -> None:
    """Interrupting a long run keeps every file finished so far."""
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(40):
        (folder / f"r{index:02d}.md").write_text((SAMPLES / "sam_rivera.md").read_text())
    process = subprocess.Popen(["resumecheck", "check", "--format", "jsonl", "--jobs", "1", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    rest, errors = process.communicate(timeout=60)
    assert json.loads(first)["path"].endswith("r00.md")
    assert process.returncode == 130 and "Traceback" not in errors
    assert all(json.loads(line)["status"] == "checked" for line in rest.splitlines() if line.startswith('{"path"'))


def test_jsonl_to_a_file_from_a_terminal_shows_progress_and_the_summary_on_stderr(tmp_path: Path) -> None:
    """On a terminal, `--format jsonl -o FILE` draws a progress bar and ends with the summary line on stderr;
    the file holds only JSON lines."""
    import pty

    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(12):  # past the 10 files a progress bar needs
        (folder / f"r{index:02d}.md").write_text((SAMPLES / "sam_rivera.md").read_text())
    target = tmp_path / "out.jsonl"
    leader, follower = pty.openpty()
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    process = subprocess.Popen(["resumecheck", "check", "--format", "jsonl", "-o", str(target), str(folder)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=120)
    os.close(leader)
    shown = seen.decode("utf-8", "replace")
    assert "checking" in shown and "12 file(s): 12 passed, 0 failed, 0 could not be read." in shown
    lines = target.read_text().splitlines()
    assert len(lines) == 13 and all(line.startswith("{") for line in lines)


def test_limits_are_configurable(tmp_path: Path) -> None:
    (tmp_path / ".resumecheck.yaml").write_text("limits: {pages: 1, file_size_mb: 0.5}\n")
    report = json.loads(run_cli("check", "--format", "json", str(SAMPLES / "elena_novak_header_contact.pdf"),
                                str(SAMPLES / "priya_raman_image_only.pdf"), cwd=tmp_path).stdout)
    assert report["files"][0]["error"]["code"] == "too_large"  # two pages, limit one
    assert report["files"][1]["status"] == "checked"
    (tmp_path / ".resumecheck.yaml").write_text("limits: {pages: -1}\n")
    assert run_cli("check", str(SAMPLES / "sam_rivera.md"), cwd=tmp_path).returncode == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sample=st.sampled_from(samples()), data=st.data())
def test_fuzzed_sample_bytes_parse_or_fail_cleanly(sample: Path, data: st.DataObject) -> None:
    original = bytearray(sample.read_bytes())
    for _ in range(data.draw(st.integers(1, 12))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        position = data.draw(st.integers(0, max(0, len(original) - 1)))
        if action == "flip" and original:
            original[position] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "cut":
            del original[position: position + data.draw(st.integers(1, 64))]
        else:
            original[position:position] = data.draw(st.binary(min_size=1, max_size=32))
    _parse_cleanly(bytes(original), sample.name)


def _parse_cleanly(blob: bytes, name: str) -> None:
    try:
        parse_bytes(blob, name)
    except FileError as error:
        assert error.code in ERROR_CODES
    except RecursionError:
        pass  # the reader turns this into a `corrupt` entry


@pytest.mark.parametrize("case", sorted(REGRESSIONS.glob("*")) if REGRESSIONS.exists() else [], ids=lambda p: p.name)
def test_fuzz_regressions(case: Path) -> None:
    _parse_cleanly(case.read_bytes(), case.name)


def test_dask_example_from_the_readme(tmp_path: Path) -> None:
    dask_bag = pytest.importorskip("dask.bag")
    import resumecheck

    paths = [str(SAMPLES / "sam_rivera.md"), str(SAMPLES / "aiko_tanaka.resume.json")]
    results = dask_bag.from_sequence(paths, npartitions=2).map(resumecheck.check_file).compute(scheduler="processes")
    assert [r["facts"]["contact"]["name"] for r in results] == ["Sam Rivera", "Aiko Tanaka"]
    assert all(r["verdict"] in ("pass", "fail") for r in results)
