"""Two real task workers (`manage.py db_worker` processes) on one PostgreSQL database.

django-tasks-db claims a task with SELECT … FOR UPDATE SKIP LOCKED and marks it running in the
same transaction, so no task runs twice; the reminders claim each action and each day's digest
in the database, and scheduling takes a lock, so two workers or two schedulers running at once
send each mail once and leave one run waiting. These tests need the database to be shared with
other processes, so they run in the PostgreSQL pass of `make test` (scripts/with-postgres.sh).
"""

from __future__ import annotations

import collections
import datetime
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from klynge.followup.models import DigestDay
from klynge.followup.tasks import next_run, schedule, send_reminders
from klynge.followup.tests.test_reminders import MONDAY, Inbox, add_action, subject
from klynge.tests.servers import free_port

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="runs in the PostgreSQL pass of make test: the workers share its database",
    ),
]


@task(takes_context=True)
def note_run(context, path: str) -> None:
    """Appends the task's id and the worker's process id to a file, slowly."""
    with open(path, "a") as runs:
        runs.write(f"{context.task_result.id} {os.getpid()}\n")
    time.sleep(0.05)


def database_url() -> str:
    """The test database, for other processes."""
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start(command: list[str], **environ: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLYNGE_")}
    env |= {"KLYNGE_DATABASE_URL": database_url(), **environ}
    return subprocess.Popen(
        [sys.executable, "manage.py", *command],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(processes: list[subprocess.Popen]) -> list[str]:
    outputs = [process.communicate(timeout=120)[0] for process in processes]
    for process, output in zip(processes, outputs, strict=True):
        assert process.returncode == 0, output
    return outputs


WORKER = ["db_worker", "--batch", "--no-reload", "--interval", "0", "--no-startup-delay"]


def test_two_workers_never_run_the_same_task(tmp_path):
    runs = tmp_path / "runs.txt"
    enqueued = {str(note_run.enqueue(str(runs)).id) for _ in range(60)}

    finish([start(WORKER), start(WORKER)])

    lines = [line.split() for line in runs.read_text().splitlines()]
    times = collections.Counter(task_id for task_id, _pid in lines)
    assert set(times) == enqueued
    assert max(times.values()) == 1
    assert len({pid for _task_id, pid in lines}) == 2  # both took part
    assert DBTaskResult.objects.successful().count() == 60


@pytest.fixture
def inbox():
    received = Inbox()
    controller = Controller(received, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield received, controller.port
    controller.stop()


def test_the_days_reminders_and_digest_go_out_once_with_two_workers(steering, inbox):
    received, port = inbox
    titles = [f"Opgave {n}" for n in range(20)]
    for title in titles:
        add_action(
            steering, title, MONDAY + datetime.timedelta(days=3), responsible_person=steering.member
        )
    steering.secretary_user.email = "sekretariat@midtklyngen.example.dk"
    steering.secretary_user.save()
    # Two runs for the same Monday, as if two schedulers had enqueued one each.
    send_reminders.enqueue(day=MONDAY.isoformat())
    send_reminders.enqueue(day=MONDAY.isoformat())
    mail = {"KLYNGE_EMAIL_HOST": "127.0.0.1", "KLYNGE_EMAIL_PORT": str(port)}

    finish([start(WORKER, **mail), start(WORKER, **mail)])

    reminders = collections.Counter(subject(m) for m in received.to(steering.member.email))
    assert sorted(reminders) == sorted(
        f"Påmindelse: {title} har frist 10. december 2026" for title in titles
    )
    assert set(reminders.values()) == {1}
    assert len(received.to(steering.secretary_user.email)) == 1
    assert DigestDay.objects.filter(day=MONDAY).count() == 1
    assert DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count() == 0
    waiting = DBTaskResult.objects.filter(
        task_path=send_reminders.module_path, status=TaskResultStatus.READY
    )
    assert waiting.count() == 1  # the next day's run: the chain stays one


def test_scheduling_from_eight_connections_at_once_enqueues_one_run():
    """As schedule_reminders started on several machines at the same moment: each thread has
    its own database connection, and all ask at once."""
    start_together = threading.Barrier(8)

    def schedule_once() -> bool:
        try:
            start_together.wait()
            return schedule(next_run()) is not None
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        created = list(pool.map(lambda _n: schedule_once(), range(8)))

    assert created.count(True) == 1
    assert DBTaskResult.objects.filter(task_path=send_reminders.module_path).count() == 1
