"""Idempotent building blocks for the demo data: every row is found by its natural key.

Running the builders twice creates nothing new: regions, clusters and fora are found by slug,
organisations and people by name, terms of reference by (forum, version), composition rules by
(terms, party, party kind, seat), memberships by (forum, person, start date). Memberships are saved
through ``services.save_membership`` so the registry's validation runs on demo data too.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from klynge.organisation import services
from klynge.organisation.models import (
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
    TermsOfReference,
)

# The seeds' times are Danish time (settings.TIME_ZONE).
CPH = timezone.get_default_timezone()

# The default start of a seat when the seed does not say when it began.
DEFAULT_START = datetime.date(2023, 1, 1)

Kind = Organisation.Kind
Role = Membership.Role


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def cluster(slug: str) -> Cluster:
    return Cluster.objects.get(slug=slug)


def organisation(name: str) -> Organisation:
    return Organisation.objects.get(name=name)


def forum(slug: str) -> Forum:
    return Forum.objects.get(slug=slug)


def upsert_organisation(
    name: str, kind: str, region_slug: str | None = None, short_name: str = ""
) -> Organisation:
    """An organisation by name; region None for national bodies (patient organisations)."""
    org, _ = Organisation.objects.update_or_create(
        name=name,
        defaults={
            "kind": kind,
            "short_name": short_name,
            "region": region(region_slug) if region_slug else None,
        },
    )
    return org


def upsert_forum(
    slug: str,
    name: str,
    kind: str,
    *,
    region_slug: str,
    cluster_slug: str | None = None,
    reports_to: Forum | None = None,
    **fields: object,
) -> Forum:
    """A forum by its slug; extra fields (meetings_per_year, decision_rule, …) as keywords."""
    forum_obj = Forum.objects.filter(slug=slug).first() or Forum(slug=slug)
    forum_obj.name = name
    forum_obj.kind = kind
    forum_obj.region = region(region_slug)
    forum_obj.cluster = cluster(cluster_slug) if cluster_slug else None
    forum_obj.reports_to = reports_to
    for field, value in fields.items():
        setattr(forum_obj, field, value)
    forum_obj.full_clean()
    forum_obj.save()
    return forum_obj


def upsert_terms(forum_obj: Forum, version: int, **fields: object) -> TermsOfReference:
    """A version of a forum's terms of reference; the seed text is the source of truth."""
    terms, _ = TermsOfReference.objects.update_or_create(
        forum=forum_obj, version=version, defaults=fields
    )
    return terms


@dataclass(frozen=True)
class Rule:
    """One composition line as written in a seed: a party (by name) or a kind of party.

    ``key`` names the rule in the demo code so seats can be linked to it.
    """

    key: str
    role_text: str
    min_count: int
    max_count: int | None
    party: str | None = None
    party_kind: str = ""
    from_each: bool = False


def upsert_rules(terms: TermsOfReference, rules: list[Rule]) -> dict[str, CompositionRule]:
    """The terms' composition rules, returned by their demo key for linking seats."""
    saved = {}
    for position, rule in enumerate(rules, start=1):
        party = organisation(rule.party) if rule.party else None
        row, _ = CompositionRule.objects.update_or_create(
            terms=terms,
            party=party,
            party_kind=rule.party_kind,
            role_text=rule.role_text,
            defaults={
                "min_count": rule.min_count,
                "max_count": rule.max_count,
                "from_each": rule.from_each,
                "position": position,
            },
        )
        row.full_clean()
        saved[rule.key] = row
    return saved


def upsert_person(
    name: str, title: str = "", org: str | None = None, email: str = "", phone: str = ""
) -> Person:
    """A person by name (names are unique within the demo).

    Only the details given are set, so a seed that names a person briefly does not blank out
    what another seed says about them (e.g. an e-mail address).
    """
    person = Person.objects.filter(name=name).first() or Person(name=name)
    given = {"title": title, "email": email, "phone": phone}
    for field, value in given.items():
        if value:
            setattr(person, field, value)
    if org:
        person.organisation = organisation(org)
    person.full_clean()
    person.save()
    return person


def seat(
    forum_obj: Forum,
    person: Person,
    *,
    party: str | None,
    role: str = Role.MEMBER,
    rule: CompositionRule | None = None,
    starts_on: datetime.date | None = DEFAULT_START,
    ends_on: datetime.date | None = None,
    position_text: str = "",
    ex_officio_via: Membership | None = None,
    is_contact: bool = False,
) -> Membership:
    """A membership found by (forum, person, start), validated and saved by the service."""
    membership = Membership.objects.filter(
        forum=forum_obj, person=person, starts_on=starts_on
    ).first() or Membership(forum=forum_obj, person=person, starts_on=starts_on)
    membership.party = organisation(party) if party else None
    membership.role = role
    membership.rule = rule
    membership.ends_on = ends_on
    membership.position_text = position_text
    membership.ex_officio_via = ex_officio_via
    membership.is_contact = is_contact
    return services.save_membership(membership)
