"""Benchmark: the logged-in search page, /soeg/?q=…, per request in one warm process.

Run: .venv/bin/python bench/search_page.py [--db /path/demo.sqlite3] [--profile QUERY]

Without --db it builds the demo in a throw-away SQLite database (migrate, build_demo,
rebuild_search_index); with --db it uses that database as it is. Logs in as `sekretariat` and
times the search page for the load bench's query (bench/load.py's SEARCH_QUERY) and a few others
through Django's test client (the whole middleware stack, production-like settings). Prints
`name: value` lines (median wall and CPU ms, queries, results per query) and a summary, which
compares the slowest query's median CPU time with 10 ms: the load bench's target (≥ 200 req/s on
two cores, nginx and the database included) needs a page well under that.
--profile QUERY prints cProfile's top functions for that query, by tottime and by cumulative.
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
import pstats
import statistics
import sys
import tempfile
import time
import urllib.parse
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = ["sundhedsaftale", "godkendt", "kommissoriet", "klynge", "sundhedsaftale godkende"]
ROUNDS = 60
TARGET_MS = 10
SHARED_CACHE = {
    "KLYNGE_PERMISSION_CACHE": True,
    "SESSION_ENGINE": "django.contrib.sessions.backends.cached_db",
}
RESULT_MARK = b'<li class="klynge-result">'


def configure(db: str | None) -> bool:
    """Production-like settings; True when the database must be built."""
    build = db is None
    if build:
        db = str(Path(tempfile.mkdtemp(prefix="klynge-bench-search-")) / "bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "klynge.settings"
    os.environ["KLYNGE_DATABASE_URL"] = f"sqlite:///{db}"
    os.environ["KLYNGE_DEBUG"] = "0"
    os.environ.setdefault("KLYNGE_SECRET_KEY", "bench-only-" + "y" * 50)
    os.environ["KLYNGE_ALLOWED_HOSTS"] = "testserver"
    os.environ["KLYNGE_SSL_REDIRECT"] = "0"
    return build


def _count(captured: list[str], run: Any, sql: str, *args: Any) -> Any:
    captured.append(sql)
    return run(sql, *args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing demo SQLite database")
    parser.add_argument("--profile", metavar="QUERY", help="cProfile the page for QUERY")
    parser.add_argument(
        "--shared-cache", action="store_true", help="profile with the shared cache on"
    )
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    options = parser.parse_args()
    build = configure(options.db)

    import django

    django.setup()
    logging.getLogger("klynge.request").setLevel(logging.WARNING)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings

    if build:
        call_command("migrate", verbosity=0)
        call_command("build_demo", verbosity=0)
        call_command("rebuild_search_index", verbosity=0)
    from klynge.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="sekretariat"))

    def get(q: str) -> bytes:
        response = client.get("/soeg/?" + urllib.parse.urlencode({"q": q}))
        assert response.status_code == 200, response.status_code
        return response.content

    if options.profile:
        with override_settings(**(SHARED_CACHE if options.shared_cache else {})):
            profile(get, options.profile, options.rounds)
        return

    # As in the layout on Redis (bench/load.py): the policy's answers and the header from the
    # shared cache (klynge.accounts.access_cache); one process here, so the local cache stands in.
    summaries = []
    runs = (
        ("", "without a shared cache", {}),
        ("shared_cache_", "with the shared cache", SHARED_CACHE),
    )
    for prefix, label, settings in runs:
        medians: dict[str, float] = {}
        with override_settings(**settings):
            for q in QUERIES:
                name = prefix + q.replace(" ", "_")
                medians[name] = measure(get, connection, q, options.rounds, name)
        summaries.append(summary(medians, label))
    for line in summaries:
        print(line)


def summary(medians: dict[str, float], label: str) -> str:
    worst = max(medians, key=medians.__getitem__)
    verdict = "met" if medians[worst] <= TARGET_MS else "not met"
    return (
        f"summary: search page CPU median {min(medians.values()):.1f}–{medians[worst]:.1f} ms "
        f"{label} (slowest: {worst}); target ≤ {TARGET_MS} ms {verdict}"
    )


def profile(get: Any, q: str, rounds: int) -> None:
    get(q)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        get(q)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        pstats.Stats(profiler).sort_stats(order).print_stats(25)


def measure(get: Any, connection: Any, q: str, rounds: int, name: str) -> float:
    """Print the page's figures for the query; its median CPU ms."""
    get(q)
    captured: list[str] = []
    with connection.execute_wrapper(partial(_count, captured)):
        body = get(q)
    times, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        get(q)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(f"{name}_median_ms: {statistics.median(times):.1f}")
    print(f"{name}_cpu_median_ms: {statistics.median(cpu):.1f}")
    print(f"{name}_p90_ms: {statistics.quantiles(times, n=10)[-1]:.1f}")
    print(f"{name}_queries: {len(captured)}")
    print(f"{name}_results: {body.count(RESULT_MARK)}")
    return statistics.median(cpu)


if __name__ == "__main__":
    main()
