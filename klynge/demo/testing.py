"""Support for tests that check the demo's seeds as they stood before the reform."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction

from .build import build_seeds
from .meeting_cycle import silent_mail


@contextmanager
def seeds_rolled_back() -> Iterator[None]:
    """The seeds built inside a transaction that is rolled back on leaving (the database access
    must already be unblocked)."""
    with transaction.atomic():
        with silent_mail():
            build_seeds()
        yield
        transaction.set_rollback(True)
