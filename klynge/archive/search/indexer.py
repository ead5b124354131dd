"""Turns items, actions, initiatives and attachments into SearchEntry rows."""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Iterable, Iterator

from django.db import connection, transaction
from django.utils import timezone

from klynge.followup.models import Action
from klynge.meetings.models import AgendaItem, Attachment, Meeting
from klynge.organisation.models import Forum
from klynge.portfolio.models import Initiative

from .entries import SearchEntry
from .lemma import lemmas

log = logging.getLogger(__name__)

Kind = SearchEntry.Kind
MAX_BODY = 200_000  # characters of an attachment's text that are indexed

# The Markdown subset of case texts and minutes, reduced to its words.
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP_RE = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`|]+")


def plain(text: str) -> str:
    """Markdown to plain text for the index and the snippets (structure dropped, words kept)."""
    return _MARKUP_RE.sub(" ", _LINK_RE.sub(r"\1", text or "")).strip()


def _join(parts: Iterable[str]) -> str:
    return "\n\n".join(part for part in (plain(p) for p in parts) if part)


def _place(entry: SearchEntry, forum: Forum | None) -> None:
    entry.forum = forum
    if forum is not None:
        entry.cluster_id = forum.cluster_id
        entry.region_id = forum.region_id


def _about(entry: SearchEntry, item: AgendaItem) -> None:
    entry.item = item
    entry.closed = item.closed
    entry.closed_forum_id = item.meeting.forum_id if item.closed else None


def _finish(entry: SearchEntry) -> SearchEntry:
    entry.title = entry.title[:500]
    entry.lemmas = " ".join(lemmas(f"{entry.title}\n{entry.body}"))
    return entry


def _outcomes(values: Iterable[str]) -> str:
    found = sorted(set(values))
    return f" {' '.join(found)} " if found else ""


def meeting_day(meeting: Meeting) -> datetime.date:
    return timezone.localtime(meeting.starts_at).date()


# --- building entries (unsaved) -------------------------------------------------------------
def item_entry(item: AgendaItem) -> SearchEntry:
    meeting = item.meeting
    entry = SearchEntry(kind=Kind.ITEM, object_id=item.pk, meeting=meeting, title=item.title)
    _place(entry, meeting.forum)
    decisions = list(item.decisions.all())
    entry.date = meeting_day(meeting)
    entry.item_kind = item.kind
    entry.outcomes = _outcomes(d.outcome for d in decisions)
    _about(entry, item)
    entry.url = item.get_absolute_url()
    entry.body = _join(
        [
            item.summary,
            item.case_text,
            *(r.text for r in item.recommendations.all()),
            item.minutes_text,
            *(d.text for d in decisions),
            item.dissent,
        ]
    )
    return _finish(entry)


def attachment_entry(attachment: Attachment, text: str | None = None) -> SearchEntry:
    """The attachment's entry; `text` is its extracted text (read from the file when None)."""
    item = attachment.item
    entry = SearchEntry(
        kind=Kind.ATTACHMENT, object_id=attachment.pk, meeting=item.meeting, title=attachment.title
    )
    _place(entry, item.meeting.forum)
    entry.date = meeting_day(item.meeting)
    entry.item_kind = item.kind
    entry.outcomes = _outcomes(d.outcome for d in item.decisions.all())
    _about(entry, item)
    entry.url = attachment.get_absolute_url()
    entry.body = (attachment_text(attachment) if text is None else text)[:MAX_BODY]
    return _finish(entry)


def attachment_text(attachment: Attachment) -> str:
    """The text of the attachment's file; empty for links and files that cannot be read."""
    if not attachment.file:
        return ""
    try:
        from klynge.archive.importer.extract import extract_text

        with attachment.file.open("rb") as handle:
            data = handle.read()
        return extract_text(data, attachment.filename or attachment.file.name)
    except Exception:  # an unreadable file is still found by its title
        log.info("no text from attachment %s", attachment.pk, exc_info=True)
        return ""


def action_entry(action: Action) -> SearchEntry:
    entry = SearchEntry(kind=Kind.ACTION, object_id=action.pk, title=action.title)
    _place(entry, action.forum)
    item = action.item
    if item is not None:
        entry.meeting = item.meeting
        entry.date = meeting_day(item.meeting)
        entry.item_kind = item.kind
        _about(entry, item)
    else:
        entry.date = timezone.localtime(action.created_at).date()
    if action.decision is not None:
        entry.outcomes = _outcomes([action.decision.outcome])
    elif item is not None:
        entry.outcomes = _outcomes(item.decisions.values_list("outcome", flat=True))
    entry.url = action.get_absolute_url()
    entry.body = plain(action.notes)
    return _finish(entry)


def initiative_entry(initiative: Initiative) -> SearchEntry:
    entry = SearchEntry(kind=Kind.INITIATIVE, object_id=initiative.pk, title=initiative.name)
    _place(entry, initiative.owner_forum)
    entry.date = initiative.starts_on
    entry.url = initiative.get_absolute_url()
    entry.body = _join(
        [
            initiative.description,
            initiative.timeline_note,
            initiative.patient_involvement,
            initiative.evaluation_questions,
            initiative.economy_note,
            initiative.economy_status,
        ]
    )
    return _finish(entry)


# --- saving ------------------------------------------------------------------------------
FIELDS = [
    f.name for f in SearchEntry._meta.concrete_fields if f.name not in ("id", "kind", "object_id")
]


def _store(entry: SearchEntry) -> SearchEntry:
    values = {name: getattr(entry, name) for name in FIELDS}
    stored, _created = SearchEntry.objects.update_or_create(
        kind=entry.kind, object_id=entry.object_id, defaults=values
    )
    return stored


def index_item(item: AgendaItem, *, with_attachments: bool = True) -> SearchEntry:
    """(Re)index an item, and the entries that take its kind, decisions and closedness."""
    entry = _store(item_entry(item))
    if with_attachments:
        bodies = dict(
            SearchEntry.objects.filter(
                kind=Kind.ATTACHMENT, object_id__in=item.attachments.values("pk")
            ).values_list("object_id", "body")
        )
        for attachment in item.attachments.all():
            _store(attachment_entry(attachment, text=bodies.get(attachment.pk)))
        for action in item.actions.select_related("forum", "decision", "item__meeting"):
            index_action(action)
    return entry


def index_attachment(attachment: Attachment) -> SearchEntry:
    return _store(attachment_entry(attachment))


def index_action(action: Action) -> SearchEntry:
    return _store(action_entry(action))


def index_initiative(initiative: Initiative) -> SearchEntry:
    return _store(initiative_entry(initiative))


def remove(kind: str, object_id: int) -> None:
    """Take an object out of the index."""
    SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()


# --- the whole index ---------------------------------------------------------------------
def _batches(queryset, size: int) -> Iterator[list]:  # noqa: ANN001 - any queryset
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last).order_by("pk")[:size])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


def _sources(size: int) -> Iterator[list[SearchEntry]]:
    items = AgendaItem.objects.select_related("meeting__forum").prefetch_related(
        "recommendations", "decisions"
    )
    for batch in _batches(items, size):
        yield [item_entry(item) for item in batch]
    attachments = Attachment.objects.select_related("item__meeting__forum").prefetch_related(
        "item__decisions"
    )
    for batch in _batches(attachments, size):
        yield [attachment_entry(attachment) for attachment in batch]
    actions = Action.objects.select_related("forum", "decision", "item__meeting")
    for batch in _batches(actions, size):
        yield [action_entry(action) for action in batch]
    for batch in _batches(Initiative.objects.select_related("owner_forum"), size):
        yield [initiative_entry(initiative) for initiative in batch]


def rebuild_index(batch_size: int = 2000) -> int:
    """Build the whole index anew; returns the number of entries."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for entries in _sources(batch_size):
            SearchEntry.objects.bulk_create(entries, batch_size=batch_size)
            count += len(entries)
    if connection.vendor == "postgresql":
        # Fresh statistics for the planner's estimates of the new lemmas.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE archive_searchentry")
    return count
