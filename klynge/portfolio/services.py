"""Domain operations on funds, initiatives, budget lines and distribution keys.

The only writers: each validates (Danish messages through the catalogue), saves one by one so
that every change goes into the audit trail, and changes nothing when the input is bad.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from klynge.meetings.models import AgendaItem, Decision
from klynge.organisation.models import Person

from . import money
from .models import (
    Agreement,
    BudgetLine,
    DistributionKey,
    DistributionShare,
    Fund,
    Implementation,
    Initiative,
    Milestone,
    StatusReport,
)

Kind = BudgetLine.Kind


@transaction.atomic
def save_fund(fund: Fund) -> Fund:
    fund.full_clean()
    fund.save()
    return fund


@transaction.atomic
def save_initiative(
    initiative: Initiative,
    chairs: Iterable[Person] | None = None,
    agenda_items: Iterable[AgendaItem] | None = None,
) -> Initiative:
    """Validate and save an initiative; ``chairs`` and ``agenda_items`` replace the current ones
    when given."""
    initiative.full_clean()
    initiative.save()
    if chairs is not None:
        initiative.chairs.set(chairs)
    if agenda_items is not None:
        items = list(agenda_items)
        _check_items(initiative, items)
        initiative.agenda_items.set(items)
    return initiative


def _check_items(initiative: Initiative, items: list[AgendaItem]) -> None:
    region = initiative.fund.cluster.region_id
    cluster = initiative.fund.cluster_id
    for item in items:
        forum = item.meeting.forum
        if forum.cluster_id not in (None, cluster) or forum.region_id != region:
            raise ValidationError(
                {"agenda_items": _("The agenda item belongs to another cluster's meeting.")}
            )


def link_item(initiative: Initiative, item: AgendaItem) -> None:
    """Put an agenda item on the initiative's timeline."""
    _check_items(initiative, [item])
    initiative.agenda_items.add(item)


@transaction.atomic
def save_budget_line(line: BudgetLine) -> BudgetLine:
    """Validate and save a budget line.

    Refused: a year outside the fund's years; a negative amount except a carry-over; a decision
    of another cluster's meeting; budgets that together exceed the grant.
    """
    fund = line.initiative.fund
    errors: dict[str, str] = {}
    if line.year is not None and not fund.start_year <= line.year <= fund.end_year:
        errors["year"] = _("The year must lie within the fund's years %(years)s.") % {
            "years": fund.years_text
        }
    if line.amount_ore is not None and line.amount_ore < 0 and line.kind not in line.SIGNED:
        errors["amount_ore"] = _("Only a carry-over can be negative.")
    if line.amount_ore == 0 and line.kind == Kind.CARRY_OVER:
        errors["amount_ore"] = _("A carry-over of nothing is not a carry-over.")
    if line.decision_id:
        forum = (
            Decision.objects.select_related("item__meeting__forum")
            .get(pk=line.decision_id)
            .item.meeting.forum
        )
        if forum.cluster_id not in (None, fund.cluster_id) or forum.region_id != (
            fund.cluster.region_id
        ):
            errors["decision"] = _("The decision belongs to another cluster's meeting.")
    if line.party_id and not fund.cluster.parties.filter(pk=line.party_id).exists():
        errors["party"] = _("The party is not a party of the cluster.")
    if not errors and line.kind == Kind.BUDGET:
        others = BudgetLine.objects.filter(initiative__fund=fund, kind=Kind.BUDGET)
        if line.pk:
            others = others.exclude(pk=line.pk)
        allocated = (others.aggregate(total=Sum("amount_ore"))["total"] or 0) + line.amount_ore
        if allocated > fund.available_ore:
            errors["amount_ore"] = _(
                "The budgets would exceed the grant of %(granted)s by %(over)s."
            ) % {
                "granted": money.kr(fund.available_ore),
                "over": money.kr(allocated - fund.available_ore),
            }
    if errors:
        raise ValidationError(errors)
    line.full_clean()
    line.save()
    return line


@transaction.atomic
def carry_over(
    initiative: Initiative,
    from_year: int,
    to_year: int,
    amount_ore: int,
    decision: Decision | None = None,
    note: str = "",
) -> tuple[BudgetLine, BudgetLine]:
    """Move unspent budget from one year to a later one: a pair of carry-over lines."""
    if to_year <= from_year:
        raise ValidationError({"year": _("Money can only be carried over to a later year.")})
    if amount_ore <= 0:
        raise ValidationError({"amount_ore": _("The amount to carry over must be positive.")})
    out = save_budget_line(
        BudgetLine(
            initiative=initiative,
            year=from_year,
            kind=Kind.CARRY_OVER,
            amount_ore=-amount_ore,
            decision=decision,
            note=note,
        )
    )
    into = save_budget_line(
        BudgetLine(
            initiative=initiative,
            year=to_year,
            kind=Kind.CARRY_OVER,
            amount_ore=amount_ore,
            decision=decision,
            note=note,
        )
    )
    return out, into


@transaction.atomic
def save_distribution_key(
    fund: Fund,
    method: str,
    shares: list[tuple[object, int | None]],
    note: str = "",
) -> DistributionKey:
    """Set the fund's distribution key: ``shares`` are (party, population or per mille).

    Equal shares ignore the numbers; by population every party needs its population; custom
    shares must add up to 1000 per mille.
    """
    errors = []
    parties = [party for party, _n in shares]
    if not shares:
        errors.append(_("A distribution key needs at least one party."))
    if len({p.pk for p in parties}) != len(parties):
        errors.append(_("A party can only appear once in the key."))
    cluster_parties = set(fund.cluster.parties.values_list("pk", flat=True))
    if any(p.pk not in cluster_parties for p in parties):
        errors.append(_("The party is not a party of the cluster."))
    numbers = [n for _p, n in shares]
    if method == DistributionKey.Method.POPULATION and any(not n or n < 0 for n in numbers):
        errors.append(_("Every party needs its population."))
    if method == DistributionKey.Method.CUSTOM:
        if any(n is None or n < 0 for n in numbers):
            errors.append(_("Every party needs its share in per mille."))
        elif sum(numbers) != 1000:
            errors.append(
                _("The shares must add up to 1000 per mille, not %(sum)s.") % {"sum": sum(numbers)}
            )
    if method not in DistributionKey.Method.values:
        errors.append(_("Unknown distribution method."))
    if errors:
        raise ValidationError(errors)
    key, _created = DistributionKey.objects.update_or_create(
        fund=fund, defaults={"method": method, "note": note}
    )
    for old in key.shares.exclude(party__in=parties):
        old.delete()
    for party, number in shares:
        DistributionShare.objects.update_or_create(
            key=key,
            party=party,
            defaults={
                "population": number if method == DistributionKey.Method.POPULATION else None,
                "custom_permille": number if method == DistributionKey.Method.CUSTOM else None,
            },
        )
    return key


# Collaboration agreements ---------------------------------------------------------------------


@transaction.atomic
def save_agreement(agreement: Agreement) -> Agreement:
    agreement.full_clean()
    agreement.save()
    return agreement


@transaction.atomic
def save_milestone(milestone: Milestone) -> Milestone:
    milestone.full_clean()
    milestone.save()
    return milestone


@transaction.atomic
def save_implementation(implementation: Implementation) -> Implementation:
    """Validate and save a cluster's implementation: the implementing forum must belong to the
    cluster or be a region-level forum of the agreement's region."""
    implementation.full_clean()
    implementation.save()
    return implementation


@transaction.atomic
def add_status_report(report: StatusReport) -> StatusReport:
    """Register a status report; the newest report sets the implementation's status.

    Refused: an agenda item of a meeting outside the region, or of another cluster's forum.
    """
    implementation = report.implementation
    if report.agenda_item_id:
        forum = (
            AgendaItem.objects.select_related("meeting__forum")
            .get(pk=report.agenda_item_id)
            .meeting.forum
        )
        if forum.region_id != implementation.agreement.region_id or forum.cluster_id not in (
            None,
            implementation.cluster_id,
        ):
            raise ValidationError(
                {"agenda_item": _("The agenda item belongs to another cluster's meeting.")}
            )
    report.full_clean()
    report.save()
    newer = (
        implementation.reports.exclude(pk=report.pk)
        .filter(reported_on__gt=report.reported_on)
        .exists()
    )
    if not newer:
        implementation.status = report.status
        implementation.save(update_fields=["status", "updated"])
    return report
