"""django-tasks-db's task worker, which also starts the heartbeat that /healthz looks for
(klynge.health): every running worker may take it, and it keeps itself going."""

from __future__ import annotations

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker

from klynge.health import start_heartbeat


class Command(DatabaseWorker):
    def handle(self, *args: object, batch: bool = False, **options: object) -> None:
        # A batch run works off the queue and stops; it cannot keep a heartbeat going.
        if not batch:
            start_heartbeat()
        super().handle(*args, batch=batch, **options)
