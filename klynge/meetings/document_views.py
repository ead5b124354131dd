"""Downloads of a meeting's documents: agenda and minutes as PDF and Word, the agenda pack, and
calendar files. Thin: the document is chosen and cut to what the reader may see here, rendered in
pdf.py, word.py, pack.py and ics.py.
"""

from __future__ import annotations

import uuid

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from klynge.accounts.permissions import can_view_forum, hidden_items
from klynge.downloads import DOCX, ICS, PDF, generated_file
from klynge.organisation.models import Forum, Person

from . import document, ics, pack, pdf, queries, word
from .document import MeetingDoc
from .models import Attachment, DocumentVersion, Meeting


def _meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("forum__cluster"), pk=pk)
    if not can_view_forum(request.user, meeting.forum):
        raise PermissionDenied
    return meeting


def _newest_version(meeting: Meeting, kind: str) -> MeetingDoc | None:
    version = meeting.versions.filter(kind=kind).order_by("-number").first()
    return MeetingDoc.from_json(version.content) if version else None


def _live(meeting: Meeting) -> MeetingDoc:
    return document.build(queries.load_meeting(meeting.pk))


def for_reader(user: object, forum: Forum, doc: MeetingDoc) -> MeetingDoc:
    """The document cut to what the user may read: the closed items the policy hides from them
    show only their number and "Lukket punkt"."""
    return doc.without(hidden_items(user, forum, doc.item_flags()))


def agenda_doc(request: HttpRequest, meeting: Meeting) -> MeetingDoc:
    """The published agenda as frozen (its newest version), else the draft; cut for the user."""
    doc = None
    if meeting.agenda_is_record:
        doc = _newest_version(meeting, DocumentVersion.Kind.AGENDA)
    doc = doc or _live(meeting).as_agenda()
    return for_reader(request.user, meeting.forum, doc)


def minutes_doc(request: HttpRequest, meeting: Meeting) -> MeetingDoc:
    """The approved minutes as frozen (their newest version), else the live minutes."""
    doc = None
    if meeting.minutes_are_record:
        doc = _newest_version(meeting, DocumentVersion.Kind.MINUTES)
    doc = doc or _live(meeting)
    return for_reader(request.user, meeting.forum, doc)


def filename(kind: str, meeting: Meeting, extension: str) -> str:
    """referat-midtklyngen-styregruppe-2023-06-07.pdf: ASCII only, safe in a header."""
    slug = slugify(meeting.forum.slug).encode("ascii", "ignore").decode() or "forum"
    return f"{kind}-{slug}-{meeting.local_day():%Y-%m-%d}.{extension}"


def _file(content: bytes, content_type: str, name: str, inline: bool | None = None) -> HttpResponse:
    """A document cut for this reader: never kept by a shared cache."""
    response = generated_file(content, content_type, name, inline=inline)
    patch_cache_control(response, private=True, no_cache=True)
    return response


@require_safe
def agenda_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    content = pdf.agenda_pdf(agenda_doc(request, meeting))
    return _file(content, PDF, filename("dagsorden", meeting, "pdf"))


@require_safe
def agenda_docx(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    content = word.agenda_docx(agenda_doc(request, meeting))
    return _file(content, DOCX, filename("dagsorden", meeting, "docx"), inline=False)


@require_safe
def agenda_pack(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    attachments = list(Attachment.objects.filter(item__meeting=meeting, url=""))
    content = pack.agenda_pack(agenda_doc(request, meeting), attachments)
    return _file(content, PDF, filename("dagsordenspakke", meeting, "pdf"))


@require_safe
def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    content = pdf.minutes_pdf(minutes_doc(request, meeting))
    return _file(content, PDF, filename("referat", meeting, "pdf"))


@require_safe
def minutes_docx(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    content = word.minutes_docx(minutes_doc(request, meeting))
    return _file(content, DOCX, filename("referat", meeting, "docx"), inline=False)


@require_safe
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    return _file(ics.meeting_ics(meeting), ICS, filename("moede", meeting, "ics"), False)


@login_not_required
@require_safe
def person_feed(request: HttpRequest, token: uuid.UUID) -> HttpResponse:
    """A calendar program's subscription: no login, the secret token in the address is the key."""
    person = get_object_or_404(Person, calendar_token=token)
    response = generated_file(ics.person_feed_ics(person), ICS, "klynge.ics", inline=True)
    patch_cache_control(response, private=True, max_age=900)
    return response
