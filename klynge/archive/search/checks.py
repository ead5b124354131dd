"""archive.W001: PostgreSQL's klynge_danish configuration lacks the hunspell-da dictionary."""

from __future__ import annotations

from typing import Any

from django.core.checks import Tags, Warning, register
from django.db import connections
from django.db.utils import DatabaseError


@register(Tags.database)
def hunspell_dictionary(databases: list[str] | None = None, **kwargs: Any) -> list[Warning]:
    """Warn when a PostgreSQL database searches with Snowball only (see install-pg-dictionary)."""
    warnings = []
    for alias in databases or []:
        connection = connections[alias]
        if connection.vendor != "postgresql" or has_hunspell(alias):
            continue
        warnings.append(
            Warning(
                "PostgreSQL has no hunspell-da text search dictionary (danish_hunspell).",
                hint="Run scripts/install-pg-dictionary.sh on the database server, then "
                "`manage.py rebuild_search_index`.",
                id="archive.W001",
            )
        )
    return warnings


def has_hunspell(alias: str = "default") -> bool:
    """Does the database's klynge_danish configuration use the hunspell-da dictionary?"""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_ts_dict WHERE dictname = 'danish_hunspell'")
            return cursor.fetchone() is not None
    except DatabaseError:
        return False
