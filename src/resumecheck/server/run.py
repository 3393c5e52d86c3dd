"""Start the server: bind the address, fork the workers with the pipeline loaded, serve until Ctrl-C."""

from __future__ import annotations

import socket
from collections.abc import Callable

from ..judge import Judge
from .app import create_app
from .pool import WorkerPool

LOCAL = ("127.0.0.1", "localhost", "::1")


def serve(judge: Judge, host: str, port: int, jobs: int, announce: Callable[[str], None]) -> None:
    """Serve the page and API on host:port (port 0 picks a free one) until interrupted."""
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(64)
    sock.set_inheritable(True)
    pool = WorkerPool(judge, size=jobs, timeout=judge.config.limits.timeout_seconds)  # forked before any thread
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if host in LOCAL else ["*"]
    try:
        app = create_app(pool, hosts)
        announce(f"http://{shown}:{bound}/")
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        pool.close()
        sock.close()
