"""The deadline rule: which deadline matters, when it falls, and how it stands on a given day."""

import datetime

import pytest

from klynge.meetings.models import Meeting
from klynge.meetings.tests.conftest import aware
from klynge.organisation.models import Forum
from klynge.workspace.deadlines import Due, Standing, deadline

State = Meeting.State
MEETING_DAY = datetime.date(2026, 12, 10)


def forum(agenda: int = 7, minutes: int = 14, warning: int = 3) -> Forum:
    return Forum(
        name="Klyngestyregruppen",
        agenda_days_before=agenda,
        minutes_days_after=minutes,
        deadline_warning_days=warning,
    )


def meeting(state: str = State.AGENDA_DRAFT, day: datetime.date = MEETING_DAY) -> Meeting:
    return Meeting(starts_at=aware(day, 8, 30), ends_at=aware(day, 11), state=state)


def on(today: datetime.date, state: str = State.AGENDA_DRAFT, **rules: int):
    return deadline(meeting(state), forum(**rules), today)


def test_the_agenda_is_due_the_forums_days_before_the_meeting():
    due = on(datetime.date(2026, 11, 1))
    assert (due.what, due.due_on) == (Due.AGENDA, datetime.date(2026, 12, 3))
    assert due.standing == Standing.OK
    assert due.days_left == 32
    assert on(datetime.date(2026, 11, 1), agenda=10).due_on == datetime.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("today", "standing", "days_left"),
    [
        (datetime.date(2026, 11, 29), Standing.OK, 4),
        (datetime.date(2026, 11, 30), Standing.WARNING, 3),
        (datetime.date(2026, 12, 3), Standing.WARNING, 0),
        (datetime.date(2026, 12, 4), Standing.OVERDUE, -1),
        # On the meeting day itself the agenda still matters: it never went out.
        (MEETING_DAY, Standing.OVERDUE, -7),
    ],
)
def test_the_agenda_deadline_warns_then_is_overdue(today, standing, days_left):
    due = on(today)
    assert (due.what, due.standing, due.days_left) == (Due.AGENDA, standing, days_left)


def test_a_published_agenda_has_met_its_deadline_even_late():
    for today in (datetime.date(2026, 11, 1), datetime.date(2026, 12, 8), MEETING_DAY):
        due = on(today, State.AGENDA_PUBLISHED)
        assert (due.what, due.standing) == (Due.AGENDA, Standing.DONE)


def test_a_planned_meeting_without_an_agenda_draft_is_judged_as_well():
    assert on(datetime.date(2026, 12, 1), State.PLANNED).standing == Standing.WARNING


def test_once_held_the_minutes_are_due_the_forums_days_after():
    due = on(MEETING_DAY, State.HELD)
    assert (due.what, due.due_on, due.standing) == (
        Due.MINUTES,
        datetime.date(2026, 12, 24),
        Standing.OK,
    )
    assert on(MEETING_DAY, State.HELD, minutes=5).due_on == datetime.date(2026, 12, 15)


def test_after_the_meeting_day_the_minutes_matter_even_if_nobody_marked_it_held():
    due = on(datetime.date(2026, 12, 11), State.AGENDA_PUBLISHED)
    assert (due.what, due.standing) == (Due.MINUTES, Standing.OK)


@pytest.mark.parametrize(
    ("today", "state", "standing"),
    [
        (datetime.date(2026, 12, 20), State.MINUTES_DRAFT, Standing.OK),
        (datetime.date(2026, 12, 21), State.MINUTES_DRAFT, Standing.WARNING),
        (datetime.date(2026, 12, 24), State.HELD, Standing.WARNING),
        (datetime.date(2026, 12, 25), State.MINUTES_DRAFT, Standing.OVERDUE),
        (datetime.date(2026, 12, 25), State.MINUTES_APPROVED, Standing.DONE),
        (datetime.date(2027, 3, 1), State.MINUTES_PUBLISHED, Standing.DONE),
    ],
)
def test_the_minutes_deadline(today, state, standing):
    due = on(today, state)
    assert (due.what, due.standing) == (Due.MINUTES, standing)


def test_overdue_days_are_counted_from_the_deadline():
    due = on(datetime.date(2026, 12, 30), State.MINUTES_DRAFT)
    assert (due.days_left, due.days_over) == (-6, 6)


def test_no_warning_period_warns_only_on_the_day():
    assert on(datetime.date(2026, 12, 2), warning=0).standing == Standing.OK
    assert on(datetime.date(2026, 12, 3), warning=0).standing == Standing.WARNING


def test_the_meeting_day_is_the_local_day():
    # 00:30 in Copenhagen is the evening before in UTC: the deadline follows the local day.
    late = Meeting(
        starts_at=aware(MEETING_DAY, 0, 30), ends_at=aware(MEETING_DAY, 2), state=State.PLANNED
    )
    assert deadline(late, forum(), datetime.date(2026, 11, 1)).due_on == datetime.date(2026, 12, 3)
