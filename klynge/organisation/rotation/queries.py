"""A cluster's rotation data, read in a fixed number of queries and given to the planner."""

from __future__ import annotations

from dataclasses import dataclass

from klynge.text import danish_sort_key

from ..models import ChairRotationPeriod, Cluster, Forum, Membership, Organisation, Person
from .plan import THEME_PERIOD_YEARS, Period, Plan, PlannedForum, election_periods, propose


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

    def planned_forum(self, forum: Forum, years: int = THEME_PERIOD_YEARS) -> PlannedForum:
        return PlannedForum(forum.slug, forum.name, self.hospital_name(forum), years)

    def as_periods(self, forum: Forum, until: int) -> list[Period]:
        """The forum's registered municipal periods as the planner's periods."""
        return [
            Period(
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
    ) -> Plan:
        """The planner's proposal from plan_from for ``ahead`` political periods: the registered
        periods before plan_from are the history, the steering group's municipality per political
        period is the given one."""
        history = {forum.slug: self.as_periods(forum, plan_from - 1) for forum in self.fora}
        given = history.pop(self.steering.slug)
        given += election_periods(self.steering.slug, plan_from, ahead, steering)
        return propose(
            self.planned_forum(self.steering),
            [self.planned_forum(t, years.get(t.slug, THEME_PERIOD_YEARS)) for t in self.themes],
            [m.name for m in self.municipalities],
            given,
            history,
            hospital_changes=self.hospital_changes(),
        )

    def registered_plan(self) -> Plan:
        """The registered periods as a plan, to show and check like a proposal."""
        ends = [p.last_year for p in self.periods if p.last_year is not None]
        until = max([*ends, *(p.first_year for p in self.periods)], default=0)
        return Plan(
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


def people_by_party(setup: RotationSetup) -> dict[int, list[Person]]:
    """The people of each party with a registered period, in Danish order: whom a period can
    seat, read in one query for the whole page."""
    parties = {p.party_id for p in setup.periods}
    grouped: dict[int, list[Person]] = {}
    for person in Person.objects.filter(organisation__in=parties):
        grouped.setdefault(person.organisation_id, []).append(person)
    return {k: sorted(v, key=lambda p: danish_sort_key(p.name)) for k, v in grouped.items()}
