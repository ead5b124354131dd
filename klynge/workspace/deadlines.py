"""When a meeting's agenda and minutes are due, and how that deadline stands on a given day.

The agenda is due the forum's `agenda_days_before` days before the meeting day and is met by
publishing it; the minutes are due `minutes_days_after` days after the meeting day and are met
when they are approved (from then on they are a record the members read). Until the meeting is
held, and on its day, the agenda's deadline is the one that matters; once it is held or its day
has passed, the minutes'. A deadline `deadline_warning_days` away or closer is a warning, a day
past it is overdue.

No database here: the front page judges a whole list of meetings with what it has loaded.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from klynge.meetings.models import Meeting
from klynge.organisation.models import Forum


class Due(StrEnum):
    AGENDA = "agenda"
    MINUTES = "minutes"


class Standing(StrEnum):
    OK = "ok"
    WARNING = "warning"
    OVERDUE = "overdue"
    DONE = "done"


# The state of the cycle that meets each deadline.
MET_BY = {Due.AGENDA: Meeting.State.AGENDA_PUBLISHED, Due.MINUTES: Meeting.State.MINUTES_APPROVED}


@dataclass(frozen=True)
class Deadline:
    what: Due
    due_on: datetime.date
    standing: Standing
    # From the day judged to the deadline: negative once it has passed.
    days_left: int

    @property
    def days_over(self) -> int:
        return -self.days_left


def deadline(meeting: Meeting, forum: Forum, today: datetime.date) -> Deadline:
    """The deadline that matters for the meeting today, by its forum's rules."""
    day = meeting.local_day()
    if meeting.is_held or day < today:
        what, due_on = Due.MINUTES, day + datetime.timedelta(days=forum.minutes_days_after)
    else:
        what, due_on = Due.AGENDA, day - datetime.timedelta(days=forum.agenda_days_before)
    days_left = (due_on - today).days
    return Deadline(what, due_on, _standing(meeting, what, days_left, forum), days_left)


def _standing(meeting: Meeting, what: Due, days_left: int, forum: Forum) -> Standing:
    if meeting.is_past(MET_BY[what]):
        return Standing.DONE
    if days_left < 0:
        return Standing.OVERDUE
    if days_left <= forum.deadline_warning_days:
        return Standing.WARNING
    return Standing.OK
