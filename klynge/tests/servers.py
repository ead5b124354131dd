"""Throw-away Redis and S3-protocol servers on 127.0.0.1 for tests of the shared state.

``redis_url`` starts Debian's redis-server on a free port (no persistence, its own folder) and
gives its URL; ``s3`` starts moto's S3 server in this process and gives a `S3` with a fresh
bucket. A missing redis-server or moto fails the test: `make test` installs both
(scripts/install-test-deps.sh; the test extra of pyproject.toml). ``run_klynge`` runs code in
a new process with Klynge's settings from the given environment.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

REGION = "eu-north-1"
REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_redis(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"redis-server stopped at once:\n{server.stdout.read()}", pytrace=False)
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            time.sleep(0.05)
    pytest.fail("redis-server did not answer within 10 s", pytrace=False)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not shutil.which(binary):
        pytest.fail(
            "redis-server not found: run scripts/install-test-deps.sh (Debian package "
            "redis-server).",
            pytrace=False,
        )
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    options = {"bind": "127.0.0.1", "port": str(port), "save": "", "appendonly": "no"}
    options |= {"dir": str(folder), "loglevel": "warning"}
    arguments = [word for name, value in options.items() for word in (f"--{name}", value)]
    server = subprocess.Popen(
        [binary, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait_for_redis(port, server)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass
class S3:
    endpoint_url: str
    bucket: str
    client: object

    def environ(self) -> dict[str, str]:
        """The KLYNGE_S3_* settings that point Klynge at this bucket."""
        return {
            "KLYNGE_S3_BUCKET": self.bucket,
            "KLYNGE_S3_ENDPOINT_URL": self.endpoint_url,
            "KLYNGE_S3_ACCESS_KEY_ID": "klynge-test",
            "KLYNGE_S3_SECRET_ACCESS_KEY": "klynge-test-secret",
            "KLYNGE_S3_REGION": REGION,
        }

    def stored(self) -> list[str]:
        listed = self.client.list_objects_v2(Bucket=self.bucket)
        return [entry["Key"] for entry in listed.get("Contents", [])]

    def read(self, key: str) -> bytes:
        return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()


@pytest.fixture(scope="session")
def s3_server():
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        pytest.fail("moto is not installed: pip install 'moto[server]' (the test extra).")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(s3_server):
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id="klynge-test",
        aws_secret_access_key="klynge-test-secret",
        region_name=REGION,
    )
    bucket = f"klynge-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    return S3(s3_server, bucket, client)


def run_klynge(code: str, output: str = "stdout", **environ: str) -> str:
    """Python code run in a new process with Klynge's settings; returns what it printed
    (`output="stderr"`: what it logged)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLYNGE_")}
    env |= {"DJANGO_SETTINGS_MODULE": "klynge.settings", **environ}
    setup = "import django; django.setup()\nfrom django.core.cache import cache\n"
    done = subprocess.run(
        [sys.executable, "-c", setup + code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return getattr(done, output).strip()
