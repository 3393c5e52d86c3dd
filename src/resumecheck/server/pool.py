"""Worker processes for the server: forked once the spaCy pipeline is loaded, so each inherits it. Requests get
workers in arrival order; one time limit covers a whole request (a diff's two files too), and a worker past it,
crashed, or working for a client that hung up is killed and replaced. When every worker is on a long file, a
waiting request gets a worker forked for it, so a one-page resume does not wait behind long scans."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ..batch import worker_loop
from ..errors import FileError
from ..judge import Judge
from .work import READING_RESUME, Task, failed, job_error, perform

# LONG_TASK separates a long file from a normal one: a one-page resume is checked in 0.35 s by a warm worker on
# this project's 2-core machine (benchmarks/serve_load.py, alone), a scan or a 30-page PDF runs for 5-30 s.
LONG_TASK = 1.0
# LONG_NICE: a task past LONG_TASK runs at this niceness (with its Tesseract runs), so a quick one forked beside
# it gets the cores first; benchmarks/serve_load.py: a normal upload beside two 30-page PDFs took 7 s without.
LONG_NICE = 10


@dataclass(eq=False)
class _Worker:
    process: Any
    connection: Connection
    extra: bool = False  # for a request that found every regular worker on a long file
    started: float | None = None  # when its current task was sent; None while idle
    niced: bool = False  # lowered for a long task: replaced after it, as a process cannot raise its priority


class WorkerPool:
    """`size` forked workers answering Tasks, and up to `size` extra ones while all are on long files (one of
    them forked ahead, waiting); `run` is awaited by the request handlers."""

    def __init__(self, judge: Judge, size: int, timeout: float) -> None:
        self.judge = judge
        self.timeout = timeout
        self.size = max(1, size)
        judge.warm()  # load once here: the forked workers share the pipeline and caches and start warm
        self._context = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []
        for extra in [False] * self.size + [True]:
            self._workers.append(self._spawn(extra=extra))
        self._idle = [w for w in self._workers if not w.extra]
        self._spare = [w for w in self._workers if w.extra]
        self._waiting: collections.deque[asyncio.Future[_Worker]] = collections.deque()

    async def run(self, task: Task) -> dict[str, Any]:
        """The task's answer from the next free worker; an error answer when it is too slow or crashes. Cancelled
        (the client went away), it gives up its place in the queue, or has its worker killed mid-task."""
        worker = await self._acquire()
        try:
            return await self._ask(worker, task)
        finally:
            worker.started = None
            fresh = worker.process.is_alive() and not worker.niced
            self._release(worker if fresh else self._replace(worker))

    async def _acquire(self) -> _Worker:
        while True:
            if self._idle:
                return self._idle.pop()
            running = [w for w in self._workers if w.started is not None]
            youngest = min((time.monotonic() - w.started for w in running if w.started is not None), default=0.0)
            room = sum(1 for w in running if w.extra) < self.size
            if running and youngest >= LONG_TASK and room:
                for worker in running:
                    _lower(worker)
                if self._spare:
                    return self._spare.pop()
                worker = self._spawn(extra=True)
                self._workers.append(worker)
                return worker
            # wait for a worker, or for the most recent task to become a long one
            patience = LONG_TASK - youngest if running and room else None
            turn: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
            self._waiting.append(turn)
            try:
                return await asyncio.wait_for(asyncio.shield(turn), patience)
            except TimeoutError:
                if turn.done():  # handed a worker just as the wait ran out
                    return turn.result()
                turn.cancel()
            except asyncio.CancelledError:
                if turn.done() and not turn.cancelled():
                    self._release(turn.result())  # handed a worker as the client went: pass it on
                turn.cancel()
                raise
            finally:
                with contextlib.suppress(ValueError):
                    self._waiting.remove(turn)

    def _release(self, worker: _Worker) -> None:
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(worker)
                return
        if not worker.extra:
            self._idle.append(worker)
        elif not self._spare:
            self._spare.append(worker)
        else:  # nobody waits and one extra worker is already waiting: this one is not needed any more
            self._stop(worker)

    async def _ask(self, worker: _Worker, task: Task) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        descriptor = worker.connection.fileno()
        deadline = loop.time() + self.timeout  # one limit for the whole request, however many files it has
        stage = "job" if task.job is not None else "resume"
        worker.started = time.monotonic()
        try:
            worker.connection.send(task)
            while True:
                ready: asyncio.Future[None] = loop.create_future()
                loop.add_reader(descriptor, _settle, ready)
                try:
                    await asyncio.wait_for(ready, max(0.0, deadline - loop.time()))
                finally:
                    loop.remove_reader(descriptor)
                answer: Any = worker.connection.recv()
                if answer != READING_RESUME:
                    return dict(answer)
                stage = "resume"
        except TimeoutError:
            _kill(worker)
            if stage == "job":
                slow = f"reading it took longer than {self.timeout:g} s and was stopped; paste its text instead"
                return job_error(slow)
            stopped = FileError("timeout", f"checking took longer than {self.timeout:g} s and was stopped")
            return failed(self.judge, task, stopped)
        except asyncio.CancelledError:  # the client went away: a worker mid-task cannot take the next one
            _kill(worker)
            raise
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            crashed = f"the parser crashed on this file (exit code {worker.process.exitcode}); please report it"
            if stage == "job":
                return job_error(f"the parser crashed on it (exit code {worker.process.exitcode}); please report it")
            return failed(self.judge, task, FileError("internal", crashed))

    def _replace(self, worker: _Worker) -> _Worker:
        if worker.process.is_alive():  # niced: idle, so nothing is lost
            _kill(worker)
        with contextlib.suppress(OSError):
            worker.connection.close()
        fresh = self._spawn(extra=worker.extra)
        self._workers = [fresh if w is worker else w for w in self._workers]
        return fresh

    def _stop(self, worker: _Worker) -> None:
        _kill(worker)  # idle, so nothing is lost
        with contextlib.suppress(OSError):
            worker.connection.close()
        self._workers = [w for w in self._workers if w is not worker]

    def _spawn(self, extra: bool) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(self.judge, child), daemon=True)
        process.start()
        child.close()
        return _Worker(process=process, connection=parent, extra=extra)

    def close(self) -> None:
        """Stop every worker."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.connection.send(None)
        for worker in self._workers:
            worker.process.join(timeout=1)
            if worker.process.is_alive():
                _kill(worker)
            with contextlib.suppress(OSError):
                worker.connection.close()
        self._workers, self._idle, self._spare = [], [], []


def _lower(worker: _Worker) -> None:
    """Run the worker's long task, and the programs it starts, after quick ones."""
    if not worker.niced:
        worker.niced = True
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PGRP, worker.process.pid, LONG_NICE)


def _kill(worker: _Worker) -> None:
    """Kill the worker and what it started (a Tesseract run), which would otherwise finish its page alone."""
    with contextlib.suppress(OSError):
        os.killpg(worker.process.pid, signal.SIGKILL)
    worker.process.kill()
    worker.process.join()


def _settle(ready: asyncio.Future[None]) -> None:
    if not ready.done():  # the pipe stays readable until the answer is read
        ready.set_result(None)


def _serve(judge: Judge, connection: Connection) -> None:
    """Worker loop: answer one task at a time until told to stop or the server is gone."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)  # its own process group, so killing it kills the programs it runs too

    def answer(task: Task) -> dict[str, Any]:
        try:
            return perform(judge, task, lambda: connection.send(READING_RESUME))
        except Exception as exc:  # never a traceback to the client: a coded answer, and the worker keeps serving
            error = FileError("internal", f"resumecheck failed ({type(exc).__name__}: {exc}); please report it")
            return failed(judge, task, error)

    worker_loop(connection, answer)
