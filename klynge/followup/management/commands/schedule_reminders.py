"""Start the daily reminder run: enqueue ``send_reminders`` for the next 07:00 Danish time.

Idempotent, also when started on several machines at once: when a run is already waiting in
the queue, nothing is added. The task worker (``manage.py db_worker``) runs it, and each run
enqueues the next day's.
"""

from __future__ import annotations

from argparse import ArgumentParser

from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult, get_date_max

from klynge.followup.tasks import next_run, pending_runs, schedule


def when(run: DBTaskResult) -> str:
    if run.run_after == get_date_max():
        return "as soon as a worker is free"
    return run.run_after.isoformat()


class Command(BaseCommand):
    help = "Schedule the daily e-mail reminders about actions (run by the task worker)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--now",
            action="store_true",
            help="Run once as soon as a worker is free (today's reminders); that run "
            "schedules the next day's.",
        )

    def handle(self, *args: object, now: bool = False, **options: object) -> None:
        if now:
            self.run_now()
        else:
            self.schedule_next()

    def run_now(self) -> None:
        run = schedule(None)
        if run is None:
            waiting = [run for run in pending_runs() if run.run_after == get_date_max()]
            self.report("already_scheduled", waiting[0])
        else:
            self.report("scheduled", run)

    def schedule_next(self) -> None:
        run = schedule(next_run())
        if run is None:
            self.report("already_scheduled", pending_runs()[0])
        else:
            self.report("scheduled", run)

    def report(self, status: str, run: DBTaskResult) -> None:
        self.stdout.write(f"{status}: {when(run)}")
        self.stdout.write(f"task_id: {run.id}")
