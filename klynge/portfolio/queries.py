"""Read side of the portfolio: a fund's figures, an initiative's page and its timeline.

Every page loads with a fixed number of queries: the fund with its initiatives, their lines (with
the decisions that approved them) and the distribution key, then everything is summed in Python
on whole øre.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Max, Prefetch, Q, QuerySet

from klynge.accounts.permissions import can_see_item, forum_scope
from klynge.meetings.models import AgendaItem, Decision
from klynge.organisation.models import Cluster, Forum, Organisation, Region
from klynge.text import danish_sort_key

from . import distribution, money
from .models import (
    STATUS_BADGES,
    STATUS_LABELS,
    Agreement,
    BudgetLine,
    DistributionShare,
    Fund,
    Implementation,
    Initiative,
    Milestone,
    StatusReport,
)

Kind = BudgetLine.Kind

LINES = BudgetLine.objects.select_related(
    "party", "decision__item__meeting__forum", "decision__recommendation"
)


def funds() -> QuerySet[Fund]:
    return Fund.objects.select_related("cluster__region", "owner_forum")


def fund_page_data(pk: int) -> Fund:
    """The fund with everything its page and its export show."""
    return (
        funds()
        .prefetch_related(
            Prefetch(
                "initiatives",
                Initiative.objects.select_related("economy_party", "owner_forum").prefetch_related(
                    Prefetch("lines", LINES)
                ),
            ),
            Prefetch("distribution_key__shares", DistributionShare.objects.select_related("party")),
        )
        .get(pk=pk)
    )


def initiative_page_data(pk: int) -> Initiative:
    return (
        Initiative.objects.select_related(
            "fund__cluster__region",
            "fund__owner_forum",
            "owner_forum__cluster",
            "project_lead",
            "economy_party",
        )
        .prefetch_related("chairs", Prefetch("lines", LINES))
        .get(pk=pk)
    )


@dataclass
class Row:
    """One initiative's figures: budget per year and the totals of every kind."""

    initiative: Initiative
    budget: list[int]
    totals: dict[str, int]
    approximate: set[str] = field(default_factory=set)

    @property
    def budget_total(self) -> int:
        return sum(self.budget)

    def total(self, kind: str) -> int:
        return self.totals.get(kind, 0)


@dataclass
class Difference:
    """A total printed in the source that differs from the sum of its figures."""

    label: str
    stated_ore: int
    computed_ore: int


@dataclass
class Overview:
    fund: Fund
    years: list[int]
    rows: list[Row]
    year_totals: list[int]
    kind_totals: dict[str, int]
    lines_by_kind: dict[str, list[BudgetLine]]
    differences: list[Difference]
    settlement: distribution.Settlement | None
    settles_actuals: bool

    @property
    def allocated_ore(self) -> int:
        return sum(self.year_totals)

    @property
    def unallocated_ore(self) -> int:
        return self.fund.available_ore - self.allocated_ore

    def total(self, kind: str) -> int:
        return self.kind_totals.get(kind, 0)

    @property
    def refunds_after_fees_ore(self) -> int:
        """Surplus from VAT refunds left when the fees financed from it are paid."""
        return self.total(Kind.VAT_REFUND) - self.total(Kind.FEE)

    @property
    def has_status(self) -> bool:
        return any(
            row.initiative.economy_note or row.initiative.economy_status for row in self.rows
        )

    def amount(self, ore: int) -> str:
        return money.in_unit(ore, self.fund.unit)


def overview(fund: Fund) -> Overview:
    """Sum a fund loaded by fund_page_data (no further queries)."""
    years = fund.years
    index = {year: i for i, year in enumerate(years)}
    rows = []
    kind_totals: dict[str, int] = defaultdict(int)
    lines_by_kind: dict[str, list[BudgetLine]] = defaultdict(list)
    paid: dict[Organisation, int] = defaultdict(int)
    for initiative in fund.initiatives.all():
        budget = [0] * len(years)
        totals: dict[str, int] = defaultdict(int)
        approximate = set()
        for line in initiative.lines.all():
            line.initiative = initiative
            totals[line.kind] += line.amount_ore
            kind_totals[line.kind] += line.amount_ore
            lines_by_kind[line.kind].append(line)
            if line.approximate:
                approximate.add(line.kind)
            if line.kind == Kind.BUDGET and line.year in index:
                budget[index[line.year]] += line.amount_ore
            payer = line.party or initiative.economy_party
            if line.kind == Kind.ACTUAL and payer is not None:
                paid[payer] += line.amount_ore
        rows.append(Row(initiative, budget, dict(totals), approximate))
    year_totals = [sum(row.budget[i] for row in rows) for i in range(len(years))]
    settles_actuals = kind_totals.get(Kind.ACTUAL, 0) > 0
    return Overview(
        fund=fund,
        years=years,
        rows=rows,
        year_totals=year_totals,
        kind_totals=dict(kind_totals),
        lines_by_kind=dict(lines_by_kind),
        differences=_differences(fund, years, year_totals),
        settlement=_settlement(fund, kind_totals, paid, sum(year_totals), settles_actuals),
        settles_actuals=settles_actuals,
    )


def _differences(fund: Fund, years: list[int], year_totals: list[int]) -> list[Difference]:
    computed = {str(year): total for year, total in zip(years, year_totals, strict=True)}
    computed["total"] = sum(year_totals)
    differences = []
    for label, stated in (fund.stated_totals or {}).items():
        if label in computed and int(stated) != computed[label]:
            differences.append(Difference(label, int(stated), computed[label]))
    return differences


def _settlement(
    fund: Fund,
    kind_totals: dict[str, int],
    paid: dict[Organisation, int],
    allocated: int,
    settles_actuals: bool,
) -> distribution.Settlement | None:
    try:
        key = fund.distribution_key
    except Fund.distribution_key.RelatedObjectDoesNotExist:
        return None
    rows = list(key.shares.all())
    total = kind_totals.get(Kind.ACTUAL, 0) if settles_actuals else allocated
    return distribution.settle(
        key.method,
        rows,
        total,
        dict(paid) if settles_actuals else {},
        fund.small_amount_threshold_ore,
    )


@dataclass
class TimelineEntry:
    item: AgendaItem
    decisions: list[Decision]
    approves: list[BudgetLine]


def timeline(initiative: Initiative, user: object) -> list[TimelineEntry]:
    """Every agenda item about the initiative, across meetings and fora, in date order.

    The items linked to the initiative and the items whose decisions approved its budget lines;
    only those of fora the user reads, closed items only for those who read closed items.
    Decisions appear once the meeting is held.
    """
    items = (
        AgendaItem.objects.filter(
            Q(initiatives=initiative) | Q(decisions__budget_lines__initiative=initiative)
        )
        .distinct()
        .select_related("meeting__forum__cluster")
        .prefetch_related(Prefetch("decisions", Decision.objects.select_related("recommendation")))
        .order_by("meeting__starts_at", "meeting_id", "position", "pk")
    )
    approvals: dict[int, list[BudgetLine]] = defaultdict(list)
    for line in initiative.lines.all():
        if line.decision_id:
            approvals[line.decision_id].append(line)
    entries = []
    for item in items:
        if not can_see_item(user, item):
            continue
        decisions = list(item.decisions.all()) if item.meeting.is_held else []
        approves = [line for d in decisions for line in approvals.get(d.pk, [])]
        entries.append(TimelineEntry(item, decisions, approves))
    return entries


# Collaboration agreements ---------------------------------------------------------------------


def _clusters(region_id: int) -> list[Cluster]:
    """The region's clusters in Danish order (Aarhusklyngen after Randersklyngen)."""
    clusters = Cluster.objects.filter(region=region_id)
    return sorted(clusters, key=lambda c: danish_sort_key(c.name))


def _next(milestones: list[Milestone], today: datetime.date) -> Milestone | None:
    return next((m for m in milestones if m.date >= today), None)


@dataclass
class Cell:
    """One cluster's implementation of one agreement (None: not registered)."""

    agreement: Agreement
    cluster: Cluster
    implementation: Implementation | None
    next_milestone: Milestone | None = None
    last_report_on: datetime.date | None = None


@dataclass
class MatrixRow:
    cluster: Cluster
    cells: list[Cell]


@dataclass
class Matrix:
    region: Region
    agreements: list[Agreement]
    rows: list[MatrixRow]

    def forum_ids(self) -> set[int]:
        ids = {a.steering_forum_id for a in self.agreements if a.steering_forum_id}
        for row in self.rows:
            ids |= {
                c.implementation.implementing_forum_id
                for c in row.cells
                if c.implementation and c.implementation.implementing_forum_id
            }
        return ids


def agreements() -> QuerySet[Agreement]:
    return Agreement.objects.select_related("region", "steering_forum").prefetch_related(
        "milestones"
    )


def implementations() -> QuerySet[Implementation]:
    return Implementation.objects.select_related(
        "cluster", "implementing_forum", "next_milestone"
    ).annotate(last_report_on=Max("reports__reported_on"))


def _cell(
    agreement: Agreement,
    cluster: Cluster,
    implementation: Implementation | None,
    today: datetime.date,
) -> Cell:
    if implementation is None:
        return Cell(agreement, cluster, None)
    implementation.agreement = agreement
    implementation.cluster = cluster
    upcoming = implementation.next_milestone or _next(list(agreement.milestones.all()), today)
    return Cell(agreement, cluster, implementation, upcoming, implementation.last_report_on)


def region_matrix(region: Region, today: datetime.date | None = None) -> Matrix:
    """Clusters × agreements of a region, in four queries whatever their number: clusters,
    agreements (with their steering fora), their milestones, implementations with the date of
    their last report."""
    today = today or datetime.date.today()
    clusters = _clusters(region.pk)
    items = list(agreements().filter(region=region))
    found = {
        (i.agreement_id, i.cluster_id): i
        for i in implementations().filter(agreement__in=[a.pk for a in items])
    }
    rows = [
        MatrixRow(
            cluster,
            [_cell(a, cluster, found.get((a.pk, cluster.pk)), today) for a in items],
        )
        for cluster in clusters
    ]
    return Matrix(region, items, rows)


def agreement_rows(agreement: Agreement, today: datetime.date | None = None) -> list[Cell]:
    """Every cluster of the agreement's region with its implementation (if any)."""
    today = today or datetime.date.today()
    clusters = _clusters(agreement.region_id)
    found = {i.cluster_id: i for i in implementations().filter(agreement=agreement)}
    return [_cell(agreement, c, found.get(c.pk), today) for c in clusters]


def may_read_agreements(user: object, forum_ids: set[int], region: Region) -> bool:
    """Whoever reads the steering forum or any implementing forum; for a region without
    agreements, whoever reads a region-level forum of the region. One query."""
    fora = Forum.objects.filter(forum_scope(user))
    if forum_ids:
        fora = fora.filter(pk__in=forum_ids)
    else:
        fora = fora.filter(region=region, cluster__isnull=True)
    return fora.exists()


@dataclass
class ReportLine:
    """A cluster's status on the document's date: its newest report on or before the date."""

    cluster: Cluster
    implementation: Implementation | None
    report: StatusReport | None

    @property
    def status(self) -> str | None:
        if self.report is not None:
            return self.report.status
        return self.implementation.status if self.implementation else None

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status]) if self.status else ""

    @property
    def badge_class(self) -> str:
        return STATUS_BADGES.get(self.status, "badge")


def status_document(agreement: Agreement, day: datetime.date) -> list[ReportLine]:
    """All clusters' status for one agreement on one date (three queries)."""
    clusters = _clusters(agreement.region_id)
    found = {
        i.cluster_id: i
        for i in Implementation.objects.filter(agreement=agreement)
        .select_related("implementing_forum", "next_milestone")
        .prefetch_related(
            Prefetch(
                "reports",
                StatusReport.objects.filter(reported_on__lte=day).select_related(
                    "agenda_item__meeting__forum"
                ),
            )
        )
    }
    lines = []
    for cluster in clusters:
        implementation = found.get(cluster.pk)
        report = None
        if implementation is not None:
            implementation.agreement = agreement
            reports = list(implementation.reports.all())  # newest first
            report = reports[0] if reports else None
        lines.append(ReportLine(cluster, implementation, report))
    return lines
