"""A log line per request with its id, the user, the status and the time; JSON in production."""

from __future__ import annotations

import json
import logging
import re

import pytest

from klynge.request_log import HEADER
from klynge.tests.servers import run_klynge


@pytest.fixture
def lines(caplog):
    caplog.set_level(logging.INFO, logger="klynge.request")
    return lambda: [r for r in caplog.records if r.name == "klynge.request"]


@pytest.mark.django_db
def test_a_logged_in_request(client, django_user_model, lines):
    user = django_user_model.objects.create_user("sekretariat", password="et-godt-kodeord-1")
    client.force_login(user)

    response = client.get("/?q=hemmeligt", headers={HEADER: "nginx-4f2a"})

    assert response[HEADER] == "nginx-4f2a"
    [line] = lines()
    assert (line.method, line.path, line.status) == ("GET", "/", 200)
    assert line.user_id == user.pk
    assert line.request_id == "nginx-4f2a"
    assert 0 < line.duration_ms < 60_000
    assert "hemmeligt" not in line.getMessage()


@pytest.mark.django_db
def test_an_anonymous_request_gets_a_new_id(client, lines):
    response = client.get("/", headers={HEADER: "not usable; <script>"})

    assert re.fullmatch(r"[0-9a-f]{32}", response[HEADER])
    [line] = lines()
    assert (line.status, line.user_id, line.request_id) == (302, None, response[HEADER])


@pytest.mark.django_db
def test_other_log_lines_during_the_request_carry_its_id(client, caplog):
    caplog.set_level(logging.WARNING)

    client.post("/healthz", headers={HEADER: "lb-1"})

    refused = [r for r in caplog.records if r.name == "django.request"]
    assert [r.request_id for r in refused] == ["lb-1"]


def test_json_lines_in_production(tmp_path):
    stderr = run_klynge_stderr(
        "from django.test import Client\n"
        "Client().get('/', headers={'X-Request-ID': 'req-1'})\n"
        "Client().get('/')\n",
        tmp_path,
    )
    records = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    requests = [r for r in records if r["logger"] == "klynge.request"]

    assert len(requests) == 2
    first, second = requests
    assert set(first) >= {"time", "level", "logger", "message", "request_id"}
    assert {k: first[k] for k in ("level", "method", "path", "status", "user_id")} == {
        "level": "INFO",
        "method": "GET",
        "path": "/",
        "status": 302,
        "user_id": None,
    }
    assert first["request_id"] == "req-1"
    assert re.fullmatch(r"[0-9a-f]{32}", second["request_id"])
    assert isinstance(first["duration_ms"], float)


def test_text_lines_when_asked(tmp_path):
    stderr = run_klynge_stderr(
        "from django.test import Client\nClient().get('/', headers={'X-Request-ID': 'req-2'})\n",
        tmp_path,
        KLYNGE_LOG_FORMAT="text",
    )
    assert re.search(r" INFO klynge\.request \[req-2\] GET / 302 [\d.]+ms user=None", stderr)


def run_klynge_stderr(code: str, tmp_path, **environ: str) -> str:
    """What a production process (KLYNGE_DEBUG=0) running `code` logs."""
    production = {
        "KLYNGE_DEBUG": "0",
        "KLYNGE_SECRET_KEY": "x" * 50,
        "KLYNGE_ALLOWED_HOSTS": "testserver",
        "KLYNGE_SSL_REDIRECT": "0",
        "KLYNGE_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    return run_klynge(code, output="stderr", **production, **environ)
