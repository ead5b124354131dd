"""/healthz for the load balancer and monitoring: can this app server do its work?

Four checks, each "ok" or "fail", never more (no names, addresses or counts):
- database: SELECT 1;
- cache: a key set and read back (Redis, when KLYNGE_REDIS_URL is set);
- storage: a tiny file written and deleted through the default storage (disk or S3);
- worker: a task worker has run the heartbeat task within the last WORKER_STALE_SECONDS.

The heartbeat is an ordinary task in the queue that runs every HEARTBEAT_SECONDS and enqueues
the next one, so it shows that some worker takes tasks from the queue and finishes them, not
merely that a process is alive. `manage.py db_worker` starts the chain (once, however many
workers start).

The status code answers the load balancer's question, whether this server can serve: 503 when
its database, cache or storage fails. The workers are shared by every server, so a stale
heartbeat would take them all out of the pool at once; it makes the answer "degraded" with 200,
for monitoring to raise the alarm.

The answer comes from a middleware at the top of the list: it is given whatever host name the
load balancer uses, over plain HTTP, without a login or a session.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from collections.abc import Callable

from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from klynge.exclusive import exclusive

PATH = "/healthz"
HEARTBEAT_SECONDS = 60
WORKER_STALE_SECONDS = 5 * 60
# Finished heartbeats are kept this long, then deleted by the heartbeat itself.
HEARTBEAT_KEPT = datetime.timedelta(hours=1)
LOCK = "klynge.health.heartbeat"

logger = logging.getLogger(__name__)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not answer 1")


def check_cache() -> None:
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=30)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not give back what was set")
    finally:
        cache.delete(key)


def check_storage() -> None:
    name = default_storage.save(f"healthz-{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    default_storage.delete(name)


def last_heartbeat() -> datetime.datetime | None:
    return DBTaskResult.objects.filter(
        task_path=heartbeat.module_path, status=TaskResultStatus.SUCCESSFUL
    ).aggregate(last=Max("finished_at"))["last"]


def check_worker() -> None:
    last = last_heartbeat()
    if last is None or timezone.now() - last > datetime.timedelta(seconds=WORKER_STALE_SECONDS):
        raise RuntimeError(f"no task worker has run the heartbeat since {last}")


# What this server needs to serve a request; the worker is everyone's.
SERVER_CHECKS = ("database", "cache", "storage")
CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "worker": check_worker,
}


def run_checks() -> dict[str, str]:
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:
            # The reason goes to the log only: the answer is public.
            logger.warning("Health check %s failed: %r", name, error)
            results[name] = "fail"
        else:
            results[name] = "ok"
    return results


@login_not_required
@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    checks = run_checks()
    serving = all(checks[name] == "ok" for name in SERVER_CHECKS)
    status = "fail" if not serving else "ok" if checks["worker"] == "ok" else "degraded"
    return JsonResponse({"status": status, "checks": checks}, status=200 if serving else 503)


class HealthMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == PATH:
            return healthz(request)
        return self.get_response(request)


def start_heartbeat(when: datetime.datetime | None = None) -> DBTaskResult | None:
    """Enqueue a heartbeat (at `when`, or now) unless one is waiting; returns the new one."""
    with exclusive(LOCK):
        waiting = DBTaskResult.objects.filter(
            task_path=heartbeat.module_path, status=TaskResultStatus.READY
        )
        if waiting.exists():
            return None
        return heartbeat.using(run_after=when).enqueue().db_result


@task()
def heartbeat() -> None:
    """Recorded as finished by the worker that runs it; enqueues the next and forgets old ones."""
    DBTaskResult.objects.filter(
        task_path=heartbeat.module_path,
        finished_at__lt=timezone.now() - HEARTBEAT_KEPT,
    ).delete()
    start_heartbeat(timezone.now() + datetime.timedelta(seconds=HEARTBEAT_SECONDS))
