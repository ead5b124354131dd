"""Subscribable iCalendar files of a public forum's or a cluster's meetings.

Everyone may see when and where a public forum meets (klynge.publish.visibility), so an event
holds the time, the place and a link to the public meeting page, nothing else: no virtual
meeting address (it lets people into the meeting) and nothing from the agenda.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from klynge.meetings.models import Meeting
from klynge.meetings.renderers import datable_meetings
from klynge.organisation.models import Cluster
from klynge.publish import visibility
from klynge.publish.feeds import public_url

ICS = "text/calendar; charset=utf-8"
HISTORY = datetime.timedelta(days=365)
# Calendar programs poll subscriptions; a quarter of an hour spares the server.
MAX_AGE = 15 * 60


def calendar_meetings(meetings: QuerySet[Meeting]) -> list[Meeting]:
    """The meetings a public calendar shows: upcoming ones and those of the last year."""
    since = timezone.now() - HISTORY
    return list(meetings.filter(starts_at__gte=since).select_related("forum").order_by("starts_at"))


def public_event(meeting: Meeting, url: str, stamp: datetime.datetime) -> Event:
    """One meeting as a VEVENT for the public (meeting.forum should be loaded)."""
    zone = ZoneInfo(settings.TIME_ZONE)
    event = Event()
    event.add("uid", f"public-meeting-{meeting.pk}@{_uid_host()}")
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    summary = meeting.forum.name + (f": {meeting.title}" if meeting.title else "")
    event.add("summary", summary)
    place = ", ".join(line.strip() for line in meeting.place.splitlines() if line.strip())
    if place:
        event.add("location", place)
    event.add("url", url)
    event.add("description", url)
    return event


def public_calendar(request: HttpRequest, meetings: list[Meeting], name: str) -> bytes:
    """The meetings as one iCalendar file named `name`, links absolute to this site."""
    calendar = Calendar()
    calendar.add("prodid", "-//Klynge//Klynge//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now().astimezone(datetime.UTC)
    meetings = datable_meetings(calendar, meetings)
    for meeting in meetings:
        url = request.build_absolute_uri(public_url("public:meeting", meeting.pk))
        calendar.add_component(public_event(meeting, url, stamp))
    if meetings:
        # VTIMEZONE blocks covering every event, with a year's margin for daylight saving.
        calendar.add_missing_timezones(
            first_date=meetings[0].local_day() - HISTORY,
            last_date=meetings[-1].local_day() + HISTORY,
        )
    return calendar.to_ical()


def _uid_host() -> str:
    return urlsplit(settings.KLYNGE_BASE_URL).hostname or "klynge"


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=ICS)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


@login_not_required
@require_safe
def forum_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    forum = get_object_or_404(visibility.public_fora(), slug=slug)
    meetings = calendar_meetings(visibility.public_meetings().filter(forum=forum))
    content = public_calendar(request, meetings, f"{forum.name} – Klynge")
    return _ics(content, f"{forum.slug}.ics")


@login_not_required
@require_safe
def cluster_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    cluster = get_object_or_404(Cluster, slug=slug)
    meetings = calendar_meetings(visibility.public_meetings().filter(forum__cluster=cluster))
    content = public_calendar(request, meetings, f"{cluster.name} – Klynge")
    return _ics(content, f"{cluster.slug}.ics")
