"""The public version of a meeting's agenda and minutes, and the cache of its page.

The document is the meetings app's MeetingDoc cut to what visibility.py makes public: the open
items only (a closed item is left out entirely, not even its title), the minutes and decisions
only once the minutes are published, and nothing of who was invited or sent apologies. Numbers
and times stay those of the full agenda, so that "Punkt 4" means the same everywhere.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from klynge.addresses import KEY, per_key
from klynge.meetings import document, queries
from klynge.meetings.document import AttachmentDoc, ItemDoc, MeetingDoc, PartyDoc
from klynge.meetings.models import Meeting
from klynge.publish import visibility

from . import queries as site_queries

# Bump when the page fragment's template changes, so that no cached page outlives its layout.
PAGE_LAYOUT_VERSION = 3
PAGE_CACHE_SECONDS = 24 * 3600


def public_document(meeting: Meeting) -> MeetingDoc | None:
    """The agenda (with the minutes once published) as the public may read it; None before the
    agenda is published."""
    if not visibility.agenda_is_public(meeting):
        return None
    doc = document.build(queries.load_meeting(meeting.pk))
    if not visibility.minutes_are_public(meeting):
        doc = doc.as_agenda()
    shown = set(visibility.public_items().filter(meeting=meeting).values_list("pk", flat=True))
    download = per_key("public:attachment", meeting.pk, KEY)
    items = [_public_item(item, download) for item in doc.items if item.pk in shown]
    minutes = visibility.minutes_are_public(meeting)
    # Who took part is part of published minutes (as in every Danish municipality's); notes on
    # attendance (reasons for apologies) and item guests (they may belong to closed items) are not.
    return dataclasses.replace(
        doc,
        items=items,
        invitees=[_party_without_notes(group) for group in doc.invitees] if minutes else [],
        apologies=[dataclasses.replace(p, note="") for p in doc.apologies] if minutes else [],
        guests=[],
        leader=doc.leader if minutes else "",
        minute_takers=doc.minute_takers if minutes else [],
        virtual_address="",
        booking_note="",
        approvals=doc.approvals if minutes else [],
    )


def _party_without_notes(group: PartyDoc) -> PartyDoc:
    people = [dataclasses.replace(person, note="") for person in group.people]
    return dataclasses.replace(group, people=people)


def _public_item(item: ItemDoc, download: Callable[[object], str]) -> ItemDoc:
    attachments = [a if a.is_link else _public_file(a, download(a.pk)) for a in item.attachments]
    return dataclasses.replace(item, attachments=attachments)


def _public_file(attachment: AttachmentDoc, url: str) -> AttachmentDoc:
    return dataclasses.replace(attachment, url=url)


def page_key(meeting: Meeting) -> str:
    """A key that changes with everything the public meeting page shows.

    A published agenda or minutes changes only through a correction, which freezes a new
    DocumentVersion; the meeting's own fields and the items' outline (incl. which are closed) are
    part of the key too, so an item closed after the fact can never linger in a cached page.
    """
    forum = meeting.forum
    parts = (
        PAGE_LAYOUT_VERSION,
        translation.get_language(),
        meeting.pk,
        meeting.title,
        meeting.starts_at,
        meeting.ends_at,
        meeting.place,
        meeting.state,
        meeting.agenda_published_at,
        meeting.minutes_published_at,
        meeting.newest_version,
        forum.pk,
        forum.name,
        forum.slug,
        forum.cluster_id and (forum.cluster.name, forum.cluster.slug),
        forum.region.name,
        forum.region.slug,
        site_queries.item_outline(meeting),
    )
    return "public-meeting:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def meeting_body(meeting: Meeting, key: str | None = None) -> SafeString:
    """The meeting page's main content, from the cache when nothing it shows has changed.
    `key`: page_key(meeting), when the caller has it already."""
    key = key or page_key(meeting)
    html = cache.get(key)
    if html is None:
        context = {
            "meeting": meeting,
            "doc": public_document(meeting),
            "agenda_public": visibility.agenda_is_public(meeting),
            "minutes_public": visibility.minutes_are_public(meeting),
        }
        html = render_to_string("publish/site/_meeting_body.html", context)
        cache.set(key, html, timeout=PAGE_CACHE_SECONDS)
    return mark_safe(html)
