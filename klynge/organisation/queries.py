"""Read-side selections of the registry used by several views and documents."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from klynge.text import danish_sort_key

from . import rotation
from .models import (
    ChairRotationPeriod,
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
    """Every region with its clusters and fora, in three queries."""
    fora = Forum.objects.select_related("reports_to").order_by("position", "name")
    return Region.objects.prefetch_related(
        Prefetch("clusters", queryset=Cluster.objects.prefetch_related(Prefetch("fora", fora))),
        Prefetch("fora", queryset=fora.filter(cluster__isnull=True), to_attr="region_fora"),
    )


def forum_page_data(slug: str) -> Forum:
    """A forum with everything its page shows, in a fixed number of queries."""
    memberships = Membership.objects.select_related(
        "person__organisation", "party", "rule", "ex_officio_via__forum"
    )
    return (
        Forum.objects.select_related("cluster", "region", "reports_to")
        .prefetch_related(
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


@dataclass
class RotationSetup:
    """A cluster's fora under the rotation plan, its municipalities and what is registered."""

    cluster: Cluster
    steering: Forum | None
    themes: list[Forum]
    municipalities: list[Organisation]
    periods: list[ChairRotationPeriod]
    chairs: list[Membership]
    hospitals: list[Organisation]

    @property
    def fora(self) -> list[Forum]:
        return [f for f in (self.steering, *self.themes) if f is not None]

    def municipal_periods(self, forum: Forum) -> list[ChairRotationPeriod]:
        return [p for p in self.periods if p.forum_id == forum.pk and p.is_municipal]

    def hospital_name(self, forum: Forum) -> str:
        """The hospital side of the forum's chair: registered, seated, or the cluster's hospital."""
        sides = [p.party for p in self.periods if p.forum_id == forum.pk and not p.is_municipal]
        sides += [
            m.party
            for m in self.chairs
            if m.forum_id == forum.pk and m.party and m.party.kind != Organisation.Kind.MUNICIPALITY
        ]
        party = (sides or self.hospitals or [None])[-1 if sides else 0]
        return (party.short_name or party.name) if party else ""

    def hospital_changes(self) -> dict[str, set[int]]:
        """Years in which a forum's hospital-side co-chair was or is to be replaced: every start
        of a hospital-side co-chair seat or registered period after the first."""
        changes: dict[str, set[int]] = {}
        for forum in self.fora:
            starts = {
                m.starts_on
                for m in self.chairs
                if m.forum_id == forum.pk
                and m.starts_on
                and m.party
                and m.party.kind != Organisation.Kind.MUNICIPALITY
            }
            starts |= {
                p.starts_on for p in self.periods if p.forum_id == forum.pk and not p.is_municipal
            }
            changes[forum.slug] = {day.year for day in sorted(starts)[1:]}
        return changes

    def planned_forum(self, forum: Forum, years: int = 2) -> rotation.PlannedForum:
        return rotation.PlannedForum(forum.slug, forum.name, self.hospital_name(forum), years)

    def as_periods(self, forum: Forum, until: int) -> list[rotation.Period]:
        """The forum's registered municipal periods as the planner's periods."""
        return [
            rotation.Period(
                forum.slug,
                p.first_year,
                min(p.last_year if p.last_year is not None else until, until),
                p.party.name,
                given=True,
            )
            for p in self.municipal_periods(forum)
            if p.first_year <= until
        ]

    def proposal(
        self, plan_from: int, ahead: int, steering: dict[int, str | None], years: dict[str, int]
    ) -> rotation.Plan:
        """The planner's proposal from plan_from for ``ahead`` political periods: the registered
        periods before plan_from are the history, the steering group's municipality per political
        period is the given one."""
        until = plan_from + rotation.ELECTION_PERIOD_YEARS * ahead - 1
        steering_periods = [
            p for p in self.as_periods(self.steering, plan_from - 1) if p.first_year < plan_from
        ]
        for start in range(plan_from, until, rotation.ELECTION_PERIOD_YEARS):
            last = start + rotation.ELECTION_PERIOD_YEARS - 1
            steering_periods.append(
                rotation.Period(self.steering.slug, start, last, steering.get(start), given=True)
            )
        history = {
            theme.slug: [
                p for p in self.as_periods(theme, plan_from - 1) if p.first_year < plan_from
            ]
            for theme in self.themes
        }
        return rotation.propose(
            self.planned_forum(self.steering),
            [self.planned_forum(t, years.get(t.slug, 2)) for t in self.themes],
            [m.name for m in self.municipalities],
            steering_periods,
            history,
            until,
            self.hospital_changes(),
        )

    def registered_plan(self) -> rotation.Plan:
        """The registered periods as a plan, to show and check like a proposal."""
        ends = [p.last_year for p in self.periods if p.last_year is not None]
        until = max([*ends, *(p.first_year for p in self.periods)], default=0)
        return rotation.Plan(
            self.planned_forum(self.steering),
            [self.planned_forum(t) for t in self.themes],
            [m.name for m in self.municipalities],
            {forum.slug: self.as_periods(forum, until) for forum in self.fora},
            self.hospital_changes(),
        )


def rotation_setup(cluster: Cluster) -> RotationSetup:
    """The cluster's steering group and theme groups with their rotation data, in four queries."""
    fora = list(
        cluster.fora.filter(kind__in=[Forum.Kind.STEERING, Forum.Kind.THEME_GROUP]).order_by(
            "position", "name"
        )
    )
    steering = next((f for f in fora if f.kind == Forum.Kind.STEERING), None)
    themes = [f for f in fora if f.kind == Forum.Kind.THEME_GROUP]
    parties = list(cluster.parties.all())
    municipalities = sorted(
        (p for p in parties if p.kind == Organisation.Kind.MUNICIPALITY),
        key=lambda p: danish_sort_key(p.name),
    )
    periods = list(
        ChairRotationPeriod.objects.filter(forum__in=fora)
        .select_related("forum", "party", "person", "membership")
        .order_by("starts_on")
    )
    chairs = list(
        Membership.objects.filter(forum__in=fora, role__in=Membership.CHAIR_ROLES).select_related(
            "party", "person"
        )
    )
    hospitals = [p for p in parties if p.kind == Organisation.Kind.HOSPITAL]
    return RotationSetup(cluster, steering, themes, municipalities, periods, chairs, hospitals)
