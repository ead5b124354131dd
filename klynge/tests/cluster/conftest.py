"""The production layout, started once per test session by scripts/run-cluster.sh.

The layout brings its own PostgreSQL, Redis, S3 server (moto), two gunicorn app servers, two task
workers and nginx, and takes about a minute to start. ``make test`` runs pytest twice, on SQLite
and on PostgreSQL; these tests run in the PostgreSQL pass only (the layout runs on PostgreSQL
whatever the pass), so the SQLite pass does not collect them. KLYNGE_CLUSTER_TESTS=1 collects
them in any run. A missing prerequisite (nginx, redis-server, moto, PostgreSQL) fails them.
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from klynge.followup.tests.test_reminders import Inbox

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "scripts" / "run-cluster.sh"
START_SECONDS = 240


def _on_postgres() -> bool:
    return os.environ.get("KLYNGE_DATABASE_URL", "").startswith(("postgres", "postgresql"))


collect_ignore = (
    [] if _on_postgres() or os.environ.get("KLYNGE_CLUSTER_TESTS") else ["test_cluster.py"]
)


@dataclass
class Cluster:
    root: Path
    env: dict[str, str]
    inbox: Inbox
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.env["CLUSTER_URL"]

    def app_url(self, number: int) -> str:
        return self.env[f"CLUSTER_APP{number}_URL"]

    def manage(self, *args: str) -> str:
        """manage.py against the layout's database, cache and storage."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def log(self, name: str) -> str:
        return (self.root / "logs" / name).read_text(errors="replace")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _read_env(path: Path) -> dict[str, str]:
    pairs = (
        shlex.split(line)[0].split("=", 1)
        for line in path.read_text().splitlines()
        if line and not line.startswith("#")
    )
    return dict(pairs)


def _wait_until_ready(process: subprocess.Popen, output: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if "cluster: ready" in output.read_text(errors="replace"):
            return
        if process.poll() is not None:
            break
        time.sleep(0.5)
    tail = output.read_text(errors="replace")[-4000:]
    pytest.fail(f"scripts/run-cluster.sh did not bring the layout up:\n{tail}", pytrace=False)


def _stop(process: subprocess.Popen, root: Path) -> None:
    subprocess.run(
        [str(SCRIPT), "stop"],
        env={**os.environ, "KLYNGE_CLUSTER_ROOT": str(root)},
        capture_output=True,
        timeout=90,
    )
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory):
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=_free_port(), server_hostname="mx")
    smtp.start()
    root = tmp_path_factory.mktemp("cluster")
    output = root / "run-cluster.out"
    env = {
        **os.environ,
        "KLYNGE_CLUSTER_ROOT": str(root),
        "KLYNGE_EMAIL_HOST": "127.0.0.1",
        "KLYNGE_EMAIL_PORT": str(smtp.port),
    }
    with output.open("w") as sink:
        process = subprocess.Popen(
            [str(SCRIPT)], env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait_until_ready(process, output)
        yield Cluster(root=root, env=_read_env(root / "cluster.env"), inbox=inbox)
    finally:
        _stop(process, root)
        smtp.stop()
