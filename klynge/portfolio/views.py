"""Screens of the portfolio: a cluster's funds, a fund, an initiative and their forms; the
collaboration agreements, their implementation per cluster and the region matrix."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from klynge.accounts.permissions import (
    can_manage_forum,
    can_view_forum,
    forum_scope,
    readable_agreements,
    readable_funds,
)
from klynge.documents import pdf_response
from klynge.forms import apply_service
from klynge.organisation.models import Cluster, Forum, Region
from klynge.text import danish_sort_key

from . import charts, exports, queries, services
from .forms import BudgetLineForm, InitiativeForm, ReportDateForm, StatusReportForm
from .models import Agreement, BudgetLine, Fund, Implementation, Initiative, StatusReport

T = TypeVar("T")

# Model fields a form shows under another name.
FORM_FIELDS = {"amount_ore": "amount"}


def _crumbs(fund: Fund, *more: object) -> list[object]:
    return [fund.cluster.region, fund.cluster, *more]


def index(request: HttpRequest) -> HttpResponse:
    """The portfolio's front door: the funds the user may read, body by body, and the
    collaboration agreements, region by region."""
    funds = queries.funds().filter(readable_funds(request.user))
    agreements = Agreement.objects.filter(readable_agreements(request.user))
    context = {
        "bodies": _grouped(funds, lambda fund: fund.cluster),
        "regions": _grouped(agreements.select_related("region"), lambda a: a.region),
    }
    return render(request, "portfolio/index.html", context)


def _grouped(rows: Iterable[T], key: Callable[[T], Any]) -> list[tuple[Any, list[T]]]:
    """The rows under each of their bodies or regions, both in Danish order of their names."""
    groups: dict[Any, list[T]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    ordered = sorted(groups.items(), key=lambda group: danish_sort_key(group[0].name))
    return [(owner, sorted(rows, key=lambda r: danish_sort_key(str(r)))) for owner, rows in ordered]


def cluster_funds(request: HttpRequest, slug: str) -> HttpResponse:
    cluster = get_object_or_404(Cluster.objects.select_related("region"), slug=slug)
    visible = Forum.objects.filter(forum_scope(request.user))
    funds = queries.funds().filter(cluster=cluster, owner_forum__in=visible)
    context = {"cluster": cluster, "funds": list(funds), "crumbs": [cluster.region, cluster]}
    return render(request, "portfolio/cluster_funds.html", context)


def _fund(request: HttpRequest, pk: int) -> Fund:
    try:
        fund = queries.fund_page_data(pk)
    except Fund.DoesNotExist as missing:
        raise Http404(_("No such fund.")) from missing
    if not can_view_forum(request.user, fund.owner_forum):
        raise PermissionDenied(_("You have no access to this fund."))
    return fund


def fund_detail(request: HttpRequest, pk: int) -> HttpResponse:
    fund = _fund(request, pk)
    data = queries.overview(fund)
    context = {
        "fund": fund,
        "data": data,
        "chart": charts.budget_chart(data),
        "crumbs": _crumbs(fund),
        "can_manage": can_manage_forum(request.user, fund.owner_forum),
    }
    return render(request, "portfolio/fund.html", context)


def fund_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    fund = _fund(request, pk)
    return exports.xlsx_response(queries.overview(fund), f"klyngemidler-{fund.pk}.xlsx")


def _initiative(request: HttpRequest, pk: int) -> Initiative:
    try:
        initiative = queries.initiative_page_data(pk)
    except Initiative.DoesNotExist as missing:
        raise Http404(_("No such initiative.")) from missing
    if not can_view_forum(request.user, initiative.owner_forum):
        raise PermissionDenied(_("You have no access to this initiative."))
    return initiative


def initiative_detail(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    fund = initiative.fund
    lines = list(initiative.lines.all())
    years = {year: [] for year in fund.years}
    for line in lines:
        line.initiative = initiative
        years.setdefault(line.year, []).append(line)
    context = {
        "initiative": initiative,
        "fund": fund,
        "years": [(year, items) for year, items in sorted(years.items()) if items],
        "totals": _totals(lines),
        "timeline": queries.timeline(initiative, request.user),
        "crumbs": _crumbs(fund, fund),
        "can_manage": can_manage_forum(request.user, initiative.owner_forum),
    }
    return render(request, "portfolio/initiative.html", context)


def _totals(lines: list[BudgetLine]) -> list[tuple[str, int]]:
    sums: dict[str, int] = {}
    for line in lines:
        sums[line.kind] = sums.get(line.kind, 0) + line.amount_ore
    return [(label, sums[kind]) for kind, label in BudgetLine.Kind.choices if kind in sums]


def _managed_fund(request: HttpRequest, pk: int) -> Fund:
    fund = get_object_or_404(queries.funds(), pk=pk)
    if not can_manage_forum(request.user, fund.owner_forum):
        raise PermissionDenied(_("Only the secretariat may change the fund."))
    return fund


def _managed_initiative(request: HttpRequest, pk: int) -> Initiative:
    initiative = get_object_or_404(
        Initiative.objects.select_related("fund__cluster__region", "owner_forum"), pk=pk
    )
    if not can_manage_forum(request.user, initiative.owner_forum):
        raise PermissionDenied(_("Only the secretariat may change the initiative."))
    return initiative


@require_http_methods(["GET", "POST"])
def initiative_new(request: HttpRequest, pk: int) -> HttpResponse:
    fund = _managed_fund(request, pk)
    form = InitiativeForm(request.POST or None, fund=fund)
    return _initiative_form(request, form, fund, None)


@require_http_methods(["GET", "POST"])
def initiative_edit(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _managed_initiative(request, pk)
    form = InitiativeForm(request.POST or None, instance=initiative, fund=initiative.fund)
    return _initiative_form(request, form, initiative.fund, initiative)


def _initiative_form(
    request: HttpRequest, form: InitiativeForm, fund: Fund, initiative: Initiative | None
) -> HttpResponse:
    if form.is_valid():
        target = form.instance
        if not can_manage_forum(request.user, target.owner_forum):
            form.add_error("owner_forum", _("Only the secretariat may change the initiative."))
        elif apply_service(
            form,
            lambda: services.save_initiative(target, chairs=form.cleaned_data["chairs"]),
        ):
            messages.success(request, _("The initiative has been saved."))
            return redirect(target)
    context = {
        "fund": fund,
        "form": form,
        "initiative": initiative,
        "crumbs": _crumbs(fund, fund),
    }
    return render(request, "portfolio/initiative_form.html", context)


@require_http_methods(["GET", "POST"])
def line_new(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _managed_initiative(request, pk)
    form = BudgetLineForm(request.POST or None, initiative=initiative)
    return _line_form(request, form, initiative, None)


@require_http_methods(["GET", "POST"])
def line_edit(request: HttpRequest, pk: int) -> HttpResponse:
    line = get_object_or_404(BudgetLine, pk=pk)
    initiative = _managed_initiative(request, line.initiative_id)
    form = BudgetLineForm(request.POST or None, instance=line, initiative=initiative)
    return _line_form(request, form, initiative, line)


def _line_form(
    request: HttpRequest, form: BudgetLineForm, initiative: Initiative, line: BudgetLine | None
) -> HttpResponse:
    if form.is_valid() and apply_service(
        form, lambda: services.save_budget_line(form.instance), renamed=FORM_FIELDS
    ):
        messages.success(
            request,
            _("The line has been saved: %(year)s %(kind)s %(amount)s.")
            % {
                "year": form.instance.year,
                "kind": form.instance.kind_label.lower(),
                "amount": form.instance.amount_text,
            },
        )
        return redirect(initiative)
    context = {
        "initiative": initiative,
        "fund": initiative.fund,
        "form": form,
        "line": line,
        "crumbs": _crumbs(initiative.fund, initiative.fund, initiative),
    }
    return render(request, "portfolio/line_form.html", context)


# Collaboration agreements ---------------------------------------------------------------------


def region_agreements(request: HttpRequest, slug: str) -> HttpResponse:
    """The region matrix: every cluster × every agreement, with status, next milestone and the
    date of the last status report, for the region-level fora that follow the agreements."""
    region = get_object_or_404(Region, slug=slug)
    matrix = queries.region_matrix(region, timezone.localdate())
    if not queries.may_read_agreements(request.user, matrix.forum_ids(), region):
        raise PermissionDenied(_("You have no access to the region's collaboration agreements."))
    context = {"region": region, "matrix": matrix, "crumbs": [region]}
    return render(request, "portfolio/region_agreements.html", context)


def _agreement(request: HttpRequest, pk: int) -> tuple[Agreement, list[queries.Cell]]:
    try:
        agreement = queries.agreements().get(pk=pk)
    except Agreement.DoesNotExist as missing:
        raise Http404(_("No such agreement.")) from missing
    rows = queries.agreement_rows(agreement, timezone.localdate())
    fora = {agreement.steering_forum_id} if agreement.steering_forum_id else set()
    fora |= {
        cell.implementation.implementing_forum_id
        for cell in rows
        if cell.implementation and cell.implementation.implementing_forum_id
    }
    if not queries.may_read_agreements(request.user, fora, agreement.region):
        raise PermissionDenied(_("You have no access to this agreement."))
    return agreement, rows


def _matrix_crumbs(agreement: Agreement, *more: object) -> list[object]:
    return [agreement.region, _MatrixCrumb(agreement.region), *more]


class _MatrixCrumb:
    """The region matrix as a breadcrumb."""

    def __init__(self, region: Region) -> None:
        self.region = region

    def __str__(self) -> str:
        return _("Collaboration agreements")

    def get_absolute_url(self) -> str:
        return reverse("portfolio:region_agreements", args=[self.region.slug])


def agreement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    agreement, rows = _agreement(request, pk)
    context = {
        "agreement": agreement,
        "rows": rows,
        "milestones": list(agreement.milestones.all()),
        "crumbs": _matrix_crumbs(agreement),
    }
    return render(request, "portfolio/agreement.html", context)


def _report_day(request: HttpRequest) -> tuple[ReportDateForm, datetime.date]:
    today = timezone.localdate()
    form = ReportDateForm(request.GET or None, initial={"dato": today})
    if form.is_bound and form.is_valid() and form.cleaned_data["dato"]:
        return form, form.cleaned_data["dato"]
    return form, today


def _document_context(request: HttpRequest, pk: int) -> dict[str, object]:
    agreement, _rows = _agreement(request, pk)
    form, day = _report_day(request)
    return {
        "agreement": agreement,
        "day": day,
        "form": form,
        "lines": queries.status_document(agreement, day),
        "milestones": list(agreement.milestones.all()),
        "crumbs": _matrix_crumbs(agreement, agreement),
    }


def agreement_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The status report for the steering forum: every cluster's status on one date."""
    return render(request, "portfolio/status_document.html", _document_context(request, pk))


def agreement_report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    context = _document_context(request, pk)
    filename = f"statusrapport-{pk}-{context['day']:%Y-%m-%d}.pdf"
    return pdf_response(request, "portfolio/status_document_print.html", context, filename)


def _implementation(request: HttpRequest, pk: int) -> Implementation:
    try:
        implementation = Implementation.objects.select_related(
            "agreement__region",
            "agreement__steering_forum",
            "cluster",
            "implementing_forum",
            "next_milestone",
        ).get(pk=pk)
    except Implementation.DoesNotExist as missing:
        raise Http404(_("No such implementation.")) from missing
    fora = [implementation.implementing_forum, implementation.agreement.steering_forum]
    if not any(f is not None and can_view_forum(request.user, f) for f in fora):
        raise PermissionDenied(_("You have no access to this implementation."))
    return implementation


def may_report(user: object, implementation: Implementation) -> bool:
    """The secretariat of the implementing forum or of the steering forum."""
    fora = [implementation.implementing_forum, implementation.agreement.steering_forum]
    return any(f is not None and can_manage_forum(user, f) for f in fora)


def _implementation_page(
    request: HttpRequest, implementation: Implementation, form: StatusReportForm | None
) -> HttpResponse:
    reports = list(
        StatusReport.objects.filter(implementation=implementation).select_related(
            "agenda_item__meeting__forum"
        )
    )
    context = {
        "implementation": implementation,
        "agreement": implementation.agreement,
        "reports": reports,
        "form": form,
        "milestones": list(implementation.agreement.milestones.all()),
        "crumbs": _matrix_crumbs(implementation.agreement, implementation.agreement),
    }
    return render(request, "portfolio/implementation.html", context)


def implementation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    implementation = _implementation(request, pk)
    form = None
    if may_report(request.user, implementation):
        form = StatusReportForm(implementation=implementation)
    return _implementation_page(request, implementation, form)


@require_http_methods(["GET", "POST"])
def report_new(request: HttpRequest, pk: int) -> HttpResponse:
    implementation = _implementation(request, pk)
    if not may_report(request.user, implementation):
        raise PermissionDenied(_("Only the secretariat may add a status report."))
    form = StatusReportForm(request.POST or None, implementation=implementation)
    if form.is_valid() and apply_service(form, lambda: services.add_status_report(form.instance)):
        messages.success(
            request,
            _("The status report has been added: %(status)s.")
            % {"status": form.instance.get_status_display().lower()},
        )
        return redirect(implementation)
    return _implementation_page(request, implementation, form)
