"""One process at a time: a transaction that no other process holding the same name can run
beside, for jobs that several task workers or app servers may start at once.

On PostgreSQL it takes a transaction-level advisory lock on the name; on SQLite every write
transaction is already exclusive (the settings open them with BEGIN IMMEDIATE).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def exclusive(name: str) -> Iterator[None]:
    """Run the block in a transaction that waits for any other holder of `name` to commit."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [name])
        yield
