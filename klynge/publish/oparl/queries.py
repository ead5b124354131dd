"""The public records OParl serves, annotated with OParl's timestamps and public numbering.

Which records are public is decided by klynge.publish.visibility alone; this module only narrows
its selections to one body and adds what OParl needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from klynge.meetings.models import (
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    DocumentVersion,
    Meeting,
    Recommendation,
)
from klynge.organisation.models import Cluster, Forum, Membership, Organisation, Person, Region
from klynge.publish import visibility

from .keys import Key
from .timestamps import first_logged, last_logged, last_logged_among, latest, unknown

# A break is no case: it gets no paper and no number.
CASELESS_KINDS = tuple(AgendaItem.UNNUMBERED)


def body_key(forum: Forum) -> Key:
    """Region-level fora belong to their region's body, the others to their cluster's."""
    if forum.cluster_id:
        return Key("cluster", forum.cluster_id)
    return Key("region", forum.region_id)


def find_body(key: Key) -> Cluster | Region:
    model = Cluster if key.kind == "cluster" else Region
    try:
        return model.objects.get(pk=key.pk)
    except model.DoesNotExist:
        raise Http404 from None


def all_bodies() -> list[tuple[Key, Cluster | Region]]:
    regions = [(Key("region", r.pk), r) for r in Region.objects.order_by("pk")]
    return regions + [(Key("cluster", c.pk), c) for c in Cluster.objects.order_by("pk")]


def body_fora(key: Key) -> QuerySet[Forum]:
    if key.kind == "cluster":
        return visibility.public_fora().filter(cluster_id=key.pk)
    return visibility.public_fora().filter(region_id=key.pk, cluster__isnull=True)


def with_forum_times(fora: QuerySet[Forum]) -> QuerySet[Forum]:
    # The forum's object lists its memberships, so a membership's change changes it too.
    seats = visibility.public_memberships().filter(forum=OuterRef(OuterRef("pk"))).values("pk")
    return fora.annotate(
        created=first_logged(Forum),
        modified=latest(last_logged(Forum), last_logged_among(Membership, seats)),
    )


def fora(within: QuerySet[Forum] | None = None) -> QuerySet[Forum]:
    chosen = within if within is not None else visibility.public_fora()
    return with_forum_times(chosen).select_related("cluster").order_by("pk")


def parties(within: QuerySet[Forum] | None = None) -> QuerySet[Organisation]:
    """The organisations public members sit for (municipalities, hospitals, …)."""
    seats = visibility.public_memberships().filter(party=OuterRef("pk"))
    if within is not None:
        seats = seats.filter(forum__in=within)
    return (
        Organisation.objects.filter(Exists(seats))
        .annotate(created=unknown(), modified=unknown())
        .order_by("pk")
    )


def memberships(within: QuerySet[Forum] | None = None) -> QuerySet[Membership]:
    seats = visibility.public_memberships()
    if within is not None:
        seats = seats.filter(forum__in=within)
    return (
        seats.select_related("forum")
        .annotate(
            created=first_logged(Membership),
            # A forum turning public makes its seats appear: that counts as their change.
            modified=latest(last_logged(Membership), last_logged(Forum, OuterRef("forum_id"))),
        )
        .order_by("pk")
    )


def people(within: QuerySet[Forum] | None = None) -> QuerySet[Person]:
    found = visibility.public_people()
    if within is not None:
        seated = Membership.objects.filter(person=OuterRef("pk"), forum__in=within)
        found = found.filter(Exists(seated))
    seats = visibility.public_memberships().filter(person=OuterRef(OuterRef("pk"))).values("pk")
    return found.annotate(
        created=first_logged(Person),
        modified=latest(last_logged(Person), last_logged_among(Membership, seats)),
    ).order_by("pk")


def person_memberships(person_ids: Iterable[int]) -> dict[int, list[Membership]]:
    grouped: dict[int, list[Membership]] = defaultdict(list)
    for seat in memberships().filter(person_id__in=list(person_ids)):
        grouped[seat.person_id].append(seat)
    return grouped


def forum_membership_ids(forum_ids: Iterable[int]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = defaultdict(list)
    seats = visibility.public_memberships().filter(forum_id__in=list(forum_ids)).order_by("pk")
    for forum_id, pk in seats.values_list("forum_id", "pk"):
        grouped[forum_id].append(pk)
    return grouped


def _newest_version(kind: str | None = None) -> Subquery:
    versions = DocumentVersion.objects.filter(meeting=OuterRef("pk"))
    if kind:
        versions = versions.filter(kind=kind)
    return Subquery(versions.order_by("-created_at").values("created_at")[:1])


def meetings(within: QuerySet[Forum] | None = None) -> QuerySet[Meeting]:
    found = visibility.public_meetings()
    if within is not None:
        found = found.filter(forum__in=within)
    logged = Coalesce(last_logged(Meeting), F("agenda_published_at"), F("starts_at"))
    return (
        found.select_related("forum")
        .annotate(
            created=Coalesce(first_logged(Meeting), F("agenda_published_at")),
            modified=latest(
                logged, _newest_version(), F("agenda_published_at"), F("minutes_published_at")
            ),
            agenda_changed=_newest_version(DocumentVersion.Kind.AGENDA),
            minutes_changed=_newest_version(DocumentVersion.Kind.MINUTES),
        )
        .order_by("pk")
    )


def _count_before(public: QuerySet[AgendaItem]) -> Subquery:
    """How many of the meeting's public items come up to and including this one."""
    position = OuterRef("position")
    earlier = Q(position__lt=position) | Q(position=position, pk__lte=OuterRef("pk"))
    before = public.filter(earlier, meeting=OuterRef("meeting"))
    counted = before.order_by().values("meeting").annotate(n=Count("pk")).values("n")
    return Subquery(counted)


def items(within: QuerySet[Forum] | None = None) -> QuerySet[AgendaItem]:
    """Public items with their place among the public items of their meeting: closed items
    are left out of the numbering too, so not even their count shows."""
    found = visibility.public_items()
    if within is not None:
        found = found.filter(meeting__forum__in=within)
    published = F("meeting__agenda_published_at")
    files = Attachment.objects.filter(item=OuterRef(OuterRef("pk"))).values("pk")
    return (
        found.select_related("meeting__forum")
        .annotate(
            public_order=_count_before(visibility.public_items()),
            public_number=_count_before(visibility.public_items().exclude(kind__in=CASELESS_KINDS)),
            created=Coalesce(first_logged(AgendaItem), published),
            modified=latest(
                Coalesce(last_logged(AgendaItem), published),
                published,
                F("meeting__minutes_published_at"),
                last_logged_among(Attachment, files),
            ),
        )
        .order_by("pk")
    )


def papers(within: QuerySet[Forum] | None = None) -> QuerySet[AgendaItem]:
    return items(within).exclude(kind__in=CASELESS_KINDS)


def attachments() -> QuerySet[Attachment]:
    published = F("item__meeting__agenda_published_at")
    return (
        visibility.public_attachments()
        .select_related("item__meeting")
        .annotate(
            created=Coalesce(first_logged(Attachment), published),
            modified=latest(Coalesce(last_logged(Attachment), published), published),
        )
        .order_by("item_id", "position", "pk")
    )


def by_item(rows: Iterable) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row.item_id].append(row)
    return grouped


def items_of_meetings(meeting_ids: Iterable[int]) -> dict[int, list[AgendaItem]]:
    grouped: dict[int, list[AgendaItem]] = defaultdict(list)
    for item in items().filter(meeting_id__in=list(meeting_ids)).order_by("position", "pk"):
        grouped[item.meeting_id].append(item)
    return grouped


def decisions_of(item_ids: Iterable[int]) -> dict[int, list[Decision]]:
    found = visibility.public_decisions().filter(item_id__in=list(item_ids))
    return by_item(found.select_related("recommendation"))


def recommendations_of(item_ids: Iterable[int]) -> dict[int, list[Recommendation]]:
    return by_item(visibility.public_recommendations().filter(item_id__in=list(item_ids)))


def attachments_of(item_ids: Iterable[int]) -> dict[int, list[Attachment]]:
    return by_item(attachments().filter(item_id__in=list(item_ids)))


def participants_of(meetings_shown: Iterable[Meeting]) -> dict[int, list[int]]:
    """Who attended, once the minutes (which name them) are public; only people the public
    already knows from a seat in a public forum."""
    held = [m.pk for m in meetings_shown if visibility.minutes_are_public(m)]
    present = Attendance.objects.filter(
        meeting_id__in=held,
        status=Attendance.Status.ATTENDING,
        person__in=visibility.public_people(),
    ).order_by("meeting_id", "position", "pk")
    grouped: dict[int, list[int]] = defaultdict(list)
    for meeting_id, person_id in present.values_list("meeting_id", "person_id"):
        grouped[meeting_id].append(person_id)
    return grouped
