"""The meeting cycle under way in the forum where the demo logins formand and medlem sit.

On the day the demo is built that forum has held a meeting a few days ago whose draft minutes
wait for the chairs' approval, and has the agenda of its next meeting, within two weeks, sent
out with attachments; the actions the minutes gave fall due in the coming weeks. Built again on
a later day, a meeting whose published agenda has meanwhile passed is held and minuted, and the
next agenda goes out, so the cycle moves on with the days rather than starting over.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify

from klynge.documents import render_pdf
from klynge.followup import services as followup_services
from klynge.followup.annual_plan import Habit
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Forum, Person

from .logins import LOGINS
from .present_items import ItemSpec
from .present_plan import PLANNING_NOTE, fill_agenda, forum_on, free_day, local, new_meeting

State = Meeting.State
DAY = datetime.timedelta(days=1)
SOON = datetime.timedelta(days=14)
RECENT = datetime.timedelta(days=30)
AFTERNOON = datetime.time(14, 0)
_MIDNIGHT = datetime.time()
APOLOGIES = 3


@dataclass(frozen=True)
class Cycle:
    """The meeting whose minutes wait for approval, and the one whose agenda is out."""

    held: Meeting | None
    published: Meeting | None


def build_cycle(
    fora: list[Forum], habit: Habit, today: datetime.date, days: list[datetime.date]
) -> Cycle:
    ours = Meeting.objects.filter(forum__in=fora, booking_note=PLANNING_NOTE)
    for meeting in ours.filter(state=State.AGENDA_PUBLISHED, starts_at__lt=local(today, _MIDNIGHT)):
        write_minutes(meeting, fora)
    held = ours.filter(
        state=State.MINUTES_DRAFT, starts_at__gte=local(today - RECENT, _MIDNIGHT)
    ).first() or _hold(fora, habit, today)
    published = ours.filter(
        state=State.AGENDA_PUBLISHED, starts_at__gte=local(today, _MIDNIGHT)
    ).first() or _publish(fora, habit, today, days)
    return Cycle(held, published)


def _hold(fora: list[Forum], habit: Habit, today: datetime.date) -> Meeting | None:
    """A meeting held a few days ago: agenda out a week before, apologies, minutes written."""
    day = free_day(today - 6 * DAY, today - 2 * DAY, habit.weekday, backwards=True)
    day = day or free_day(today - 3 * 7 * DAY, today - 2 * DAY, habit.weekday, backwards=True)
    forum = forum_on(fora, day) if day else None
    if forum is None:
        return None
    meeting = new_meeting(fora, forum, day, habit)
    fill_agenda(meeting)
    services.publish_agenda(meeting, at=local(day - 8 * DAY, AFTERNOON))
    _apologies(meeting)
    return write_minutes(meeting, fora)


def _publish(
    fora: list[Forum], habit: Habit, today: datetime.date, days: list[datetime.date]
) -> Meeting | None:
    """The next meeting within two weeks, with its agenda and attachments sent out yesterday."""
    meeting = _next_within(fora, today) or _new_soon(fora, habit, today, days)
    if meeting is None:
        return None
    for item, spec in fill_agenda(meeting):
        if spec is not None and spec.attachment and not item.attachments.exists():
            attach_pdf(item, spec)
    services.publish_agenda(meeting, at=local(today - DAY, AFTERNOON))
    return meeting


def _next_within(fora: list[Forum], today: datetime.date) -> Meeting | None:
    return (
        Meeting.objects.filter(
            forum__in=fora,
            booking_note=PLANNING_NOTE,
            state__in=[State.PLANNED, State.AGENDA_DRAFT],
            starts_at__gte=local(today + DAY, _MIDNIGHT),
            starts_at__lt=local(today + SOON, _MIDNIGHT),
        )
        .order_by("starts_at")
        .first()
    )


def _new_soon(
    fora: list[Forum], habit: Habit, today: datetime.date, days: list[datetime.date]
) -> Meeting | None:
    """A meeting on the annual plan's day within two weeks, else on the usual weekday (after the
    Christmas holidays, if they fill the two weeks)."""
    day = next((d for d in days if today + 2 * DAY <= d < today + SOON), None)
    day = day or free_day(today + 3 * DAY, today + SOON - DAY, habit.weekday)
    day = day or free_day(today + 3 * DAY, today + 5 * 7 * DAY, habit.weekday)
    forum = forum_on(fora, day) if day else None
    return new_meeting(fora, forum, day, habit) if forum else None


def attach_pdf(item: AgendaItem, spec: ItemSpec) -> None:
    """A small PDF written for the item, attached as the secretariat uploads one."""
    content = render_pdf("demo/attachment.html", {"title": spec.attachment, "item": item})
    upload = SimpleUploadedFile(f"{slugify(spec.attachment)}.pdf", content, "application/pdf")
    services.add_attachment(item, spec.attachment, upload=upload)


def _apologies(meeting: Meeting) -> None:
    """A few members who are neither chairs nor demo logins send apologies."""
    spared = {p.pk for p in services.chairs(meeting)} | {p.pk for p in _people().values()}
    invited = meeting.attendances.filter(is_guest=False).exclude(person__in=spared)
    for attendance in list(invited.order_by("position"))[2::7][:APOLOGIES]:
        services.record_apology(attendance)


def write_minutes(meeting: Meeting, fora: list[Forum]) -> Meeting:
    """Hold the meeting and write its minutes, a decision on every recommendation, and the
    actions they give; the chairs have yet to approve."""
    services.hold_meeting(meeting)
    people = _people()
    for item, spec in fill_agenda(meeting):
        if spec is None:
            continue
        numbered = {r.number: r for r in item.recommendations.all()}
        decisions = [(numbered[n], outcome, text) for n, outcome, text in spec.decisions]
        services.record_minutes(item, spec.minutes, "", decisions)
        for login, title, days in spec.actions:
            _action(meeting, fora, item, people[login], title, days)
    meeting.refresh_from_db()
    return meeting


def _action(
    meeting: Meeting, fora: list[Forum], item: AgendaItem, person: Person, title: str, days: int
) -> Action:
    """An action of the item's first decision, followed up where the line meets on the day."""
    day = meeting.local_day()
    due = day + days * DAY
    action = Action(
        forum=forum_on(fora, due) or meeting.forum,
        item=item,
        decision=item.decisions.order_by("position").first(),
        title=title,
        responsible_person=person,
        due_on=due,
        created_at=local(day + DAY, datetime.time(10, 0)),
    )
    return followup_services.save_action(action)


def _people() -> dict[str, Person]:
    """The registry's people behind the demo logins, by username."""
    names = {login.username: login.person for login in LOGINS if login.person}
    found = {p.name: p for p in Person.objects.filter(name__in=names.values())}
    return {username: found[name] for username, name in names.items() if name in found}
