"""Read-side selections of the registry used by several views and documents."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from klynge.text import danish_sort_key

from . import lineage
from .models import (
    Cluster,
    Forum,
    Membership,
    Organisation,
    Region,
    TermsOfReference,
)


@dataclass
class ForumNode:
    """A forum in the tree, with the fora that report to it."""

    forum: Forum
    children: list[ForumNode] = field(default_factory=list)


def forum_tree(fora: list[Forum]) -> list[ForumNode]:
    """Arrange fora by their reporting lines; a forum whose superior is absent is a root."""
    nodes = {forum.pk: ForumNode(forum) for forum in fora}
    roots = []
    for forum in fora:
        parent = nodes.get(forum.reports_to_id)
        (parent.children if parent else roots).append(nodes[forum.pk])
    return roots


def regions_with_fora() -> QuerySet[Region]:
    """Every region with its bodies and fora and the lineage of both, in twelve queries."""
    fora = Forum.objects.select_related("reports_to").order_by("position", "name")
    bodies = lineage.with_lineage(Cluster.objects.prefetch_related(Prefetch("fora", fora)))
    return lineage.regions_with_lineage(Region.objects.all()).prefetch_related(
        Prefetch("clusters", queryset=bodies),
        Prefetch("fora", queryset=fora.filter(cluster__isnull=True), to_attr="region_fora"),
    )


def forum_page_data(slug: str) -> Forum:
    """A forum with everything its page shows, in a fixed number of queries."""
    memberships = Membership.objects.select_related(
        "person__organisation", "party", "rule", "ex_officio_via__forum"
    )
    return (
        Forum.objects.select_related("cluster", "region", "reports_to", "continues__cluster")
        .prefetch_related(
            Prefetch("continued_as", queryset=Forum.objects.select_related("cluster")),
            Prefetch("memberships", queryset=memberships),
            Prefetch("terms", queryset=TermsOfReference.objects.prefetch_related("rules__party")),
            "reporting_fora",
            "cluster__parties",
        )
        .get(slug=slug)
    )


@dataclass
class PartyGroup:
    party: Organisation | None
    memberships: list[Membership]


def members_by_party(memberships: list[Membership]) -> list[PartyGroup]:
    """Memberships grouped by the party they represent, parties and names in Danish order."""
    groups: dict[int | None, PartyGroup] = {}
    for membership in memberships:
        group = groups.setdefault(membership.party_id, PartyGroup(membership.party, []))
        group.memberships.append(membership)
    for group in groups.values():
        group.memberships.sort(key=lambda m: (not m.is_chair, danish_sort_key(m.person.name)))
    return sorted(
        groups.values(),
        key=lambda g: (g.party is None, danish_sort_key(g.party.name if g.party else "")),
    )


def current_memberships(forum: Forum, day: datetime.date | None = None) -> list[Membership]:
    """The forum's memberships active on the day (today by default), from its prefetch."""
    day = day or timezone.localdate()
    return [m for m in forum.memberships.all() if m.is_active_on(day)]


@dataclass
class CheckLine:
    """One line of the composition check: "Skive Kommune: 1 af 2–4 chef-/lederrepræsentanter"."""

    who: str
    role_text: str
    count: int
    min_count: int
    max_count: int | None

    @property
    def met(self) -> bool:
        return self.count >= self.min_count and (
            self.max_count is None or self.count <= self.max_count
        )

    @property
    def too_many(self) -> bool:
        return self.max_count is not None and self.count > self.max_count

    @property
    def wanted(self) -> str:
        if self.max_count is None:
            return f"≥ {self.min_count}"
        if self.max_count == self.min_count:
            return str(self.min_count)
        return f"{self.min_count}–{self.max_count}"


def composition_check(forum: Forum, day: datetime.date | None = None) -> list[CheckLine]:
    """Every rule of the forum's current terms of reference, with how many seats are filled.

    Works on the forum's prefetched memberships, terms and cluster parties (forum_page_data).
    """
    terms = forum.current_terms()
    if terms is None:
        return []
    seated = [
        m
        for m in current_memberships(forum, day)
        if m.role in Membership.SEATED_ROLES and m.rule_id
    ]
    filled = Counter((m.rule_id, m.party_id) for m in seated)
    per_rule = Counter(m.rule_id for m in seated)
    parties = sorted(forum.parties(), key=lambda p: danish_sort_key(p.name))
    lines = []
    for rule in terms.rules.all():
        if rule.from_each:
            for party in (p for p in parties if rule.matches(p)):
                lines.append(_line(str(party), rule, filled[(rule.pk, party.pk)]))
        else:
            lines.append(_line(rule.who(), rule, per_rule[rule.pk]))
    return lines


def _line(who: str, rule: object, count: int) -> CheckLine:
    return CheckLine(who, rule.role_text, count, rule.min_count, rule.max_count)
