"""A meeting's times from an imported document, with a usual working-day slot where the
document gives none (the preview says so)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from klynge import validation

from .importer.parsed import ParsedItem, ParsedMeeting

DEFAULT_START = datetime.time(9, 0)
DEFAULT_LENGTH = datetime.timedelta(hours=2)


def _time(value: str | None) -> datetime.time | None:
    if not value:
        return None
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", value)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return datetime.time(int(match[1]), int(match[2]))


def _minutes(start: datetime.time | None, end: datetime.time | None) -> int:
    if start is None or end is None:
        return 0
    delta = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return max(delta, 0)


def durations(items: list[ParsedItem]) -> list[int]:
    """Each item's minutes from its times; an item without an end lasts until the next begins."""
    result = []
    for index, item in enumerate(items):
        start, end = _time(item.start_time), _time(item.end_time)
        if start and end is None and index + 1 < len(items):
            end = _time(items[index + 1].start_time)
        result.append(_minutes(start, end))
    return result


@dataclass
class MeetingTimes:
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    notes: list[str]


def meeting_times(parsed: ParsedMeeting, minutes: list[int]) -> MeetingTimes:
    """Start and end in Danish time; where the document gives none, a default, noted."""
    day = _day(parsed.date)
    notes = []
    timed = [i for i in parsed.items if _time(i.start_time)]
    start = _time(parsed.start_time) or (_time(timed[0].start_time) if timed else None)
    if start is None:
        start = DEFAULT_START
        notes.append(_("The document gives no time; the meeting is set to start at 09:00."))
    zone = timezone.get_default_timezone()
    starts_at = datetime.datetime.combine(day, start, tzinfo=zone)
    end = _time(parsed.end_time) or (_time(timed[-1].end_time) if timed else None)
    ends_at = datetime.datetime.combine(day, end, tzinfo=zone) if end else None
    if ends_at is None or ends_at <= starts_at:
        length = datetime.timedelta(minutes=sum(minutes)) or DEFAULT_LENGTH
        ends_at = starts_at + length
        notes.append(
            _("The document gives no end time; the meeting is set to end at %(time)s.")
            % {"time": f"{ends_at:%H:%M}"}
        )
    return MeetingTimes(starts_at, ends_at, notes)


def _day(value: str) -> datetime.date:
    if not value:
        raise ValidationError({"date": _("The document gives no date; enter the meeting's date.")})
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValidationError({"date": _("Enter a valid date.")}) from error
    try:
        validation.within_dates(day)
    except ValidationError as error:
        raise ValidationError({"date": error.messages}) from error
    return day
