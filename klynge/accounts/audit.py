"""The audit trail (django-auditlog): every change to registry and meeting records, by whom,
when, before and after. Models file their entries under a forum or a meeting through
get_additional_data(), so a forum's or a meeting's whole trail is one query."""

from __future__ import annotations

from auditlog.models import LogEntry
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def _entries() -> QuerySet[LogEntry]:
    return LogEntry.objects.select_related("actor", "content_type").order_by("-timestamp", "-pk")


def forum_trail(forum_id: int) -> QuerySet[LogEntry]:
    """Changes to the forum, its memberships, terms of reference and meetings."""
    return _entries().filter(additional_data__forum=forum_id)


def meeting_trail(meeting_id: int) -> QuerySet[LogEntry]:
    """Changes to the meeting, its items, recommendations, decisions, attachments, attendance."""
    return _entries().filter(additional_data__meeting=meeting_id)


def render_trail(
    request: HttpRequest, entries: QuerySet[LogEntry], subject: object, crumbs: list[object]
) -> HttpResponse:
    """A page of the trail, newest first, a hundred entries a page."""
    page = Paginator(entries, 100).get_page(request.GET.get("side"))
    for entry in page:
        entry.change_rows = [
            (str(field), *[_shown(v) for v in [*values, "", ""][:2]])
            for field, values in entry.changes_display_dict.items()
        ]
    context = {"entries": page, "page_obj": page, "subject": subject, "crumbs": crumbs}
    return render(request, "accounts/history.html", context)


def _shown(value: object) -> str:
    # django-auditlog writes an empty value as "None".
    return "" if value in (None, "None") else str(value)
