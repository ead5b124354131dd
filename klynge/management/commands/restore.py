"""manage.py restore: replace the database and attachments with an archive's, then verify."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from klynge.backup import BackupError, Verification, restore_backup, verify_archive


class Command(BaseCommand):
    help = (
        "Gendanner en sikkerhedskopi fra manage.py backup og kontrollerer bagefter, at hver "
        "tabel, migrationslisten og bilagene svarer til manifestet. --verify-only sammenligner "
        "kun arkivet med den nuværende database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="Arkivfilen (.tar.gz) fra manage.py backup.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Bekræft, at databasen og bilagsmappen må erstattes.",
        )
        parser.add_argument(
            "--verify-only",
            action="store_true",
            help="Gendan ikke; sammenlign kun arkivet med databasen og bilagsmappen.",
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
            noun = "forskel" if count == 1 else "forskelle"
            raise CommandError(f"Kontrollen fandt {count} {noun}:\n{lines}")
        self.stdout.write(self.style.SUCCESS("Kontrol: databasen og bilagene svarer til arkivet."))

    def _print(self, report: Verification, seconds: float) -> None:
        self.stdout.write(f"tables_matched: {report.tables_matched}/{report.tables}")
        self.stdout.write(f"rows_matched: {report.rows_matched}")
        self.stdout.write(f"migrations_matched: {report.migrations_matched}")
        self.stdout.write(f"media_files_matched: {report.media_files_matched}")
        self.stdout.write(f"mismatches: {len(report.mismatches)}")
        self.stdout.write(f"seconds: {seconds:.2f}")
