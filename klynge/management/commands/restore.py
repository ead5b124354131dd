"""manage.py restore: replace the database and stored files with an archive's, then verify."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from klynge.backup import BackupError, Verification, restore_backup, verify_archive


class Command(BaseCommand):
    help = (
        "Restore a backup made by manage.py backup, then check that every table, the list of "
        "migrations and the stored files (local disk or object storage) match its manifest. "
        "--verify-only only compares the archive with the current database and files."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="The archive file (.tar.gz) from manage.py backup.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Confirm that the database and the stored files may be replaced.",
        )
        parser.add_argument(
            "--verify-only",
            action="store_true",
            help="Do not restore; only compare the archive with the database and stored files.",
        )

    def handle(self, *args: object, **options: object) -> None:
        started = time.monotonic()
        path = options["path"]
        try:
            if options["verify_only"]:
                report = verify_archive(path)
            else:
                report = restore_backup(path, confirmed=bool(options["yes"]))
                self.stdout.write(f"restored: {path}")
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self._print(report, time.monotonic() - started)
        if not report.ok:
            lines = "\n".join(f"  - {line}" for line in report.mismatches)
            count = len(report.mismatches)
            found = ngettext(
                "The check found %(count)d difference:",
                "The check found %(count)d differences:",
                count,
            )
            raise CommandError(f"{found % {'count': count}}\n{lines}")
        self.stdout.write(
            self.style.SUCCESS(_("Check: the database and the stored files match the archive."))
        )

    def _print(self, report: Verification, seconds: float) -> None:
        self.stdout.write(f"tables_matched: {report.tables_matched}/{report.tables}")
        self.stdout.write(f"rows_matched: {report.rows_matched}")
        self.stdout.write(f"migrations_matched: {report.migrations_matched}")
        self.stdout.write(f"media_files_matched: {report.media_files_matched}")
        self.stdout.write(f"mismatches: {len(report.mismatches)}")
        self.stdout.write(f"seconds: {seconds:.2f}")
