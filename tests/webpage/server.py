"""A web server on 127.0.0.1 for the tests: each path answers what the test set up."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    """What the server sends for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


class _Handler(BaseHTTPRequestHandler):
    answers: dict[str, Answer] = {}

    def do_GET(self) -> None:
        answer = self.answers.get(self.path, Answer(b"not here", 404, "text/plain"))
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        if answer.location:
            self.send_header("Location", answer.location)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, *_args: object) -> None:
        """Quiet: test output is not a server log."""


@contextmanager
def serving(answers: dict[str, Answer]) -> Iterator[str]:
    """Serve `answers` on a free port of 127.0.0.1; yields the base URL."""
    handler = type("Handler", (_Handler,), {"answers": answers})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
