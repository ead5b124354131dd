"""Meetings as iCalendar files: one meeting, a person's feed, a cluster's annual plan and the
public calendars of a forum or a cluster.

Every file is built by `calendar_ics`, so all share their headers, one DTSTAMP, the site's time
zone with VTIMEZONE blocks that cover the events, UIDs on the site's host, and a note naming the
meetings a calendar cannot hold. An event says when, where and a link; never any item's content.
(Not named icalendar.py: that would shadow the library.)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from klynge import validation
from klynge.organisation.models import Person

from .models import Meeting
from .printing import FORM, VIRTUAL
from .queries import feed_meetings

PRODID = "-//Klynge//Klynge//DA"
LEFT_OUT = (
    "{count} møde(r) med en dato uden for {first}–{last} kan ikke stå i en kalender og er udeladt."
)
# VTIMEZONE blocks cover a year beyond the events, for daylight saving on either side.
ZONE_MARGIN = datetime.timedelta(days=366)


def meeting_event(meeting: Meeting) -> Event:
    """One meeting for those who may read it: with the virtual address and how it is held
    (meeting.forum should be loaded)."""
    url = settings.KLYNGE_BASE_URL + meeting.get_absolute_url()
    event = _event(meeting, f"meeting-{meeting.pk}", url)
    place = _place(meeting)
    if place or meeting.virtual_address:
        event.add("location", place or meeting.virtual_address)
    event.add("description", _description(meeting, url))
    return event


def public_event(meeting: Meeting, url: str) -> Event:
    """One meeting for the public, linking to `url`: never the virtual meeting address, which
    lets people into the meeting (meeting.forum should be loaded)."""
    event = _event(meeting, f"public-meeting-{meeting.pk}", url)
    if place := _place(meeting):
        event.add("location", place)
    event.add("description", url)
    return event


def calendar_ics(
    meetings: list[Meeting],
    name: str = "",
    event: Callable[[Meeting], Event] = meeting_event,
) -> bytes:
    """The meetings in one VCALENDAR, each made a VEVENT by `event`; `name` for a subscription.

    Meetings dated outside the years Klynge accepts (stored before dates were bounded) cannot be
    written: they are left out and named in a note instead of breaking the file.
    """
    calendar = _calendar(name)
    meetings = _datable_meetings(calendar, meetings)
    stamp = timezone.now().astimezone(datetime.UTC)
    for meeting in meetings:
        entry = event(meeting)
        entry.add("dtstamp", stamp)
        calendar.add_component(entry)
    if meetings:
        zone = timezone.get_default_timezone()
        first = min(m.starts_at for m in meetings).astimezone(zone).date()
        last = max(m.ends_at for m in meetings).astimezone(zone).date()
        calendar.add_missing_timezones(first_date=first - ZONE_MARGIN, last_date=last + ZONE_MARGIN)
    return calendar.to_ical()


def meeting_ics(meeting: Meeting) -> bytes:
    """One meeting for the reader's calendar (meeting.forum should be loaded)."""
    return calendar_ics([meeting])


def person_feed_ics(person: Person) -> bytes:
    """A person's subscribable calendar of meetings (see queries.feed_meetings)."""
    return calendar_ics(feed_meetings(person), name=f"Klynge – {person.name}")


def public_ics(meetings: list[Meeting], name: str, url: Callable[[Meeting], str]) -> bytes:
    """A public forum's or cluster's subscribable calendar; `url` gives a meeting's public page."""
    return calendar_ics(meetings, name, lambda meeting: public_event(meeting, url(meeting)))


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _event(meeting: Meeting, uid: str, url: str) -> Event:
    zone = timezone.get_default_timezone()
    event = Event()
    event.add("uid", f"{uid}@{_uid_host()}")
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", _summary(meeting))
    event.add("url", url)
    return event


def _uid_host() -> str:
    return urlsplit(settings.KLYNGE_BASE_URL).hostname or "klynge"


def _summary(meeting: Meeting) -> str:
    return f"{meeting.forum.name}: {meeting.title}" if meeting.title else meeting.forum.name


def _place(meeting: Meeting) -> str:
    return ", ".join(line.strip() for line in meeting.place.splitlines() if line.strip())


def _description(meeting: Meeting, url: str) -> str:
    lines = [
        f"{VIRTUAL}: {meeting.virtual_address}" if meeting.virtual_address else "",
        f"{FORM}: {meeting.booking_note}" if meeting.booking_note else "",
        f"Dagsorden og referat: {url}",
    ]
    return "\n".join(line for line in lines if line)


def _datable_meetings(calendar: Calendar, meetings: list[Meeting]) -> list[Meeting]:
    shown = [m for m in meetings if _datable(m)]
    if len(shown) < len(meetings):
        note = LEFT_OUT.format(
            count=len(meetings) - len(shown),
            first=validation.EARLIEST.year,
            last=validation.LATEST.year,
        )
        calendar.add("x-klynge-note", note)
    return shown


def _datable(meeting: Meeting) -> bool:
    days = (meeting.starts_at.date(), meeting.ends_at.date())
    return all(validation.EARLIEST <= day <= validation.LATEST for day in days)
