"""Saving an imported document as a meeting: the last step of extract → repair → segment →
preview → save.

The confirmed structure becomes a record of a past meeting (meetings/history.py), saved through
the meeting cycle as the demo's seed meetings are: for minutes, the meeting is held, its minutes
written, their approval recorded as having happened outside Klynge and the minutes published —
all dated on the meeting's day and without mailing anybody.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.meetings.history import (
    PastApproval,
    PastAttendance,
    PastItem,
    PastMeeting,
    record_past_meeting,
)
from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Forum

from .importer.extract import document_type
from .importer.parsed import ParsedItem, ParsedMeeting
from .models import ImportedSource
from .outcomes import decisions_of
from .people import NamedPeople
from .times import durations, meeting_times


class DuplicateImport(Exception):
    """The same file (by its SHA-256) has been imported before."""

    def __init__(self, source: ImportedSource) -> None:
        super().__init__(f"{source.filename} is already imported")
        self.source = source


def sha256_of(data: bytes) -> str:
    """The file's fingerprint: the same file imported twice has the same one."""
    return hashlib.sha256(data).hexdigest()


def find_duplicate(data: bytes) -> ImportedSource | None:
    sha = sha256_of(data)
    return ImportedSource.objects.select_related("meeting").filter(sha256=sha).first()


def import_parsed(
    parsed: ParsedMeeting,
    forum: Forum,
    *,
    data: bytes,
    filename: str,
    user: User | None = None,
    people: dict[str, int | None] | None = None,
) -> ImportedSource:
    """Save the confirmed structure as a meeting of the forum, with the source file and its hash.

    One transaction: on any error nothing is saved (and the stored file is removed again).
    Raises DuplicateImport if the same file was imported before, ValidationError (Danish, per
    field where possible) if the structure cannot become a meeting."""
    earlier = find_duplicate(data)
    if earlier is not None:
        raise DuplicateImport(earlier)
    source = ImportedSource(
        forum=forum,
        filename=_safe_name(filename),
        size=len(data),
        sha256=sha256_of(data),
        imported_by=user if user is not None and user.is_authenticated else None,
    )
    source.content_type = document_type(data)
    try:
        with transaction.atomic():
            meeting, notes = _save_meeting(parsed, forum, source, user, people)
            source.meeting = meeting
            source.confirmed = {**parsed.to_json(), "import_notes": [*parsed.notes, *notes]}
            source.file.save(source.filename, ContentFile(data), save=False)
            source.save()
    except IntegrityError as error:
        _remove_file(source)
        again = find_duplicate(data)
        if again is not None:
            raise DuplicateImport(again) from error
        raise
    except BaseException:
        _remove_file(source)
        raise
    return source


def _safe_name(filename: str) -> str:
    name = get_valid_filename(PurePath(filename or "").name) if filename else ""
    return (name or "dokument")[:200]


def _remove_file(source: ImportedSource) -> None:
    if source.file:
        source.file.delete(save=False)


def _save_meeting(
    parsed: ParsedMeeting,
    forum: Forum,
    source: ImportedSource,
    user: User | None,
    mapping: dict[str, int | None] | None,
) -> tuple[Meeting, list[str]]:
    if not parsed.items:
        raise ValidationError(_("The document has no items; a meeting needs at least one."))
    minutes = durations(parsed.items)
    times = meeting_times(parsed, minutes)
    people = NamedPeople(parsed, mapping)
    approval = None
    if parsed.document_kind != "agenda":
        note = _("Approved minutes imported from %(file)s.") % {"file": source.filename}
        approval = PastApproval(outside_at=times.ends_at, outside_note=note)
    past = PastMeeting(
        forum=forum,
        title=parsed.title[:200],
        starts_at=times.starts_at,
        ends_at=times.ends_at,
        agenda_published_at=min(times.starts_at, timezone.now()),
        place=parsed.location,
        leader=people.get(parsed.leader),
        minute_takers=[p for p in map(people.get, parsed.minute_takers) if p],
        items=[_item(item, n) for item, n in zip(parsed.items, minutes, strict=True)],
        attendance=_attendance(parsed, people),
        approval=approval,
    )
    return record_past_meeting(past, user), times.notes


def _item(parsed: ParsedItem, minutes: int) -> PastItem:
    kinds = set(AgendaItem.Kind.values)
    # Saved as the meeting cycle saves them: stripped, the empty ones left out.
    recommendations = [text.strip() for text in parsed.recommendations if text.strip()]
    return PastItem(
        kind=parsed.kind if parsed.kind in kinds else AgendaItem.Kind.DECISION,
        number=str(parsed.number or "")[:10],
        title=(parsed.title.strip() or _("Item without title"))[:300],
        presenters=parsed.presenter[:300],
        duration_minutes=minutes,
        summary=parsed.summary,
        case_text=parsed.case_text,
        closed=parsed.closed,
        recommendations=recommendations,
        attachments=[_attachment(name) for name in parsed.attachments if name.strip()],
        minutes_text=parsed.minutes_text,
        decisions=decisions_of(parsed, recommendations),
    )


def _attachment(name: str) -> tuple[str, str]:
    """(title, link): a document names an attachment by its title or by its address."""
    name = name.strip()
    if re.fullmatch(r"https?://\S+", name):
        return name[:300], name
    return name, ""


def _attendance(parsed: ParsedMeeting, people: NamedPeople) -> list[PastAttendance]:
    listed = [(p, False) for p in parsed.participants] + [(p, True) for p in parsed.apologies]
    result = []
    for described, apology in listed:
        person = people.get(described.name)
        if person is None:
            continue
        role_text, member = described.title, None
        if described.substitute_for:
            role_text = _("substitute for %(name)s") % {"name": described.substitute_for}
            if not apology:
                member = people.get(described.substitute_for)
        result.append(PastAttendance(person, apology, role_text, member))
    return result
