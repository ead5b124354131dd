"""Building blocks for the seed meetings' follow-up: actions, referrals, the backlog of items for
coming meetings and the planned meetings the seeds announce.

The data lives in ``followup_003`` and ``followup_004`` as Python literals; this module turns
them into rows through the follow-up services, so the demo meets the same rules as the screens.
Every row is found by its natural key before it is made (an action and a backlog item by forum and
title, a planned meeting by forum and day), so running the build twice creates nothing new.

An agenda item of a seed meeting is named by the start of its title as held in the meeting's spec
(``meeting_003.MEETING`` / ``meeting_004.MEETING``); a decision by the number of the
recommendation it answers, or ``WITHOUT_RECOMMENDATION`` for the item's decision that answers none
(seed 003 item 4's "videreføres i voksentemagruppen for somatik").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from klynge.followup import services
from klynge.followup.models import Action, BacklogItem
from klynge.meetings import services as meeting_services
from klynge.meetings.models import AgendaItem, Decision, Meeting
from klynge.organisation.models import Forum, Organisation, Person

from .helpers import forum
from .meeting_cycle import MeetingSpec, existing, silent_mail

# The decision of an item that answers no numbered recommendation.
WITHOUT_RECOMMENDATION = 0


@dataclass(frozen=True)
class ActionSpec:
    """Who does what by when. Exactly one of person, party and forum_slug names the responsible."""

    item: str
    title: str
    decision: int | None = None
    person: str = ""
    party: str = ""
    forum_slug: str = ""
    due_on: datetime.date | None = None
    done_on: datetime.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ReferralSpec:
    """A matter forwarded from a seed item to another forum's backlog."""

    item: str
    to_forum: str
    title: str
    note: str
    decision: int | None = None


@dataclass(frozen=True)
class BacklogSpec:
    """A matter proposed for a coming meeting of a forum (``wanted_on``: that meeting's day)."""

    item: str
    forum_slug: str
    title: str
    description: str
    proposed_by: str
    wanted_on: datetime.date | None = None


@dataclass(frozen=True)
class PlannedMeeting:
    """A coming meeting a seed announces; it is created as planned, with no agenda yet."""

    forum_slug: str
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: str = ""
    booking_note: str = ""


@dataclass(frozen=True)
class FollowUp:
    """Everything that follows from one seed meeting."""

    meeting: MeetingSpec
    planned: list[PlannedMeeting]
    actions: list[ActionSpec]
    referrals: list[ReferralSpec]
    backlog: list[BacklogSpec]


def seed_meeting(spec: MeetingSpec) -> Meeting:
    found = existing(spec)
    if found is None:
        raise LookupError(f"The seed meeting {spec.title} is not built yet.")
    return found


def seed_item(meeting: Meeting, title_start: str) -> AgendaItem:
    """The meeting's one item whose title starts so."""
    return meeting.items.get(title__startswith=title_start)


def seed_decision(item: AgendaItem, number: int | None) -> Decision | None:
    if number is None:
        return None
    if number == WITHOUT_RECOMMENDATION:
        return item.decisions.get(recommendation__isnull=True)
    return item.decisions.get(recommendation__number=number)


def meeting_on(forum_slug: str, day: datetime.date) -> Meeting:
    return Meeting.objects.get(forum__slug=forum_slug, starts_at__date=day)


def build_planned(spec: PlannedMeeting) -> Meeting:
    """The planned meeting, unless the forum meets that day already."""
    found = Meeting.objects.filter(
        forum__slug=spec.forum_slug, starts_at__date=spec.starts_at.date()
    ).first()
    if found is not None:
        return found
    return meeting_services.create_meeting(
        forum(spec.forum_slug),
        title=spec.title,
        starts_at=spec.starts_at,
        ends_at=spec.ends_at,
        place=spec.place,
        booking_note=spec.booking_note,
    )


def build_action(meeting: Meeting, spec: ActionSpec) -> Action:
    found = Action.objects.filter(forum=meeting.forum, title=spec.title).first()
    if found is not None:
        return found
    item = seed_item(meeting, spec.item)
    action = Action(
        forum=meeting.forum,
        item=item,
        decision=seed_decision(item, spec.decision),
        title=spec.title,
        responsible_person=Person.objects.get(name=spec.person) if spec.person else None,
        responsible_party=Organisation.objects.get(name=spec.party) if spec.party else None,
        responsible_forum=forum(spec.forum_slug) if spec.forum_slug else None,
        due_on=spec.due_on,
        notes=spec.notes,
        # The actions are made when the minutes were approved, not on the day of the build.
        created_at=meeting.minutes_approved_at or meeting.ends_at,
    )
    if spec.done_on is not None:
        action.status = Action.Status.DONE
        action.completed_on = spec.done_on
    return services.save_action(action)


def build_referral(meeting: Meeting, spec: ReferralSpec) -> BacklogItem:
    to_forum: Forum = forum(spec.to_forum)
    found = BacklogItem.objects.filter(forum=to_forum, title=spec.title).first()
    if found is not None:
        return found
    item = seed_item(meeting, spec.item)
    referral = services.forward(
        item, to_forum, spec.note, seed_decision(item, spec.decision), title=spec.title
    )
    return referral.backlog_item


def build_backlog_item(meeting: Meeting, spec: BacklogSpec) -> BacklogItem:
    target: Forum = forum(spec.forum_slug)
    found = BacklogItem.objects.filter(forum=target, title=spec.title).first()
    if found is not None:
        return found
    return services.propose(
        target,
        spec.title,
        description=spec.description,
        proposed_by=spec.proposed_by,
        wanted_meeting=meeting_on(spec.forum_slug, spec.wanted_on) if spec.wanted_on else None,
        origin_item=seed_item(meeting, spec.item),
    )


def build_followup(data: FollowUp) -> None:
    """The planned meetings first (the backlog wants them), then actions, referrals, backlog."""
    with silent_mail():
        meeting = seed_meeting(data.meeting)
        for planned in data.planned:
            build_planned(planned)
        for action in data.actions:
            build_action(meeting, action)
        for referral in data.referrals:
            build_referral(meeting, referral)
        for waiting in data.backlog:
            build_backlog_item(meeting, waiting)
