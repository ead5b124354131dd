"""The files OParl serves besides attachments: a meeting's agenda and minutes as the public may
read them (PDF and Word), and an item's case text as plain text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from django.utils.text import capfirst

from klynge.downloads import DOCX, PDF
from klynge.meetings import document, pdf, queries, word
from klynge.meetings.document import AttachmentDoc, ItemDoc, MeetingDoc, PartyDoc
from klynge.meetings.document_views import filename
from klynge.meetings.models import AgendaItem, Attendance, DocumentVersion, Meeting, Recommendation
from klynge.publish import visibility

KIND_OF_FILE = {
    "agenda-pdf": (DocumentVersion.Kind.AGENDA, "pdf", PDF),
    "agenda-docx": (DocumentVersion.Kind.AGENDA, "docx", DOCX),
    "minutes-pdf": (DocumentVersion.Kind.MINUTES, "pdf", PDF),
    "minutes-docx": (DocumentVersion.Kind.MINUTES, "docx", DOCX),
}
DOCUMENT_NAMES = {DocumentVersion.Kind.AGENDA: "dagsorden", DocumentVersion.Kind.MINUTES: "referat"}


def document_is_public(meeting: Meeting, kind: str) -> bool:
    if kind == DocumentVersion.Kind.AGENDA:
        return visibility.agenda_is_public(meeting)
    return visibility.minutes_are_public(meeting)


def document_filename(meeting: Meeting, file_kind: str) -> str:
    kind, extension, _ = KIND_OF_FILE[file_kind]
    return filename(DOCUMENT_NAMES[kind], meeting, extension)


def _recorded(meeting: Meeting, kind: str) -> MeetingDoc:
    """The newest frozen version (the record), else the live document."""
    version = meeting.versions.filter(kind=kind).order_by("-number").first()
    if version is not None:
        return MeetingDoc.from_json(version.content)
    doc = document.build(queries.load_meeting(meeting.pk))
    return doc if kind == DocumentVersion.Kind.MINUTES else doc.as_agenda()


def public_document(meeting: Meeting, kind: str, download: Callable[[int], str]) -> MeetingDoc:
    """The agenda or minutes with nothing of a closed item: MeetingDoc.without_closed() keeps a
    closed item's title, which the public must not see. Items and attachments are checked
    against the live public selections, so an item closed after the agenda was frozen is left
    out too, and the open items are numbered among themselves (no gap betrays a closed one)."""
    doc = _recorded(meeting, kind)
    open_items = set(visibility.public_items().filter(meeting=meeting).values_list("pk", flat=True))
    shown = set(
        visibility.public_attachments().filter(item__meeting=meeting).values_list("pk", flat=True)
    )
    hidden_guests = set(
        Attendance.objects.filter(meeting=meeting, is_guest=True)
        .exclude(item=None)
        .exclude(item__in=open_items)
        .values_list("person__name", flat=True)
    )
    items, number = [], 0
    for item in doc.items:
        if item.pk not in open_items:
            continue
        if item.number is not None:
            number += 1
        items.append(_public_item(item, number, shown, download))
    return dataclasses.replace(
        doc,
        items=items,
        guests=[g for g in doc.guests if g.name not in hidden_guests],
        # Notes on apologies and attendance are working notes, not part of the public record.
        apologies=[dataclasses.replace(p, note="") for p in doc.apologies],
        invitees=[_without_notes(party) for party in doc.invitees],
    )


def _without_notes(party: PartyDoc) -> PartyDoc:
    people = [dataclasses.replace(person, note="") for person in party.people]
    return dataclasses.replace(party, people=people)


def _public_item(
    item: ItemDoc, number: int, shown: set[int], download: Callable[[int], str]
) -> ItemDoc:
    files = [_public_attachment(a, download) for a in item.attachments if a.pk in shown]
    return dataclasses.replace(
        item, number=number if item.number is not None else None, attachments=files
    )


def _public_attachment(attachment: AttachmentDoc, download: Callable[[int], str]) -> AttachmentDoc:
    if attachment.is_link:
        return attachment
    return dataclasses.replace(attachment, url=download(attachment.pk))


def render(meeting: Meeting, file_kind: str, download: Callable[[int], str]) -> tuple[bytes, str]:
    """The bytes and content type of one of the meeting's public documents."""
    kind, extension, content_type = KIND_OF_FILE[file_kind]
    doc = public_document(meeting, kind, download)
    minutes = kind == DocumentVersion.Kind.MINUTES
    if extension == "pdf":
        return (pdf.minutes_pdf if minutes else pdf.agenda_pdf)(doc), content_type
    return (word.minutes_docx if minutes else word.agenda_docx)(doc), content_type


def _heading(model: type, field: str) -> str:
    return str(capfirst(model._meta.get_field(field).verbose_name))


def case_text(item: AgendaItem, recommendations: list[Recommendation]) -> str:
    """The item's case as the published agenda shows it: summary, case description and
    recommendations. Empty when the item has none of them."""
    parts = []
    if item.summary.strip():
        parts.append(f"{_heading(AgendaItem, 'summary')}\n\n{item.summary.strip()}")
    if item.case_text.strip():
        parts.append(f"{_heading(AgendaItem, 'case_text')}\n\n{item.case_text.strip()}")
    if recommendations:
        lines = "\n".join(f"{r.number}. {r.text.strip()}" for r in recommendations)
        heading = str(capfirst(Recommendation._meta.verbose_name_plural))
        parts.append(f"{heading}\n\n{lines}")
    if not parts:
        return ""
    return "\n\n".join([item.title, *parts]) + "\n"
