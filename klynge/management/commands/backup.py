"""manage.py backup: one archive with the database, the stored files and a manifest."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from klynge.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Take a backup (database, stored files from local disk or object storage, and manifest) "
        "in one file, by default backups/klynge-backup-YYYYMMDD-HHMMSS.tar.gz."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", help="The path of the archive file (.tar.gz).")

    def handle(self, *args: object, **options: object) -> None:
        try:
            result = create_backup(options["output"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"path: {result.path}")
        self.stdout.write(f"size_bytes: {result.size}")
        self.stdout.write(f"tables: {result.tables}")
        self.stdout.write(f"rows: {result.rows}")
        self.stdout.write(f"media_files: {result.media_files}")
        self.stdout.write(f"seconds: {result.seconds:.2f}")
        self.stdout.write(self.style.SUCCESS(_("Backup saved in %(path)s") % {"path": result.path}))
