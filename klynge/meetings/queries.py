"""Read-side selections of meetings used by pages, documents and feeds."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from .models import AgendaItem, Attendance, Meeting, MinutesApproval


def meeting_with_everything() -> QuerySet[Meeting]:
    """Meetings with all a document shows, in a fixed number of queries whatever the size."""
    items = AgendaItem.objects.prefetch_related("recommendations", "attachments", "decisions")
    attendances = Attendance.objects.select_related("person", "party", "substitute", "item")
    return Meeting.objects.select_related(
        "forum__cluster", "forum__region", "leader"
    ).prefetch_related(
        Prefetch("items", queryset=items),
        Prefetch("attendances", queryset=attendances),
        "minute_takers",
        Prefetch("approvals", queryset=MinutesApproval.objects.select_related("person")),
    )


def forum_meetings(forum_id: int) -> QuerySet[Meeting]:
    return Meeting.objects.filter(forum_id=forum_id).order_by("-starts_at")
