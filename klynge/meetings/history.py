"""Recording a meeting that was held before Klynge knew of it: an imported document of minutes or
an agenda, and the demo's seed meetings.

The record goes through the same steps of the cycle as a live meeting — planned, items saved,
agenda published, held, minutes written, approved and published — each by the service the
secretariat's screens use, so it meets the same rules, and each dated on the day it happened.
Nothing is mailed: the services mail only for steps taken now.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from klynge.accounts.models import User
from klynge.organisation.models import Forum, Membership, Person

from . import services
from .models import AgendaItem, Attendance, Meeting

# (recommendation number or None for a free decision, outcome, text)
PastDecision = tuple[int | None, str, str]


@dataclass(frozen=True)
class PastItem:
    """An item as the record gives it. An attachment is (title, link); one known only by its
    title (an Attachment needs a file or a link) is listed under "Bilag" in the case text."""

    title: str
    kind: str = AgendaItem.Kind.DECISION
    # The number the record prints ("4", "4.a"); empty to count the items in order.
    number: str = ""
    presenters: str = ""
    duration_minutes: int = 0
    summary: str = ""
    case_text: str = ""
    guests: str = ""
    closed: bool = False
    recommendations: Sequence[str] = ()
    attachments: Sequence[tuple[str, str]] = ()
    minutes_text: str = ""
    dissent: str = ""
    decisions: Sequence[PastDecision] = ()


@dataclass(frozen=True)
class PastAttendance:
    """A person the record names as invited, with apologies sent or not. An empty role text
    takes the seat's; a substitute's entry names the member they stood in for."""

    person: Person
    apology: bool = False
    role_text: str = ""
    substitute_for: Person | None = None


@dataclass(frozen=True)
class PastApproval:
    """How the minutes were approved: by the chairs in Klynge, and/or outside it with a note."""

    chairs: Sequence[Person] = ()
    chairs_at: datetime.datetime | None = None
    outside_at: datetime.datetime | None = None
    outside_note: str = ""

    @property
    def at(self) -> datetime.datetime | None:
        return self.outside_at or self.chairs_at


@dataclass(frozen=True)
class PastMeeting:
    """A held meeting's record. Without `approval` it is an agenda only: the meeting is left
    with its agenda published. With `seated_invited` the forum's seated members were invited
    and the people listed besides them came as guests; without it the record names everyone
    invited itself and each is given the seat they held on the day, if any."""

    forum: Forum
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    agenda_published_at: datetime.datetime
    items: Sequence[PastItem]
    attendance: Sequence[PastAttendance] = ()
    seated_invited: bool = False
    place: str = ""
    leader: Person | None = None
    minute_takers: Sequence[Person] = ()
    booking_note: str = ""
    virtual_address: str = ""
    approval: PastApproval | None = None


@transaction.atomic
def record_past_meeting(past: PastMeeting, user: User | None = None) -> Meeting:
    """Save the record as a meeting that went through the whole cycle on its own dates."""
    meeting = services.create_meeting(
        past.forum,
        minute_takers=past.minute_takers,
        invite_seated=past.seated_invited,
        title=past.title,
        starts_at=past.starts_at,
        ends_at=past.ends_at,
        place=past.place,
        leader=past.leader,
        booking_note=past.booking_note,
        virtual_address=past.virtual_address,
    )
    items = [_save_item(meeting, item) for item in past.items]
    rows = _invite(meeting, past)
    if past.approval is None:
        # An agenda lists the apologies that had come in when it was sent.
        _record_apologies(meeting, past, rows)
    services.publish_agenda(meeting, user, at=past.agenda_published_at)
    if past.approval is not None:
        _record_apologies(meeting, past, rows)
        services.hold_meeting(meeting)
        for item, past_item in zip(items, past.items, strict=True):
            _record_minutes(item, past_item, user)
        _approve(meeting, past.approval, user)
        services.publish_minutes(meeting, at=past.approval.at)
    # The services changed the meeting through rows of their own.
    meeting.refresh_from_db()
    return meeting


def case_text(item: PastItem) -> str:
    """The case text, with the attachments known only by title listed under "Bilag"."""
    titles = [title for title, link in item.attachments if not link]
    if not titles:
        return item.case_text
    listing = "**Bilag**\n\n" + "\n".join(f"- {title}" for title in titles)
    return f"{item.case_text}\n\n{listing}" if item.case_text.strip() else listing


def item_is_numbered(kind: str) -> bool:
    return kind not in AgendaItem.UNNUMBERED


def _save_item(meeting: Meeting, past: PastItem) -> AgendaItem:
    item = AgendaItem(
        meeting=meeting,
        kind=past.kind,
        number_label=past.number if item_is_numbered(past.kind) else "",
        title=past.title,
        presenters=past.presenters,
        duration_minutes=past.duration_minutes,
        summary=past.summary,
        case_text=case_text(past),
        guests=past.guests,
        closed=past.closed,
    )
    services.save_item(item, recommendations=list(past.recommendations))
    for title, link in past.attachments:
        if link:
            services.add_attachment(item, title, url=link)
    return item


def _invite(meeting: Meeting, past: PastMeeting) -> dict[int, Attendance]:
    """Everyone the record names, once each, after those already invited."""
    rows = {a.person_id: a for a in meeting.attendances.all()}
    seats = {
        m.person_id: m
        for m in Membership.objects.active_on(meeting.local_day())
        .filter(forum=meeting.forum_id)
        .select_related("party")
    }
    start = meeting.attendances.aggregate(n=Max("position"))["n"] or 0
    for position, entry in enumerate(past.attendance, start + 1):
        if entry.person.pk not in rows:
            seat = None if past.seated_invited else seats.get(entry.person.pk)
            rows[entry.person.pk] = _attendance(meeting, entry, seat, position, past.seated_invited)
    return rows


def _attendance(
    meeting: Meeting, entry: PastAttendance, seat: Membership | None, position: int, guest: bool
) -> Attendance:
    role_text = entry.role_text or (seat.position_text if seat else "")
    return Attendance.objects.create(
        meeting=meeting,
        person=entry.person,
        party=seat.party if seat else entry.person.organisation,
        membership=seat,
        is_guest=guest,
        role_text=role_text[:200],
        position=position,
    )


def _record_apologies(meeting: Meeting, past: PastMeeting, rows: dict[int, Attendance]) -> None:
    """The apologies the record lists; a member a substitute stood in for sent apologies too,
    with the substitute named."""
    for entry in past.attendance:
        if entry.apology:
            _apology(rows[entry.person.pk])
    for entry in past.attendance:
        member = entry.substitute_for
        if member is None or member.pk == entry.person.pk:
            continue
        if member.pk not in rows:
            rows[member.pk] = Attendance(meeting=meeting, person=member, position=len(rows) + 1)
        _apology(rows[member.pk], substitute=entry.person)


def _apology(row: Attendance, substitute: Person | None = None) -> None:
    row.status = Attendance.Status.APOLOGY
    row.substitute = substitute
    row.save()


def _record_minutes(item: AgendaItem, past: PastItem, user: User | None) -> None:
    by_number = {rec.number: rec for rec in item.recommendations.all()}
    decisions = [
        (None if n is None else by_number[n], outcome, text) for n, outcome, text in past.decisions
    ]
    services.record_minutes(item, past.minutes_text, past.dissent, decisions, user)


def _approve(meeting: Meeting, approval: PastApproval, user: User | None) -> None:
    for chair in approval.chairs:
        services.approve_minutes(meeting, chair, user, at=approval.chairs_at)
    if approval.outside_at is not None:
        services.record_approval_outside(meeting, approval.outside_at, approval.outside_note, user)
