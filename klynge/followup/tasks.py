"""Background tasks of follow-up, run by the task worker (``manage.py db_worker``).

``send_reminders`` runs once a day: it sends the day's reminders (and on Mondays the
secretariat's weekly digest) through Django's mail framework, records ``Action.reminded_on`` and
enqueues itself for 07:00 Danish time the next day. ``manage.py schedule_reminders`` starts the
chain. Several workers may run at once: each reminder is claimed on its action and each day's
digest on a `DigestDay` row before it is sent, and a run is enqueued only while holding the
"reminders" lock (klynge.exclusive) after finding none waiting, so the chain stays one.
"""

from __future__ import annotations

import datetime
import logging

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult, get_date_max

from klynge.exclusive import exclusive

from .models import Action, DigestDay
from .reminders import Reminder, reminders_for, weekly_digest

logger = logging.getLogger(__name__)

RUN_AT = datetime.time(7, 0)
LOCK = "klynge.followup.reminders"
MONDAY = 0


def run_at(day: datetime.date) -> datetime.datetime:
    """07:00 Danish time on the day (summer or winter time)."""
    return datetime.datetime.combine(day, RUN_AT, tzinfo=timezone.get_default_timezone())


def danish_today() -> datetime.date:
    return timezone.localdate()


def next_run(now: datetime.datetime | None = None) -> datetime.datetime:
    """The next 07:00 Danish time after now."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    candidate = run_at(today)
    return candidate if candidate > now else run_at(today + datetime.timedelta(days=1))


def pending_runs() -> list[DBTaskResult]:
    """Runs of send_reminders waiting in the queue (not the one running now)."""
    return list(
        DBTaskResult.objects.filter(
            task_path=send_reminders.module_path, status=TaskResultStatus.READY
        ).order_by("run_after")
    )


def schedule(when: datetime.datetime | None) -> DBTaskResult | None:
    """Enqueue a run at ``when`` (None: as soon as a worker is free) unless one is already
    waiting for then (None) or for any time (a date); returns the new run."""
    with exclusive(LOCK):
        waiting = pending_runs()
        if when is None:
            waiting = [run for run in waiting if run.run_after == get_date_max()]
        if waiting:
            return None
        task = send_reminders if when is None else send_reminders.using(run_after=when)
        return task.enqueue().db_result


def _claim(reminder: Reminder, day: datetime.date) -> bool:
    """Record the reminder on its action unless another run has sent one meanwhile."""
    unchanged = (
        Q(reminded_on__isnull=True)
        if reminder.previous is None
        else Q(reminded_on=reminder.previous)
    )
    return bool(Action.objects.filter(unchanged, pk=reminder.action_id).update(reminded_on=day))


def _release(reminder: Reminder, day: datetime.date) -> None:
    Action.objects.filter(pk=reminder.action_id, reminded_on=day).update(
        reminded_on=reminder.previous
    )


def send_day_reminders(day: datetime.date, connection: BaseEmailBackend) -> int:
    """Send the day's reminders, each recorded on its action before it goes out."""
    sent = 0
    for reminder in reminders_for(day):
        if not _claim(reminder, day):
            continue
        try:
            connection.open()  # once: the next messages share the connection
            sent += connection.send_messages([reminder]) or 0
        except Exception:
            _release(reminder, day)
            raise
    return sent


def _claim_digest(day: datetime.date) -> bool:
    try:
        with transaction.atomic():
            DigestDay.objects.create(day=day)
    except IntegrityError:
        return False
    return True


def send_digests(day: datetime.date, connection: BaseEmailBackend) -> int | None:
    """The day's weekly digests, unless another run has claimed them; None when it had."""
    if not _claim_digest(day):
        return None
    try:
        digests = weekly_digest(day)
        return (connection.send_messages(digests) or 0) if digests else 0
    except Exception:
        DigestDay.objects.filter(day=day).delete()
        raise


@task()
def send_reminders(day: str | None = None) -> dict[str, object]:
    """Send the day's reminders and, on Mondays, the weekly digest; then schedule tomorrow.

    ``day`` (ISO date) is for catching up and tests; by default today in Danish time.
    """
    today = datetime.date.fromisoformat(day) if day else danish_today()
    outcome: dict[str, object] = {"day": today.isoformat()}
    connection = mail.get_connection()
    try:
        outcome["reminders"] = send_day_reminders(today, connection)
        if today.weekday() == MONDAY and (digests := send_digests(today, connection)) is not None:
            outcome["digests"] = digests
            outcome["digest_day"] = today.isoformat()
    finally:
        connection.close()
        following = schedule(run_at(danish_today() + datetime.timedelta(days=1)))
        outcome["next_run"] = following.run_after.isoformat() if following else None
    logger.info("Reminders sent: %s", outcome)
    return outcome
