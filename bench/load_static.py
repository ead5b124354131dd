"""The floor for bench/load.py: a WSGI app that answers every request with one saved HTML file.

Served by the same gunicorn setup (workers, worker class, port handling) as Klynge itself, so the
ratio between the two measures what Django and the page cost, not a different server. The file is
read once per worker, as a static file server with a page cache would.

    KLYNGE_STATIC_PAGE=build/load/meeting.html gunicorn bench.load_static:application
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

PAGE = Path(os.environ["KLYNGE_STATIC_PAGE"]).read_bytes()
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(PAGE))),
]


def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
    start_response("200 OK", HEADERS)
    return [PAGE]
