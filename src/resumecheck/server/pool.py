"""Worker processes for the server: forked once the spaCy pipeline is loaded, so each inherits it; a request
waits for a free worker, a worker past the time limit is killed and replaced, and a crashed one too."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from ..batch import worker_loop
from ..errors import FileError
from ..judge import Judge
from ..spelling import warm
from .work import Task, failed, perform


@dataclass
class _Worker:
    process: Any
    connection: Connection


class WorkerPool:
    """`size` forked workers answering Tasks; `run` is awaited by the request handlers."""

    def __init__(self, judge: Judge, size: int, timeout: float) -> None:
        self.judge = judge
        self.timeout = timeout
        _ = judge.pipeline  # load once here: the forked workers share it
        warm()
        self._context = multiprocessing.get_context("fork")
        self._workers = [self._spawn() for _ in range(max(1, size))]
        self._idle: asyncio.Queue[_Worker] | None = None

    async def run(self, task: Task) -> dict[str, Any]:
        """The task's answer from the next free worker; an error answer when it is too slow or crashes."""
        if self._idle is None:  # made in the server's event loop, on the first request
            self._idle = asyncio.Queue()
            for worker in self._workers:
                self._idle.put_nowait(worker)
        worker = await self._idle.get()
        try:
            return await self._ask(worker, task)
        finally:
            if not worker.process.is_alive():
                worker = self._replace(worker)
            self._idle.put_nowait(worker)

    async def _ask(self, worker: _Worker, task: Task) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        descriptor = worker.connection.fileno()
        loop.add_reader(descriptor, _settle, ready)
        limit = self.timeout * len(task.files)
        try:
            worker.connection.send(task)
            await asyncio.wait_for(ready, limit)
            answer: dict[str, Any] = worker.connection.recv()
            return answer
        except TimeoutError:
            worker.process.kill()
            worker.process.join()
            return failed(
                self.judge, task, FileError("timeout", f"checking took longer than {limit:g} s and was stopped")
            )
        except asyncio.CancelledError:  # the client went away: a worker mid-task cannot take the next one
            worker.process.kill()
            worker.process.join()
            raise
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            crashed = f"the parser crashed on this file (exit code {worker.process.exitcode}); please report it"
            return failed(self.judge, task, FileError("internal", crashed))
        finally:
            loop.remove_reader(descriptor)

    def _replace(self, worker: _Worker) -> _Worker:
        with contextlib.suppress(OSError):
            worker.connection.close()
        fresh = self._spawn()
        self._workers = [fresh if w is worker else w for w in self._workers]
        return fresh

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(self.judge, child), daemon=True)
        process.start()
        child.close()
        return _Worker(process=process, connection=parent)

    def close(self) -> None:
        """Stop every worker."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.connection.send(None)
            worker.process.join(timeout=1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self._workers = []


def _settle(ready: asyncio.Future[None]) -> None:
    if not ready.done():  # the pipe stays readable until the answer is read
        ready.set_result(None)


def _serve(judge: Judge, connection: Connection) -> None:
    """Worker loop: answer one task at a time until told to stop."""

    def answer(task: Task) -> dict[str, Any]:
        try:
            return perform(judge, task)
        except Exception as exc:  # never a traceback to the client: a coded answer, and the worker keeps serving
            error = FileError("internal", f"resumecheck failed ({type(exc).__name__}: {exc}); please report it")
            return failed(judge, task, error)

    worker_loop(connection, answer)
