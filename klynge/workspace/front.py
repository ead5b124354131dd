"""The front page (forside): what needs the person now, each list in one query whatever its
length, and for the secretariat its fora's deadlines and unfinished work.

Everything the template shows is loaded here; the template only formats it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.db.models.functions import TruncDate
from django.utils import timezone

from klynge.accounts.permissions import (
    ALL,
    closed_fora,
    excluded_items,
    managed_fora,
    readable_comments,
    readable_fora,
    readable_items,
    within,
)
from klynge.followup import queries as followup
from klynge.followup.models import Action, BacklogItem
from klynge.meetings.models import AgendaItem, Attendance, Meeting, MinutesApproval
from klynge.organisation.models import Forum, Membership
from klynge.text import danish_sort_key

from . import approval
from .deadlines import MET_BY, Deadline, Due, Standing, deadline
from .models import Comment, ItemRead, ParticipantApproval, ReviewRound

State = Meeting.State
UPCOMING = 8
COMMENTS = 10
ACTIONS = 10
# The secretariat's window of meetings judged against their deadlines: the latest deadline a
# forum may set is 90 days, and its warning starts up to 30 days before.
RECENT_DAYS = 90
COMING_DAYS = 120
JUDGED = 40
DRAFTS = 30
UNRESOLVED = 10
# Worst first in the secretariat's table.
URGENCY = [Standing.OVERDUE, Standing.WARNING, Standing.OK, Standing.DONE]


# --- what the page shows ------------------------------------------------------------------------
@dataclass
class MyMeeting:
    meeting: Meeting
    unread_items: int = 0
    new_comments: int = 0


@dataclass
class ToApprove:
    meeting: Meeting
    as_chair: bool
    as_participant: bool


@dataclass
class CommentEntry:
    comment: Comment
    author: str
    url: str
    is_reply_to_me: bool = False
    is_new: bool = False


@dataclass
class JudgedMeeting:
    meeting: Meeting
    deadline: Deadline


@dataclass
class RoundEntry:
    round: ReviewRound
    comments: int
    unresolved: int
    reviewers: int


@dataclass
class ForumEntry:
    forum: Forum
    waiting: int


@dataclass
class Secretariat:
    judged: list[JudgedMeeting]
    agenda_drafts: list[Meeting]
    minutes_drafts: list[Meeting]
    rounds: list[RoundEntry]
    unresolved: list[CommentEntry]
    unresolved_count: int
    fora: list[ForumEntry]

    @property
    def overdue(self) -> list[JudgedMeeting]:
        return [j for j in self.judged if j.deadline.standing == Standing.OVERDUE]

    @property
    def waiting(self) -> list[ForumEntry]:
        return [entry for entry in self.fora if entry.waiting]

    @property
    def warnings(self) -> list[JudgedMeeting]:
        return [j for j in self.judged if j.deadline.standing == Standing.WARNING]


@dataclass
class FrontPage:
    today: datetime.date
    meetings: list[MyMeeting]
    to_approve: list[ToApprove]
    to_review: list[ReviewRound]
    comments: list[CommentEntry]
    actions: list[Action]
    secretariat: Secretariat | None = None


def front_page(user: Any, today: datetime.date | None = None) -> FrontPage:
    """The front page of a logged-in user; approvals and actions need a person in the registry."""
    today = today or timezone.localdate()
    person = user.person_id
    return FrontPage(
        today=today,
        meetings=my_meetings(user, today),
        to_approve=minutes_to_approve(user) if person else [],
        to_review=rounds_to_read(user) if person else [],
        comments=comments_to(user),
        actions=my_actions(user) if person else [],
        secretariat=secretariat(user, today),
    )


# --- selections -----------------------------------------------------------------------------------
def _items_for(user: Any) -> Q:
    """A filter on AgendaItem: the items the user reads and takes part in (an excluded member
    takes no part in the item, open or closed)."""
    return readable_items(user) & ~Q(pk__in=excluded_items(user))


def _mine(user: Any) -> Q:
    """A filter on Meeting: the fora the person sits in or holds a role for. A role in a cluster
    also opens the region's region-level fora for reading; those count here only through a seat
    or a role of their own (they are then among the fora whose closed items the person reads)."""
    readable = within(readable_fora(user), "forum_id")
    closed = closed_fora(user)
    if closed is ALL:
        return readable
    return readable & (Q(forum__cluster__isnull=False) | Q(forum_id__in=closed))


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def my_meetings(user: Any, today: datetime.date) -> list[MyMeeting]:
    """The person's next meetings, each with what came since they last looked."""
    meetings = list(
        Meeting.objects.filter(_mine(user), starts_at__gte=_start_of(today))
        .select_related("forum__cluster")
        .order_by("starts_at", "pk")[:UPCOMING]
    )
    rows = {meeting.pk: MyMeeting(meeting) for meeting in meetings}
    if not rows:
        return []
    for meeting_id, count in _unread_items(user, list(rows)):
        rows[meeting_id].unread_items = count
    for meeting_id, count in _new_comments(user, list(rows)):
        rows[meeting_id].new_comments = count
    return list(rows.values())


def _read_at(user: Any, item: str = "item") -> Subquery:
    return Subquery(
        ItemRead.objects.filter(item=OuterRef(item), reader=user.pk).values("read_at")[:1]
    )


def _unread_items(user: Any, meeting_ids: list[int]) -> QuerySet:
    items = (
        AgendaItem.objects.filter(_items_for(user), meeting_id__in=meeting_ids)
        .exclude(kind__in=AgendaItem.UNNUMBERED)
        .exclude(reads__reader=user.pk)
    )
    return items.values("meeting_id").annotate(n=Count("pk")).values_list("meeting_id", "n")


def _new_comments(user: Any, meeting_ids: list[int]) -> QuerySet:
    comments = (
        Comment.objects.filter(
            readable_comments(user), item__meeting_id__in=meeting_ids, deleted_at__isnull=True
        )
        .exclude(author=user.pk)
        .annotate(read_at=_read_at(user))
        .filter(Q(read_at__isnull=True) | Q(created_at__gt=F("read_at")))
    )
    return (
        comments.values("item__meeting_id")
        .annotate(n=Count("pk"))
        .values_list("item__meeting_id", "n")
    )


def minutes_to_approve(user: Any) -> list[ToApprove]:
    """Minutes the person approves and has not: in preparation, as a chair on the meeting day;
    or, where the forum asks each participant, as one who attended (klynge.workspace.approval)."""
    person = user.person_id
    meeting = OuterRef("pk")
    chair_seat = Exists(
        Membership.objects.active_on(OuterRef("day")).filter(
            forum=OuterRef("forum"), person=person, role__in=Membership.CHAIR_ROLES
        )
    )
    as_chair = (
        Q(state=State.MINUTES_DRAFT)
        & chair_seat
        & ~Exists(MinutesApproval.objects.filter(meeting=meeting, person=person))
    )
    attended = Attendance.objects.filter(
        meeting=meeting, person=person, status=Attendance.Status.ATTENDING, is_guest=False
    )
    as_participant = (
        Q(forum__participants_approve_minutes=True, state__in=approval.OPEN_STATES)
        & ~chair_seat
        & Exists(attended)
        & ~Exists(ParticipantApproval.objects.filter(meeting=meeting, person=person))
    )
    rows = (
        Meeting.objects.filter(within(readable_fora(user), "forum_id"))
        # The local day of the meeting, on which the chairs' seats are judged.
        .annotate(day=TruncDate("starts_at"))
        .annotate(
            as_chair=ExpressionWrapper(as_chair, output_field=BooleanField()),
            as_participant=ExpressionWrapper(as_participant, output_field=BooleanField()),
        )
        .filter(Q(as_chair=True) | Q(as_participant=True))
        .select_related("forum__cluster")
        .order_by("starts_at", "pk")
    )
    return [ToApprove(m, m.as_chair, m.as_participant) for m in rows]


def rounds_to_read(user: Any) -> list[ReviewRound]:
    """Open review rounds the person is asked to read."""
    rounds = (
        ReviewRound.objects.filter(
            within(readable_fora(user), "meeting__forum_id"),
            reviewers=user.person_id,
            closed_at__isnull=True,
        )
        .select_related("meeting__forum")
        .order_by(F("respond_by").asc(nulls_last=True), "started_at")
    )
    return list(rounds)


def _entries(rows: QuerySet[Comment], user: Any) -> list[CommentEntry]:
    return [
        CommentEntry(
            comment=c,
            author=_name(c.author),
            url=c.get_absolute_url(),
            is_reply_to_me=c.parent is not None and c.parent.author_id == user.pk,
            is_new=c.read_at is None or c.created_at > c.read_at,
        )
        for c in rows
    ]


def _name(user: Any) -> str:
    if user.person_id:
        return user.person.name
    return user.get_full_name() or user.username


def _comment_rows(user: Any) -> QuerySet[Comment]:
    """Comments the user may read, not deleted, each with when the user last opened its item."""
    return (
        Comment.objects.filter(readable_comments(user), deleted_at__isnull=True)
        .select_related("author__person", "parent", "item__meeting__forum")
        .annotate(read_at=_read_at(user))
    )


def comments_to(user: Any) -> list[CommentEntry]:
    """Comments that mention the user or answer one of theirs, newest first."""
    mentioned = Comment.mentions.through.objects.filter(user_id=user.pk).values("comment_id")
    rows = (
        _comment_rows(user)
        .filter(Q(pk__in=mentioned) | Q(parent__author=user.pk))
        .exclude(author=user.pk)
        .order_by("-created_at", "-pk")[:COMMENTS]
    )
    return _entries(rows, user)


def my_actions(user: Any) -> list[Action]:
    """The person's open actions, soonest due first."""
    mine = followup.actions().filter(responsible_person_id=user.person_id).open()
    return followup.mark_items(user, mine[:ACTIONS])


# --- the secretariat ------------------------------------------------------------------------------
def secretariat(user: Any, today: datetime.date) -> Secretariat | None:
    """The managed fora's meetings against their deadlines and the work left on them."""
    managed = managed_fora(user)
    if managed is not ALL and not managed:
        return None
    unresolved = (
        _comment_rows(user)
        .filter(within(managed, "item__meeting__forum_id"))
        .filter(resolved_at__isnull=True)
    )
    agenda_drafts, minutes_drafts = _drafts(managed)
    return Secretariat(
        judged=_judged(managed, today),
        agenda_drafts=agenda_drafts,
        minutes_drafts=minutes_drafts,
        rounds=_rounds(managed),
        unresolved=_entries(unresolved.order_by("-created_at", "-pk")[:UNRESOLVED], user),
        unresolved_count=unresolved.count(),
        fora=_fora(managed, today),
    )


def _judged(managed: frozenset[int] | None, today: datetime.date) -> list[JudgedMeeting]:
    """Coming and recent meetings with the deadline that matters now, worst first; meetings
    whose minutes are done are left out once they are past."""
    minutes_done = Meeting.CYCLE[Meeting.CYCLE.index(MET_BY[Due.MINUTES]) :]
    start = _start_of(today)
    meetings = (
        Meeting.objects.filter(
            within(managed, "forum_id"),
            starts_at__gte=start - datetime.timedelta(days=RECENT_DAYS),
            starts_at__lt=start + datetime.timedelta(days=COMING_DAYS),
        )
        .exclude(starts_at__lt=start, state__in=minutes_done)
        .select_related("forum__cluster")
        .order_by("starts_at", "pk")[:JUDGED]
    )
    judged = [JudgedMeeting(m, deadline(m, m.forum, today)) for m in meetings]
    judged.sort(key=lambda j: (URGENCY.index(j.deadline.standing), j.deadline.due_on))
    return judged


def _drafts(managed: frozenset[int] | None) -> tuple[list[Meeting], list[Meeting]]:
    """Agendas in preparation, and minutes to write or finish."""
    minutes = (State.HELD, State.MINUTES_DRAFT)
    rows = list(
        Meeting.objects.filter(
            within(managed, "forum_id"), state__in=(State.AGENDA_DRAFT, *minutes)
        )
        .select_related("forum__cluster")
        .order_by("starts_at", "pk")[:DRAFTS]
    )
    return (
        [m for m in rows if m.state == State.AGENDA_DRAFT],
        [m for m in rows if m.state in minutes],
    )


def _rounds(managed: frozenset[int] | None) -> list[RoundEntry]:
    rounds = (
        ReviewRound.objects.filter(within(managed, "meeting__forum_id"), closed_at__isnull=True)
        .select_related("meeting__forum")
        .annotate(
            comments_n=Count(
                "comments", filter=Q(comments__deleted_at__isnull=True), distinct=True
            ),
            unresolved_n=Count(
                "comments",
                filter=Q(comments__deleted_at__isnull=True, comments__resolved_at__isnull=True),
                distinct=True,
            ),
            reviewers_n=Count("reviewers", distinct=True),
        )
        .order_by("respond_by", "started_at")
    )
    return [RoundEntry(r, r.comments_n, r.unresolved_n, r.reviewers_n) for r in rounds]


def _fora(managed: frozenset[int] | None, today: datetime.date) -> list[ForumEntry]:
    """The fora still running, with the matters waiting for their coming meetings."""
    fora = (
        Forum.objects.filter(within(managed, "pk"))
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gt=today))
        .select_related("cluster")
        .annotate(waiting=Count("backlog", filter=Q(backlog__status=BacklogItem.Status.WAITING)))
    )
    entries = [ForumEntry(forum, forum.waiting) for forum in fora]
    entries.sort(
        key=lambda e: (
            danish_sort_key(e.forum.cluster.name if e.forum.cluster else ""),
            danish_sort_key(e.forum.name),
        )
    )
    return entries


# --- the meeting list ----------------------------------------------------------------------------
@dataclass
class ListedMeeting:
    meeting: Meeting
    # Only for the fora the user manages.
    deadline: Deadline | None


def listed_meetings(user: Any, selection: Q, today: datetime.date) -> QuerySet[Meeting]:
    """The meetings of the fora the user reads: coming ones first, soonest first, then the past
    ones, newest first."""
    coming = Q(starts_at__gte=_start_of(today))
    return (
        Meeting.objects.filter(within(readable_fora(user), "forum_id"), selection)
        .select_related("forum__cluster")
        .annotate(
            coming=ExpressionWrapper(coming, output_field=BooleanField()),
            soon=Case(When(coming, then=F("starts_at"))),
        )
        .order_by("-coming", F("soon").asc(nulls_last=True), "-starts_at", "pk")
    )


def with_deadlines(
    user: Any, meetings: Iterable[Meeting], today: datetime.date
) -> list[ListedMeeting]:
    """The meetings, each with its deadline where the user manages its forum and the meeting
    is within the secretariat's window (an old meeting's deadline is history, not work)."""
    managed = managed_fora(user)
    since = _start_of(today) - datetime.timedelta(days=RECENT_DAYS)

    def judged(meeting: Meeting) -> bool:
        mine = managed is ALL or meeting.forum_id in managed
        return mine and meeting.starts_at >= since

    return [ListedMeeting(m, deadline(m, m.forum, today) if judged(m) else None) for m in meetings]
