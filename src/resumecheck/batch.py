"""Check many files with worker processes: in input order, a wall-time limit per file enforced by killing
the worker, and a crashed worker (even a segfault or an out-of-memory kill) costing only its own file."""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import multiprocessing
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from .errors import FileError
from .judge import FileResult, Judge
from .reader import ReadResult

WORKER_MEMORY_BYTES = 2 * 1024**3  # a parser that needs more is stopped, not the machine


@dataclass
class _Worker:
    process: multiprocessing.Process
    connection: Connection
    task: tuple[int, str] | None = None
    started: float = 0.0


@dataclass
class BatchRunner:
    """Runs a Judge over paths in `jobs` forked worker processes that inherit the loaded pipeline."""

    judge: Judge
    jobs: int = 1
    timeout: float = 30.0
    include_text: bool = False
    _workers: list[_Worker] = field(default_factory=list)
    _read: dict[int, ReadResult] = field(default_factory=dict)  # files read while the pipeline loaded, by index

    def run(self, paths: list[Path], progress: Callable[[int], None] | None = None) -> Iterator[dict[str, Any]]:
        """Yield one files[] entry per path, in input order, as soon as each next one is ready."""
        if not paths:
            return
        if len(paths) == 1:
            yield self._run_single(paths[0])
            if progress:
                progress(1)
            return
        context = multiprocessing.get_context("fork")
        ahead = _ReadAhead(context, paths, self.judge.config.limits) if self.jobs > 1 else None
        try:
            self.judge.warm()  # load once here: forked workers share the pipeline and caches, not rebuild them
        finally:
            self._read = ahead.finish(self.timeout) if ahead is not None else {}
        pending = list(enumerate(str(p) for p in paths))
        pending.reverse()
        done: dict[int, dict[str, Any]] = {}
        next_out = 0
        self._workers = [self._spawn(context) for _ in range(max(1, min(self.jobs, len(paths))))]
        try:
            while next_out < len(paths):
                for worker in self._workers:
                    if worker.task is None and pending:
                        worker.task, worker.started = pending.pop(), time.monotonic()
                        worker.connection.send(worker.task)
                busy = [w for w in self._workers if w.task is not None]
                ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout=0.2)
                for worker in busy:
                    result = self._collect(worker, ready, context)
                    if result is not None:
                        done[result[0]] = result[1]
                        if progress:
                            progress(1)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
        finally:
            self.close()

    def _run_single(self, path: Path) -> dict[str, Any]:
        """One file: a forked child parses it while this process loads the spaCy pipeline, then judges it.
        The two cores work at once, and the parse is still stopped at the time limit or isolated if it crashes."""
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        process = context.Process(target=_parse_only, args=(path, self.judge.config.limits, child), daemon=True)
        process.start()
        child.close()
        started = time.monotonic()
        _ = self.judge.pipeline  # meanwhile the child parses
        answer = None
        if parent.poll(max(0.0, self.timeout - (time.monotonic() - started))):
            try:
                answer = parent.recv()
            except Exception:  # a half-sent or unreadable answer counts as a crash of the child
                answer = None
        if answer is None:
            return _stopped(process, str(path), process.is_alive(), self.timeout)
        process.join()
        read, spelling = answer
        return self.judge.judge(read, spelling).to_dict(include_text=self.include_text)

    def close(self) -> None:
        """Stop every worker."""
        for worker in self._workers:
            with contextlib.suppress(OSError, BrokenPipeError):
                worker.connection.send(None)
            worker.process.join(timeout=1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self._workers = []
        self._read = {}

    def _collect(self, worker: _Worker, ready: list[Any], context: Any) -> tuple[int, dict[str, Any]] | None:
        assert worker.task is not None  # only busy workers are collected
        index, path = worker.task
        if worker.connection in ready:
            try:
                answer: tuple[int, dict[str, Any]] = worker.connection.recv()
                worker.task = None
                return answer
            except (EOFError, OSError):
                pass  # the worker died while answering: handled below
        died = worker.process.sentinel in ready or not worker.process.is_alive()
        overdue = time.monotonic() - worker.started > self.timeout
        if not died and not overdue:
            return None
        entry = _stopped(worker.process, path, overdue, self.timeout)
        self._replace(worker, context)
        return index, entry

    def _replace(self, worker: _Worker, context: Any) -> None:
        fresh = self._spawn(context)
        worker.process, worker.connection, worker.task = fresh.process, fresh.connection, None

    def _spawn(self, context: Any) -> _Worker:
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(self.judge, child, self.include_text, self._read), daemon=True)
        process.start()
        child.close()
        return _Worker(process=process, connection=parent)


def become_worker() -> None:
    """What a worker process does first: leave Ctrl-C to its parent, die with it, report a crash as the file's
    entry rather than a dump on the terminal, and cap its memory."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)  # not the server's graceful stop: `kill` ends a worker at once
    _die_with_parent()
    faulthandler.disable()
    _limit_memory()


def worker_loop(connection: Connection, answer: Callable[[Any], Any]) -> None:
    """Answer one task at a time from the connection until told to stop (None) or the parent goes away."""
    become_worker()
    _drop_inherited_sockets(keep=connection.fileno())
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        connection.send(answer(task))


def _serve(judge: Judge, connection: Connection, include_text: bool, read: dict[int, ReadResult]) -> None:
    """Worker loop: check one path at a time until told to stop (a file read ahead is judged, not read again)."""

    def check(task: tuple[int, str]) -> tuple[int, dict[str, Any]]:
        index, path = task
        try:
            result = judge.judge(read[index]) if index in read else judge.judge_path(Path(path))
            entry = result.to_dict(include_text=include_text)
        except MemoryError:
            entry = _error_entry(path, FileError("too_large", "reading this file needed too much memory"))
        except Exception as exc:  # never a traceback: the file gets an entry that says what failed
            entry = _error_entry(
                path,
                FileError(
                    "internal", f"resumecheck failed on this file ({type(exc).__name__}: {exc}); please report it"
                ),
            )
        return index, entry

    worker_loop(connection, check)


class _ReadAhead:
    """A child forked before the pipeline and dictionaries load, reading the batch's first files meanwhile: the
    parent's start-up (about 1.5 s of one core) no longer leaves the other core idle. A file it does not finish,
    or crashes on, is simply read again by a worker, with the worker's time limit and isolation."""

    def __init__(self, context: Any, paths: list[Path], limits: Any) -> None:
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_read_ahead, args=(paths, limits, child), daemon=True)
        self._process.start()
        child.close()

    def finish(self, timeout: float) -> dict[int, ReadResult]:
        """Stop after the file in hand (waiting at most `timeout` for it) and return what was read, by index."""
        with contextlib.suppress(OSError):
            self._connection.send(None)
        read: dict[int, ReadResult] = {}
        if self._connection.poll(timeout):
            with contextlib.suppress(EOFError, OSError):  # it crashed: its files are read again
                read = dict(self._connection.recv())
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._connection.close()
        return read


def _read_ahead(paths: list[Path], limits: Any, connection: Connection) -> None:
    """Child of a batch: read files in order until told to stop, then send them all (sent one by one, they
    would fill the pipe while the parent is still loading)."""
    from .reader import read_path

    become_worker()
    _drop_inherited_sockets(keep=connection.fileno())
    read: list[tuple[int, ReadResult]] = []
    for index, path in enumerate(paths):
        if connection.poll():
            break
        try:
            read.append((index, read_path(path, limits)))
        except BaseException:  # a worker reads it again and reports what failed
            break
    connection.send(read)


def _parse_only(path: Path, limits: Any, connection: Connection) -> None:
    """Child of a single-file run: read the file and work out its spelling verdicts, send both back."""
    from .reader import ReadResult, read_path

    become_worker()
    spelling = None
    try:
        read = read_path(path, limits)
        if read.facts is not None and read.facts.language in (None, "en"):
            from .spelling import analyze_spelling

            spelling = analyze_spelling([line.text for line in read.facts.document.body_lines])
    except MemoryError:
        read = ReadResult(str(path), error=FileError("too_large", "reading this file needed too much memory"))
    except Exception as exc:  # never a traceback: the file gets an entry that says what failed
        read = ReadResult(
            str(path),
            error=FileError(
                "internal", f"resumecheck failed on this file ({type(exc).__name__}: {exc}); please report it"
            ),
        )
    connection.send((read, spelling))


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent() -> None:
    """Have Linux kill this worker when its parent dies, even by SIGKILL; elsewhere the pipe's EOF ends it."""
    parent = multiprocessing.parent_process()
    if parent is None or not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent.pid:  # the parent died before that took effect
        os._exit(0)


def _drop_inherited_sockets(keep: int) -> None:
    """Close the sockets a forked worker got from its parent but must not hold: the other end of its own pipe
    and the other workers' (held, the worker would never read EOF when the parent dies), and in the server the
    listening socket and client connections (held, the port stays taken and a closed connection stays open)."""
    gc.freeze()  # the parent's objects are never collected here, so none closes a number reused after this
    folder = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            descriptor = int(name)
            with contextlib.suppress(OSError):
                if descriptor > 2 and descriptor != keep and stat.S_ISSOCK(os.fstat(descriptor).st_mode):
                    os.close(descriptor)


def _limit_memory() -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = WORKER_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(hard, WORKER_MEMORY_BYTES)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _error_entry(path: str, error: FileError) -> dict[str, Any]:
    return FileResult(path=path, error=error).to_dict()


def _stopped(process: Any, path: str, overdue: bool, timeout: float) -> dict[str, Any]:
    """The entry of a file whose process was too slow (killed now) or died on its own."""
    if overdue and process.is_alive():
        process.kill()
    process.join()
    if overdue:
        return _error_entry(path, FileError("timeout", f"checking took longer than {timeout:g} s and was stopped"))
    return _error_entry(
        path, FileError("internal", f"the parser crashed on this file (exit code {process.exitcode}); please report it")
    )


def default_jobs() -> int:
    """One worker per CPU."""
    return max(1, os.cpu_count() or 1)
