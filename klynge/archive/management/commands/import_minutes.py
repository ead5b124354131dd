"""manage.py import_minutes FILE... [--forum SLUG] [--dry-run] [--format json|text]

Reads minutes or agendas (PDF, DOCX, saved web pages, plain or OCR text) into meetings of a forum.
With --dry-run nothing is saved: each file's proposed meeting is printed, with --format json as one
JSON object per line (the format of docs/archive-import.md). A file that cannot be read, or that the
reader cannot make sense of (ParsedMeeting.not_understood), is reported on stderr and not imported;
the others are still processed, and the command ends with an error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from klynge.archive.importer.extract import UnreadableDocument
from klynge.archive.importer.parsed import ParsedMeeting
from klynge.archive.importer.pipeline import read_document
from klynge.organisation.models import Forum


class Command(BaseCommand):
    help = "Import minutes and agendas (PDF, DOCX, HTML, text) into meetings of a forum."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--forum", metavar="SLUG", help="The forum the meetings belong to.")
        parser.add_argument("--dry-run", action="store_true", help="Read and print, save nothing.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        forum = self._forum(options["forum"], required=not options["dry_run"])
        failed = 0
        for name in options["files"]:
            try:
                self._import(Path(name), forum, options["dry_run"], options["format"])
            except CommandError as error:
                failed += 1
                self.stderr.write(f"{name}: {error}")
        if failed:
            raise CommandError(
                _("%(failed)d of %(total)d files could not be imported.")
                % {"failed": failed, "total": len(options["files"])}
            )

    def _forum(self, slug: str | None, *, required: bool) -> Forum | None:
        if not slug:
            if required:
                raise CommandError(_("Name the forum with --forum SLUG (or use --dry-run)."))
            return None
        try:
            return Forum.objects.get(slug=slug)
        except Forum.DoesNotExist:
            raise CommandError(_("There is no forum with the short name %s.") % slug) from None

    def _import(self, path: Path, forum: Forum | None, dry_run: bool, fmt: str) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(_("The file cannot be read (%s).") % error.strerror) from error
        try:
            parsed = read_document(data, path.name)
        except UnreadableDocument as error:
            raise CommandError(str(error)) from error
        problem = parsed.not_understood()
        if problem:
            raise CommandError(problem)
        if not dry_run:
            self._save(parsed, forum, data, path.name)
        if fmt == "json":
            self.stdout.write(json.dumps(parsed.to_json(), ensure_ascii=False))
        elif dry_run:
            self.stdout.write(_summary(parsed))

    def _save(self, parsed: ParsedMeeting, forum: Forum | None, data: bytes, name: str) -> None:
        # Imported here: the save service is the preview's too, and loads the meetings app.
        from klynge.archive.services import DuplicateImport, import_parsed

        try:
            source = import_parsed(parsed, forum, data=data, filename=name, user=None)
        except DuplicateImport as error:
            raise CommandError(
                _("This file was imported before (as %s).") % error.source.filename
            ) from error
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        meeting = getattr(source, "meeting", None)
        self.stderr.write(
            _("%(file)s: imported as %(meeting)s.") % {"file": name, "meeting": meeting}
        )


def _summary(parsed: ParsedMeeting) -> str:
    lines = [
        f"{parsed.source}: {parsed.forum or '?'} {parsed.date or '?'}"
        f" {parsed.start_time or ''}-{parsed.end_time or ''} {parsed.location}".rstrip(),
        _("  %(present)d participants, %(absent)d apologies, %(items)d items")
        % {
            "present": len(parsed.participants),
            "absent": len(parsed.apologies),
            "items": len(parsed.items),
        },
    ]
    lines += [
        f"  {item.number if item.number is not None else '-'}. {item.title} ({item.kind})"
        for item in parsed.items
    ]
    unsure = [*parsed.unsure_fields()]
    unsure += [
        f"{item.number or '-'}.{name}" for item in parsed.items for name in item.unsure_fields()
    ]
    if unsure:
        lines.append(_("  unsure, to be checked: %(fields)s") % {"fields": ", ".join(unsure)})
    if parsed.unplaced_text.strip():
        lines.append(
            _("  %(chars)d characters not placed") % {"chars": len(parsed.unplaced_text.strip())}
        )
    return "\n".join(lines)
