"""The rotation's operations on the registry: registering a plan's periods and starting one.

Starting a period is where the plan meets the memberships: the previous co-chair of that side
leaves the chair and their born seats, the new one takes both.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from ..models import ChairRotationPeriod, Forum, Membership, Organisation, Person
from ..services import end_membership, save_membership

if TYPE_CHECKING:
    from .plan import Plan
    from .queries import RotationSetup

# A registered period: (starts_on, ends_on, the municipality's key).
Wanted = tuple[datetime.date, datetime.date, int]


def _same_side(membership: Membership, period: ChairRotationPeriod) -> bool:
    """Is the membership the co-chair the period replaces: municipal for a municipal period,
    the hospital side's otherwise?"""
    municipal = membership.party is not None and (
        membership.party.kind == Organisation.Kind.MUNICIPALITY
    )
    return municipal == period.is_municipal


@transaction.atomic
def start_period(
    period: ChairRotationPeriod, person: Person, day: datetime.date | None = None
) -> Membership:
    """Start a rotation period: the forum's previous co-chair of that side (municipal or
    hospital) leaves the chair the day before ``day`` (ends_on is ``day``, the first day without
    the seat), their born seats end with it (end_membership), and the named person becomes
    co-chair for the period's party, with born seats where the previous co-chair had them.

    Returns the new co-chair membership.
    """
    day = day or period.starts_on
    if period.is_started:
        raise ValidationError(_("The period has already started."))
    if person.pk is None:
        raise ValidationError({"person": _("Choose the person who takes the chair.")})
    forum = period.forum
    current = forum.memberships.active_on(day).select_related("party", "rule")
    previous = [m for m in current.filter(role=Membership.Role.CO_CHAIR) if _same_side(m, period)]
    rule = next((m.rule for m in previous if m.rule and m.rule.matches(period.party)), None)
    born_seats = []
    for old in previous:
        born_seats += list(
            old.ex_officio_memberships.filter(ends_on__isnull=True).select_related("forum", "rule")
        )
        end_membership(old, day)
    # The person's own seat in the forum (e.g. as a member) gives way to the chair.
    for own in current.filter(person=person).exclude(pk__in=[m.pk for m in previous]):
        rule = rule or (own.rule if own.rule and own.rule.matches(period.party) else None)
        end_membership(own, day)
    chair = save_membership(
        Membership(
            forum=forum,
            person=person,
            party=period.party,
            role=Membership.Role.CO_CHAIR,
            rule=rule,
            starts_on=day,
        )
    )
    for born in born_seats:
        if born.forum.memberships.active_on(day).filter(person=person).exists():
            continue
        save_membership(
            Membership(
                forum=born.forum,
                person=person,
                party=period.party,
                role=born.role,
                rule=born.rule if born.rule and born.rule.matches(period.party) else None,
                position_text=born.position_text,
                starts_on=day,
                ex_officio_via=chair,
            )
        )
    period.person, period.membership = person, chair
    period.save(update_fields=["person", "membership"])
    return chair


@transaction.atomic
def save_rotation_period(period: ChairRotationPeriod) -> ChairRotationPeriod:
    period.full_clean()
    period.save()
    return period


@transaction.atomic
def register_plan(setup: RotationSetup, plan: Plan, from_year: int) -> list[ChairRotationPeriod]:
    """Register the plan's municipal periods from from_year on as the cluster's. Periods not yet
    started that the plan replaces are removed (the audit trail keeps them); a started period the
    plan would change stops the registration.

    Returns the periods created.
    """
    parties = {m.name: m.pk for m in setup.municipalities}
    appointed = plan.appointed_from(from_year)
    created = []
    for forum in setup.fora:
        wanted = {
            (
                datetime.date(p.first_year, 1, 1),
                datetime.date(p.last_year + 1, 1, 1),
                parties[p.municipality],
            )
            for p in appointed
            if p.forum == forum.slug
        }
        if wanted:
            created += _register(forum, wanted, datetime.date(from_year, 1, 1))
    return created


def _register(forum: Forum, wanted: set[Wanted], start: datetime.date) -> list[ChairRotationPeriod]:
    """Make the forum's municipal periods from start on the wanted ones; the one running at
    start ends there."""
    registered = ChairRotationPeriod.objects.filter(
        forum=forum, party__kind=Organisation.Kind.MUNICIPALITY
    )
    kept = _remove_replaced(forum, registered.filter(starts_on__gte=start), wanted)
    for earlier in registered.filter(starts_on__lt=start):
        if earlier.ends_on is None or earlier.ends_on > start:
            earlier.ends_on = start
            save_rotation_period(earlier)
    return [
        save_rotation_period(
            ChairRotationPeriod(forum=forum, party_id=party, starts_on=starts_on, ends_on=ends_on)
        )
        for starts_on, ends_on, party in sorted(wanted - kept)
    ]


def _remove_replaced(
    forum: Forum, registered: QuerySet[ChairRotationPeriod], wanted: set[Wanted]
) -> set[Wanted]:
    """Delete the registered periods the plan does not keep; return those it keeps."""
    kept = set()
    for old in registered:
        key = (old.starts_on, old.ends_on, old.party_id)
        if key in wanted:
            kept.add(key)
        elif old.is_started:
            raise ValidationError(
                _("%(forum)s %(period)s has started and is not changed by a plan.")
                % {"forum": forum.name, "period": old.label}
            )
        else:
            old.delete()
    return kept
