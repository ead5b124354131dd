"""Read-side selections of meetings used by pages, documents and feeds."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from klynge.organisation.models import Person

from .models import (
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    ItemExclusion,
    Meeting,
    MinutesApproval,
    Recommendation,
)

FEED_HISTORY = datetime.timedelta(days=365)


@dataclass
class MeetingData:
    """A meeting with everything its page and documents show, grouped by item."""

    meeting: Meeting
    items: list[AgendaItem]
    recommendations: dict[int, list[Recommendation]]
    attachments: dict[int, list[Attachment]]
    decisions: dict[int, list[Decision]]
    attendances: list[Attendance]
    minute_takers: list[Person]
    approvals: list[MinutesApproval]
    exclusions: dict[int, list[ItemExclusion]]


def _by_item(rows: QuerySet) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row.item_id].append(row)
    return grouped


def load_meeting(pk: int) -> MeetingData:
    """Nine plain queries whatever the meeting's size (grouping in Python is cheaper here
    than Django's prefetch machinery, which the meeting page's speed target noticed)."""
    meeting = Meeting.objects.select_related("forum__cluster", "forum__region", "leader").get(pk=pk)
    of_meeting = {"item__meeting_id": pk}
    return MeetingData(
        meeting=meeting,
        items=list(AgendaItem.objects.filter(meeting_id=pk)),
        recommendations=_by_item(Recommendation.objects.filter(**of_meeting)),
        attachments=_by_item(Attachment.objects.filter(**of_meeting)),
        decisions=_by_item(Decision.objects.filter(**of_meeting)),
        attendances=list(
            Attendance.objects.filter(meeting_id=pk).select_related("person", "party", "substitute")
        ),
        minute_takers=list(meeting.minute_takers.order_by("name")),
        approvals=list(meeting.approvals.select_related("person")),
        exclusions=_by_item(ItemExclusion.objects.filter(**of_meeting).select_related("person")),
    )


def forum_meetings(forum_id: int) -> QuerySet[Meeting]:
    return Meeting.objects.filter(forum_id=forum_id).order_by("-starts_at")


def feed_meetings(person: Person) -> list[Meeting]:
    """The meetings a person's calendar feed shows, from a year back onwards.

    Every meeting of a forum on a day the person held a seat there (so a former member stops
    getting new meetings, and a new member does not get the forum's past), plus every meeting the
    person is invited to otherwise (as a guest or a substitute).
    """
    since = timezone.now() - FEED_HISTORY
    memberships = list(person.memberships.all())
    invited = Attendance.objects.filter(person=person).values("meeting_id")
    candidates = (
        Meeting.objects.filter(starts_at__gte=since)
        .filter(Q(forum_id__in={m.forum_id for m in memberships}) | Q(pk__in=invited))
        .select_related("forum")
        .order_by("starts_at")
    )
    invited_ids = set(
        Attendance.objects.filter(person=person, meeting__starts_at__gte=since).values_list(
            "meeting_id", flat=True
        )
    )
    return [
        meeting
        for meeting in candidates
        if meeting.pk in invited_ids
        or any(
            seat.forum_id == meeting.forum_id and seat.is_active_on(meeting.local_day())
            for seat in memberships
        )
    ]
