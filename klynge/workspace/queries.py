"""Read side of the meeting workspace: the agenda as a side navigation and one item with its
comments and the reader's note, each in a fixed number of queries whatever the meeting's size."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.urls import reverse
from django.utils.safestring import SafeString

from klynge.accounts.models import User
from klynge.accounts.permissions import (
    can_discuss_item,
    can_keep_notes,
    can_manage_forum,
    comments_shown_in,
    hidden_items,
)
from klynge.meetings import document
from klynge.meetings.document import ItemDoc
from klynge.meetings.models import (
    AgendaItem,
    Attachment,
    Decision,
    ItemExclusion,
    Meeting,
    Recommendation,
)
from klynge.meetings.queries import MeetingData

from . import fragments
from .models import Comment, ItemRead, Note
from .services import current_round


@dataclass
class NavEntry:
    """One item in the agenda's side navigation, as the reader may see it."""

    pk: int
    number: str | None
    title: str  # empty for a closed item the reader may not open
    closed: bool
    hidden: bool
    is_break: bool
    unread: bool
    comments: int
    url: str
    current: bool = False


@dataclass
class Agenda:
    meeting: Meeting
    items: list[AgendaItem]
    hidden: set[int]
    nav: list[NavEntry]
    # Which of the meeting's comments the user may read (permissions.comments_shown_in).
    shown: Q
    # Per item: when the user last opened it, and when someone else last commented on it.
    reads: dict[int, datetime.datetime] = field(default_factory=dict)
    latest: dict[int, datetime.datetime] = field(default_factory=dict)

    def html(self, swap: bool = False, partial: bool = False) -> SafeString:
        """The side navigation; `swap` makes its links swap the item pane with htmx, `partial`
        marks it for an out-of-band swap."""
        context = {
            "nav": self.nav,
            "meeting_pk": self.meeting.pk,
            "is_held": self.meeting.is_held,
            "swap": swap,
            "partial": partial,
        }
        return fragments.rendered("workspace/_agenda_nav.html", context)

    def read_is_current(self, pk: int) -> bool:
        """Has the user opened the item since anyone else last commented on it? Then opening
        it again changes nothing the read marker tells."""
        return not _is_new(self.reads.get(pk), self.latest.get(pk))

    def first(self) -> NavEntry | None:
        return next((entry for entry in self.nav if not entry.is_break), None)

    def neighbours(self, pk: int) -> tuple[NavEntry | None, NavEntry | None]:
        """The items before and after the given one that the reader can open (a break, which
        has no page of its own, is passed over)."""
        at = next(n for n, entry in enumerate(self.nav) if entry.pk == pk)
        before = [entry for entry in self.nav[:at] if not entry.is_break]
        after = [entry for entry in self.nav[at + 1 :] if not entry.is_break]
        return (before[-1] if before else None), (after[0] if after else None)


@dataclass
class ItemView:
    agenda: Agenda
    item: AgendaItem
    doc: ItemDoc
    minutes: bool
    may_note: bool
    may_discuss: bool
    may_manage: bool
    note: Note | None = None
    threads: list[Comment] = field(default_factory=list)
    # The user reads the draft in an open review round: their comments go to the round.
    in_round: bool = False

    def body_html(self) -> SafeString:
        """The item's document: the same for everyone who may read it, so rendered once."""
        meeting = self.agenda.meeting
        context = {
            "item": self.doc,
            "minutes": self.minutes,
            "may_manage": self.may_manage,
            "meeting_pk": meeting.pk,
            "agenda_is_record": meeting.agenda_is_record,
            "minutes_are_record": meeting.minutes_are_record,
        }
        return fragments.rendered("workspace/_item_body.html", context)


def load_meeting(pk: int) -> Meeting:
    return Meeting.objects.select_related("forum__cluster", "forum__region").get(pk=pk)


def agenda(
    user: User,
    meeting: Meeting,
    current: int | None = None,
    items: list[AgendaItem] | None = None,
) -> Agenda:
    """The meeting's items for the side navigation: number as printed, title (or none for a
    closed item the user may not read), unread and the number of comments the user may read.
    `items` spares the query when the caller has loaded them all."""
    if items is None:
        items = list(AgendaItem.objects.filter(meeting_id=meeting.pk))
    flags = [(i.pk, i.closed) for i in items]
    hidden = hidden_items(user, meeting.forum, flags)
    shown, unseen = comments_shown_in(user, meeting, flags)
    numbers = document.printed_numbers(items)
    counts, latest = _comment_activity(user, meeting, shown)
    reads = dict(
        ItemRead.objects.filter(reader=user, item__meeting_id=meeting.pk).values_list(
            "item_id", "read_at"
        )
    )
    url = reverse("workspace:item", args=[meeting.pk, 0]).rsplit("0/", 1)[0]
    nav = [
        NavEntry(
            pk=item.pk,
            number=numbers[item.pk],
            title="" if item.pk in hidden else item.title,
            closed=item.closed,
            hidden=item.pk in hidden,
            is_break=not item.is_numbered,
            # The item being opened is read by now.
            unread=item.pk not in hidden
            and item.pk != current
            and _is_new(reads.get(item.pk), latest.get(item.pk)),
            comments=0 if item.pk in unseen else counts.get(item.pk, 0),
            url=f"{url}{item.pk}/",
            current=item.pk == current,
        )
        for item in items
    ]
    return Agenda(meeting, items, hidden, nav, shown, reads, latest)


def _is_new(read_at: datetime.datetime | None, latest: datetime.datetime | None) -> bool:
    return read_at is None or (latest is not None and latest > read_at)


def _comment_activity(
    user: User, meeting: Meeting, shown: Q
) -> tuple[dict[int, int], dict[int, datetime.datetime]]:
    """Per item: the comments the user may read (on the items they may read, which the caller
    keeps to), and when someone else last wrote one."""
    rows = (
        Comment.objects.filter(shown, item__meeting_id=meeting.pk, deleted_at=None)
        .values("item_id")
        .annotate(n=Count("pk"), latest=Max("created_at", filter=~Q(author=user)))
        .order_by()
    )
    counts = {row["item_id"]: row["n"] for row in rows}
    latest = {row["item_id"]: row["latest"] for row in rows if row["latest"]}
    return counts, latest


def item_view(user: User, meeting: Meeting, item_pk: int) -> ItemView:
    """One item as the user may see it, with its comments and the user's own note."""
    page = agenda(user, meeting, current=item_pk)
    item = next((i for i in page.items if i.pk == item_pk), None)
    if item is None:
        raise AgendaItem.DoesNotExist
    item.meeting = meeting
    minutes = meeting.is_past(Meeting.State.HELD)
    if item_pk in page.hidden:
        return ItemView(page, item, _closed_doc(meeting, page, item), minutes, False, False, False)
    view = ItemView(
        agenda=page,
        item=item,
        doc=document.build_item(_item_data(meeting, page.items, item_pk), item),
        minutes=minutes,
        may_note=can_keep_notes(user, item),
        may_discuss=can_discuss_item(user, item),
        may_manage=can_manage_forum(user, meeting.forum),
    )
    if view.may_note:
        view.note = Note.objects.filter(item_id=item_pk, author=user).first()
    if view.may_discuss:
        view.threads = threads(page.shown, item_pk)
        view.in_round = current_round(item, user) is not None
    return view


def _closed_doc(meeting: Meeting, page: Agenda, item: AgendaItem) -> ItemDoc:
    """A closed item the reader may not open: what the documents show of it (its number and
    time), by the same rule, built without reading its content."""
    empty = MeetingData(meeting, page.items, {}, {}, {}, [], [], [], {})
    return document.closed_stub(document.build_item(empty, item))


def _item_data(meeting: Meeting, items: list[AgendaItem], item_pk: int) -> MeetingData:
    """Everything the document shows of one item (the other items only for numbers and times;
    their durations are loaded with them)."""
    of_item = {"item_id": item_pk}
    return MeetingData(
        meeting=meeting,
        items=items,
        recommendations={item_pk: list(Recommendation.objects.filter(**of_item))},
        attachments={item_pk: list(Attachment.objects.filter(**of_item))},
        decisions={item_pk: list(Decision.objects.filter(**of_item))},
        attendances=[],
        minute_takers=[],
        approvals=[],
        exclusions={
            item_pk: list(ItemExclusion.objects.filter(**of_item).select_related("person"))
        },
    )


def threads(shown_filter: Q, item_pk: int) -> list[Comment]:
    """The comments of an item the user may discuss that `shown_filter` keeps, each with its
    replies as `thread` (one query: replies answer a comment, never a reply)."""
    comments = list(
        Comment.objects.filter(shown_filter, item_id=item_pk)
        .select_related("author", "resolved_by", "review_round")
        .order_by("created_at", "pk")
    )
    tops = {comment.pk: comment for comment in comments if comment.parent_id is None}
    for top in tops.values():
        top.thread = []
    for reply in comments:
        if reply.parent_id in tops:
            tops[reply.parent_id].thread.append(reply)
    return list(tops.values())
