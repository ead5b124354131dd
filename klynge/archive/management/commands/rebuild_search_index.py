"""python manage.py rebuild_search_index [--batch-size N]"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, transaction

from klynge.archive.search.checks import has_hunspell
from klynge.archive.search.indexer import rebuild_index
from klynge.archive.search.pg import create_pg_configuration


class Command(BaseCommand):
    help = "Build the archive's search index anew from every item, action, initiative and file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args: Any, batch_size: int, **options: Any) -> None:
        if connection.vendor == "postgresql" and not has_hunspell():
            # The dictionary files may have been installed since the migration ran.
            with transaction.atomic(), connection.cursor() as cursor:
                if create_pg_configuration(cursor):
                    self.stdout.write("PostgreSQL: klynge_danish now uses hunspell-da.")
        started = time.perf_counter()
        count = rebuild_index(batch_size=batch_size)
        seconds = time.perf_counter() - started
        self.stdout.write(f"Indexed {count} entries in {seconds:.1f} s.")
