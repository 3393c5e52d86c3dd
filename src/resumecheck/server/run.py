"""Start the server: bind the address, fork the workers with the pipeline loaded, serve until Ctrl-C, SIGTERM
or SIGHUP, then stop the workers and free the port."""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from ..judge import Judge
from .app import create_app
from .pool import WorkerPool

LOCAL = ("127.0.0.1", "localhost", "::1")
# A request still being worked on at shutdown gets this long to finish before it is cancelled (its worker
# killed): a normal check takes about a second, and `kill PID` should free the port within a few.
GRACE_SECONDS = 2


def serve(judge: Judge, host: str, port: int, jobs: int, announce: Callable[[str], None]) -> None:
    """Serve the page and API on host:port (port 0 picks a free one) until interrupted."""
    import uvicorn

    server: uvicorn.Server | None = None
    signalled = False

    def stop(signum: int, frame: object) -> None:
        nonlocal signalled
        signalled = True
        if server is not None:
            server.should_exit = True  # as uvicorn does on Ctrl-C: stop taking requests, finish, then return

    # uvicorn handles SIGINT and SIGTERM while it runs, then re-raises them: SIGTERM's default would end this
    # process before the workers are stopped, and a closed terminal's SIGHUP is not handled at all
    previous = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGHUP)}
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(64)
        sock.set_inheritable(True)
        pool = WorkerPool(judge, size=jobs, timeout=judge.config.limits.timeout_seconds)  # forked before any thread
        try:
            bound = sock.getsockname()[1]
            shown = f"[{host}]" if ":" in host else host
            hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if host in LOCAL else ["*"]
            app = create_app(pool, hosts)
            config = uvicorn.Config(
                app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=GRACE_SECONDS
            )
            server = uvicorn.Server(config)
            server.should_exit = signalled
            announce(f"http://{shown}:{bound}/")
            server.run(sockets=[sock])
        finally:
            pool.close()
    finally:
        sock.close()
        for number, handler in previous.items():
            signal.signal(number, handler)
