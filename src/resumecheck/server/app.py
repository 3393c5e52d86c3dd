"""The web app: a page to drop a resume on, and a JSON API; every answer is worked out in memory by a worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..market import MARKETS
from .pool import WorkerPool
from .work import Task, Upload

STATIC = Path(__file__).parent / "static"
JOB_TEXT_LIMIT = 1_048_576  # a pasted job description; a real one is a few KB
DRAIN_FACTOR = 8  # read and drop up to this many times the limit so the client hears the 413, then hang up
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": PAGE_POLICY,
}


SAFE_METHODS = ("GET", "HEAD")  # they only fetch the page and its script: no work is done
SAME_SITE = (b"same-origin", b"none")  # Sec-Fetch-Site of the server's own page, and of a typed address
LOG = logging.getLogger("uvicorn.error")  # the server's one log, so a line here looks like uvicorn's


class TooLarge(HTTPException):
    """A request body or file over the size limit."""

    def __init__(self, limit_mb: float, what: str = "a resume") -> None:
        super().__init__(413, f"the upload is over the {limit_mb:g} MB limit: {what} is far smaller")
        self.limit_mb = limit_mb


class Guard:
    """Refuses a request for a Host the server does not answer to (400: a page elsewhere cannot rebind its name
    to us), and one that would do work for another site's page (403: its Origin is not the server's own, or its
    Sec-Fetch-Site says it came from elsewhere); a request with neither header (curl, a script) is served."""

    def __init__(self, app: ASGIApp, hosts: list[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if "*" not in self.hosts and name not in self.hosts:
            await _refused(400, f"the Host {host!r} is not this server's: open the address it printed")(
                scope, receive, send
            )
            return
        if scope["method"] not in SAFE_METHODS:
            origin = headers.get("origin")
            fetch_site = headers.get("sec-fetch-site")
            if (origin is not None and origin != f"http://{host}") or (
                fetch_site is not None and fetch_site.encode() not in SAME_SITE
            ):
                refused = "only this server's own page can use it: open the address it printed"
                await _refused(403, f"a page from another site sent this request; {refused}")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _refused(status: int, error: str) -> JSONResponse:
    return JSONResponse({"error": error}, status_code=status, headers=HEADERS)


class BodyLimit:
    """Refuses a request body over `limit` bytes with a JSON 413 before it is parsed or spooled to disk."""

    def __init__(self, app: ASGIApp, limit: int, limit_mb: float) -> None:
        self.app, self.limit, self.limit_mb = app, limit, limit_mb

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await _drain(receive, self.limit * DRAIN_FACTOR)
            await _too_large(self.limit_mb)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:  # a chunked body that never said its length
                raise TooLarge(self.limit_mb)
            return message

        await self.app(scope, counted, send)


async def _drain(receive: Receive, cap: int) -> None:
    seen = 0
    while seen <= cap:
        message = await receive()
        seen += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body"):
            return


def _too_large(limit_mb: float) -> JSONResponse:
    error = TooLarge(limit_mb)
    return JSONResponse({"error": error.detail, "limit_mb": limit_mb}, status_code=413, headers=HEADERS)


def _market(value: object) -> str | None:
    """The `market` form field: one of MARKETS, or empty for the server's own (--market, else the language's)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in MARKETS:
        raise HTTPException(400, f"market must be one of {', '.join(MARKETS)}")
    return value


def create_app(pool: WorkerPool, hosts: list[str]) -> Starlette:
    """The Starlette application over a started worker pool."""
    limit_mb = pool.judge.config.limits.file_size_mb
    file_limit = int(limit_mb * 1_048_576)

    index, code = (STATIC / "index.html").read_bytes(), (STATIC / "app.js").read_bytes()  # read once, at start

    async def page(request: Request) -> Response:
        return Response(index, media_type="text/html; charset=utf-8", headers=HEADERS)

    async def script(request: Request) -> Response:
        return Response(code, media_type="text/javascript", headers=HEADERS)

    async def answer(request: Request, kind: str, fields: tuple[str, ...], html: bool) -> Response:
        try:
            form = await request.form(max_files=4, max_fields=8, max_part_size=JOB_TEXT_LIMIT)
        except ClientDisconnect:  # nobody is left to answer: one line in the log, not a traceback
            LOG.warning("a client hung up during its upload to %s; nothing was checked", request.url.path)
            return Response(status_code=400)
        try:
            files = [await _upload(form.get(name), file_limit, limit_mb) for name in fields]
            missing = [name for name, upload in zip(fields, files, strict=True) if upload is None]
            if missing:
                raise HTTPException(400, f"no file in the multipart field(s) {', '.join(missing)}")
            job = await _job(form.get("job"), file_limit, limit_mb)
            market = _market(form.get("market"))
        finally:
            await form.close()  # spooled uploads are deleted now, before the answer
        uploads = tuple(upload for upload in files if upload is not None)
        try:
            task = Task(kind=kind, files=uploads, job=job, html=html, market=market)
            result = await _unless_hung_up(request, pool.run(task))
        except asyncio.CancelledError:  # only uvicorn cancels a request: the server is stopping, past its grace
            LOG.warning("stopped a check on %s: the server is shutting down", request.url.path)
            return JSONResponse({"error": "the server is shutting down"}, status_code=503, headers=HEADERS)
        if result is None:
            return Response(status_code=400)  # the client is gone and its work cancelled: nobody reads this
        body: dict[str, Any] = result["json"]
        if html and "html" in result:
            body = {"report" if kind == "check" else "diff": result["json"], "html": result["html"]}
        return JSONResponse(body, status_code=result["status"], headers=HEADERS)

    async def api_check(request: Request) -> Response:
        return await answer(request, "check", ("resume",), html=False)

    async def api_diff(request: Request) -> Response:
        return await answer(request, "diff", ("before", "after"), html=False)

    async def ui_check(request: Request) -> Response:
        return await answer(request, "check", ("resume",), html=True)

    async def ui_diff(request: Request) -> Response:
        return await answer(request, "diff", ("before", "after"), html=True)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        body: dict[str, Any] = {"error": exc.detail}
        if isinstance(exc, TooLarge):
            body["limit_mb"] = exc.limit_mb
        return JSONResponse(body, status_code=exc.status_code, headers=HEADERS)

    routes = [
        Route("/", page),
        Route("/app.js", script),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/diff", api_diff, methods=["POST"]),
        Route("/ui/check", ui_check, methods=["POST"]),
        Route("/ui/diff", ui_diff, methods=["POST"]),
    ]
    request_limit = 3 * file_limit + JOB_TEXT_LIMIT  # two versions and a job description, with room for the form
    middleware = [Middleware(Guard, hosts=hosts), Middleware(BodyLimit, limit=request_limit, limit_mb=limit_mb)]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: http_error})


async def _unless_hung_up(request: Request, work: Any) -> dict[str, Any] | None:
    """The work's answer; None when the client hangs up first, and then the work is cancelled (taken out of the
    queue, or its worker killed mid-task)."""
    running = asyncio.ensure_future(work)
    gone = asyncio.ensure_future(_hung_up(request))
    try:
        await asyncio.wait((running, gone), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (gone, running):
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    return running.result() if running.done() and not running.cancelled() else None


async def _hung_up(request: Request) -> None:
    """Returns once the client has closed its connection (the body is read: the next message says so)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _upload(value: Any, limit: int, limit_mb: float, what: str = "a resume") -> Upload | None:
    """A multipart file field's name and bytes; None when absent (a browser sends an empty part for an unused
    file input)."""
    if not isinstance(value, UploadFile):
        return None
    data = await value.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit_mb, what)
    if not data and not value.filename:
        return None
    return (value.filename or "resume", data)


async def _job(value: Any, limit: int, limit_mb: float) -> Upload | None:
    """The job description: an uploaded file, or text pasted into the field."""
    if isinstance(value, str):
        return ("job.txt", value.encode("utf-8")) if value.strip() else None
    return await _upload(value, limit, limit_mb, "a job description")
