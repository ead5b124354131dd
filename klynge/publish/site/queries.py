"""Read-side selections of the public site. Every selection starts from klynge.publish.visibility,
the one rule of what is public, and each page needs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils import timezone

from klynge.meetings.models import AgendaItem, Decision, DocumentVersion, Meeting
from klynge.organisation import lineage
from klynge.organisation.models import Cluster, Forum, Membership, Region, TermsOfReference
from klynge.portfolio.models import Initiative
from klynge.publish import visibility
from klynge.text import danish_sort_key

# How many meetings and decisions the overview pages list; the full lists are one click away.
UPCOMING_LIMIT = 10
LATEST_LIMIT = 10


@dataclass
class MeetingRow:
    """A meeting in a list, with what of it is public."""

    meeting: Meeting
    agenda: bool
    minutes: bool


@dataclass
class RegionEntry:
    region: Region
    clusters: list[Cluster]
    fora: list[Forum]


@dataclass
class MemberRow:
    membership: Membership
    contact: dict[str, str]


def _rows(meetings: QuerySet[Meeting] | list[Meeting]) -> list[MeetingRow]:
    return [
        MeetingRow(m, visibility.agenda_is_public(m), visibility.minutes_are_public(m))
        for m in meetings
    ]


def _by_name(objects: list) -> list:
    return sorted(objects, key=lambda o: danish_sort_key(o.name))


# --- index and region ---------------------------------------------------------------------------


def regions_overview() -> list[RegionEntry]:
    """Every region with its clusters and its public region-level fora: three queries."""
    clusters: dict[int, list[Cluster]] = defaultdict(list)
    for cluster in Cluster.objects.all():
        clusters[cluster.region_id].append(cluster)
    fora: dict[int, list[Forum]] = defaultdict(list)
    for forum in visibility.public_fora().filter(cluster__isnull=True):
        fora[forum.region_id].append(forum)
    return [
        RegionEntry(region, _by_name(clusters[region.pk]), fora[region.pk])
        for region in _by_name(list(Region.objects.all()))
    ]


def region_or_404(slug: str) -> Region:
    """The region with its predecessors and successors."""
    region = lineage.regions_with_lineage(Region.objects.filter(slug=slug)).first()
    if region is None:
        raise Http404("No such region.")
    return region


def region_fora(region: Region) -> list[Forum]:
    return list(visibility.public_fora().filter(region=region, cluster__isnull=True))


def region_clusters(region: Region) -> list[Cluster]:
    """The region's bodies with their lineage: the current ones first, then those that ended."""
    bodies = _by_name(list(lineage.with_lineage(Cluster.objects.filter(region=region))))
    return sorted(bodies, key=lambda body: body.has_ended)


# --- meetings in lists ------------------------------------------------------------------------


def upcoming_meetings(meetings: QuerySet[Meeting], limit: int = UPCOMING_LIMIT) -> list[MeetingRow]:
    soon = meetings.filter(ends_at__gte=timezone.now()).order_by("starts_at")
    return _rows(soon.select_related("forum")[:limit])


def latest_published(meetings: QuerySet[Meeting], limit: int = LATEST_LIMIT) -> list[MeetingRow]:
    """Meetings with a published agenda (and perhaps minutes), the newest first."""
    published = meetings.filter(agenda_published_at__isnull=False).order_by("-starts_at")
    return _rows(published.select_related("forum")[:limit])


def cluster_meetings(cluster: Cluster) -> QuerySet[Meeting]:
    return visibility.public_meetings().filter(forum__cluster=cluster)


def region_meetings(region: Region) -> QuerySet[Meeting]:
    return visibility.public_meetings().filter(forum__region=region, forum__cluster__isnull=True)


# --- cluster ----------------------------------------------------------------------------------


def cluster_or_404(slug: str, with_lineage: bool = False) -> Cluster:
    """The body; with its predecessors and successors for its overview page."""
    bodies = Cluster.objects.select_related("region")
    cluster = (lineage.with_lineage(bodies) if with_lineage else bodies).filter(slug=slug).first()
    if cluster is None:
        raise Http404("No such cluster.")
    return cluster


def cluster_fora(cluster: Cluster) -> list[Forum]:
    return list(visibility.public_fora().filter(cluster=cluster))


def cluster_decisions(cluster: Cluster) -> QuerySet[Decision]:
    """Public decisions of the cluster's fora, the newest meeting first."""
    return (
        visibility.public_decisions()
        .filter(item__meeting__forum__cluster=cluster)
        .select_related("item__meeting__forum", "recommendation")
        .order_by("-item__meeting__starts_at", "item__position", "item_id", "position", "pk")
    )


def filtered_decisions(
    cluster: Cluster, forum: Forum | None, year: int | None
) -> QuerySet[Decision]:
    decisions = cluster_decisions(cluster)
    if forum is not None:
        decisions = decisions.filter(item__meeting__forum=forum)
    if year is not None:
        decisions = decisions.filter(item__meeting__starts_at__year=year)
    return decisions


def decision_years(cluster: Cluster) -> list[int]:
    """The years in which the cluster's fora made public decisions, the newest first."""
    years = (
        visibility.public_decisions()
        .filter(item__meeting__forum__cluster=cluster)
        .annotate(year=ExtractYear("item__meeting__starts_at"))
        .values_list("year", flat=True)
        .order_by("-year")
        .distinct()
    )
    return list(years)


def cluster_initiatives(cluster: Cluster) -> QuerySet[Initiative]:
    return (
        visibility.public_initiatives()
        .filter(owner_forum__cluster=cluster)
        .select_related("owner_forum", "fund")
        .order_by("fund__start_year", "fund__name", "position", "pk")
    )


# --- forum ------------------------------------------------------------------------------------


def forum_or_404(slug: str, with_lineage: bool = False) -> Forum:
    """A public forum; a forum taken off the public site does not exist here. With lineage: the
    forum it carries on and the public fora that carry it on."""
    fora = visibility.public_fora().select_related("cluster", "region")
    if with_lineage:
        carried = Prefetch("continued_as", visibility.public_fora().select_related("cluster"))
        fora = fora.select_related("continues__cluster").prefetch_related(carried)
    forum = fora.filter(slug=slug).first()
    if forum is None:
        raise Http404("No such forum.")
    return forum


def terms_in_force(forum: Forum) -> TermsOfReference | None:
    """The approved terms of reference in force; superseded versions and drafts are not."""
    approved = visibility.public_terms().filter(
        forum=forum, status=TermsOfReference.Status.APPROVED
    )
    return approved.order_by("-version").first()


_ROLE_ORDER = {role: n for n, role in enumerate(Membership.Role.values)}


def forum_members(forum: Forum) -> list[MemberRow]:
    """Today's members, chairs first, each with the contact details the person allows shown."""
    seats = (
        visibility.public_memberships()
        .filter(forum=forum)
        .current()
        .select_related("person__organisation", "party")
    )
    ordered = sorted(
        seats, key=lambda m: (_ROLE_ORDER.get(m.role, 99), danish_sort_key(m.person.name))
    )
    return [MemberRow(m, visibility.public_contact(m.person)) for m in ordered]


def forum_meetings(forum: Forum) -> tuple[list[MeetingRow], list[MeetingRow]]:
    """The forum's meetings: upcoming (the soonest first) and past (the newest first)."""
    meetings = list(visibility.public_meetings().filter(forum=forum).order_by("starts_at"))
    for meeting in meetings:
        meeting.forum = forum
    now = timezone.now()
    upcoming = [m for m in meetings if m.ends_at >= now]
    past = [m for m in reversed(meetings) if m.ends_at < now]
    return _rows(upcoming), _rows(past)


# --- meeting ----------------------------------------------------------------------------------


def meeting_or_404(pk: int) -> Meeting:
    """A meeting of a public forum, with the number of its newest document version (for the
    page's cache key)."""
    newest = DocumentVersion.objects.filter(meeting=OuterRef("pk")).order_by("-pk").values("pk")
    meeting = (
        visibility.public_meetings()
        .select_related("forum__cluster", "forum__region")
        .annotate(newest_version=Subquery(newest[:1]))
        .filter(pk=pk)
        .first()
    )
    if meeting is None:
        raise Http404("No such meeting.")
    return meeting


def item_outline(meeting: Meeting) -> list[tuple[object, ...]]:
    """Each item's key, place, kind, duration and closed flag: what numbers and times depend on
    and what decides which items show."""
    fields = ("pk", "position", "kind", "duration_minutes", "closed")
    return list(AgendaItem.objects.filter(meeting_id=meeting.pk).values_list(*fields))
