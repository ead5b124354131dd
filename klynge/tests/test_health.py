"""/healthz: database, cache, storage and the task worker's heartbeat; no login, no data."""

from __future__ import annotations

import datetime
import io
import signal

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from klynge import health
from klynge import settings as klynge_settings
from klynge.tests.servers import free_port, run_klynge

ALL_OK = {"database": "ok", "cache": "ok", "storage": "ok", "worker": "ok"}


def beat(finished_at: datetime.datetime | None = None) -> DBTaskResult:
    """A heartbeat as a worker leaves it: claimed, run and recorded as finished."""
    result = health.heartbeat.enqueue().db_result
    result.claim("test-worker")
    result.set_successful(None)
    if finished_at is not None:
        DBTaskResult.objects.filter(pk=result.pk).update(finished_at=finished_at)
    return result


@pytest.fixture
def media(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        yield tmp_path / "media"


@pytest.mark.django_db
def test_all_well(client, media):
    beat()

    response = client.get("/healthz", HTTP_HOST="10.1.2.3")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": ALL_OK}
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies
    assert list(media.iterdir()) == []  # the storage probe cleans up after itself


@pytest.mark.django_db
def test_no_heartbeat_fails_the_worker_check_but_keeps_the_server_in_the_pool(client, media):
    response = client.get("/healthz")

    # Every server shares the workers: a stale heartbeat is for monitoring, not the balancer.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {**ALL_OK, "worker": "fail"}}


@pytest.mark.django_db
def test_an_old_heartbeat_fails_the_worker_check(client, media):
    beat(timezone.now() - datetime.timedelta(seconds=health.WORKER_STALE_SECONDS + 60))

    assert client.get("/healthz").json()["checks"]["worker"] == "fail"


@pytest.mark.django_db
def test_a_cache_that_does_not_answer_fails_the_cache_check(client, media):
    beat()
    nobody = klynge_settings.cache_settings(f"redis://127.0.0.1:{free_port()}/0")

    with override_settings(CACHES={"default": nobody}):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"] == {**ALL_OK, "cache": "fail"}
    assert b"127.0.0.1" not in response.content


@pytest.mark.django_db
def test_storage_that_cannot_be_written_fails_the_storage_check(client, tmp_path):
    beat()
    not_a_folder = tmp_path / "media"
    not_a_folder.write_text("a file where the folder should be")

    with override_settings(MEDIA_ROOT=not_a_folder):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"] == {**ALL_OK, "storage": "fail"}


@pytest.mark.django_db
def test_only_get(client, media):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_starting_the_heartbeat_twice_enqueues_one():
    assert health.start_heartbeat() is not None
    assert health.start_heartbeat() is None
    assert DBTaskResult.objects.filter(task_path=health.heartbeat.module_path).count() == 1


@pytest.fixture
def restore_signals():
    numbers = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {number: signal.getsignal(number) for number in numbers}
    yield
    for number, handler in saved.items():  # the worker installs its own
        signal.signal(number, handler)


@pytest.mark.django_db(transaction=True)
def test_the_worker_starts_the_heartbeat_which_keeps_itself_going(restore_signals):
    old = beat(timezone.now() - health.HEARTBEAT_KEPT - datetime.timedelta(minutes=1))
    options = {"interval": 0, "startup_delay": False, "reload": False, "verbosity": 0}

    call_command("db_worker", max_tasks=1, stdout=io.StringIO(), **options)

    beats = DBTaskResult.objects.filter(task_path=health.heartbeat.module_path)
    assert not beats.filter(pk=old.pk).exists()
    assert beats.filter(status=TaskResultStatus.SUCCESSFUL).count() == 1
    waiting = beats.get(status=TaskResultStatus.READY)
    assert waiting.run_after > timezone.now() + datetime.timedelta(seconds=30)
    health.check_worker()


def test_in_production_any_host_may_ask_over_plain_http(tmp_path):
    """KLYNGE_DEBUG=0 with SSL redirect and a fixed host: /healthz answers an address's
    request over HTTP, while any other page refuses the host."""
    answered = run_klynge(
        "from django.test import Client\n"
        "c = Client(HTTP_HOST='10.0.0.7')\n"
        "print(c.get('/healthz').status_code, c.get('/').status_code)\n",
        KLYNGE_DEBUG="0",
        KLYNGE_SECRET_KEY="x" * 50,
        KLYNGE_ALLOWED_HOSTS="klynge.example.dk",
        KLYNGE_DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        KLYNGE_MEDIA_ROOT=str(tmp_path / "media"),
    )
    # 200 (degraded: the empty database has no task table, so no heartbeat); not 301 (to
    # HTTPS) nor 400.
    assert answered.splitlines()[-1] == "200 400"
