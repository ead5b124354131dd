"""Subscribable iCalendar files of a public forum's or a cluster's meetings.

Everyone may see when and where a public forum meets (klynge.publish.visibility), so an event
holds the time, the place and a link to the public meeting page, nothing else: no virtual
meeting address (it lets people into the meeting) and nothing from the agenda. The file itself
is built in klynge.meetings.ics, like every calendar Klynge writes.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_not_required
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from klynge.downloads import ICS, generated_file
from klynge.meetings import ics
from klynge.meetings.models import Meeting
from klynge.organisation.models import Cluster
from klynge.publish import visibility
from klynge.publish.feeds import public_url

HISTORY = datetime.timedelta(days=365)
# Calendar programs poll subscriptions; a quarter of an hour spares the server.
MAX_AGE = 15 * 60


def calendar_meetings(meetings: QuerySet[Meeting]) -> list[Meeting]:
    """The meetings a public calendar shows: upcoming ones and those of the last year."""
    since = timezone.now() - HISTORY
    return list(meetings.filter(starts_at__gte=since).select_related("forum").order_by("starts_at"))


def public_calendar(request: HttpRequest, meetings: list[Meeting], name: str) -> bytes:
    """The meetings as one iCalendar file named `name`, links absolute to this site."""

    def page(meeting: Meeting) -> str:
        return request.build_absolute_uri(public_url("public:meeting", meeting.pk))

    return ics.public_ics(meetings, name, page)


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = generated_file(content, ICS, filename, inline=True)
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
