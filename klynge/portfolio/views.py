"""Screens of the portfolio: a cluster's funds, a fund, an initiative and their forms."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from klynge.accounts.permissions import can_manage_forum, can_view_forum, forum_scope
from klynge.organisation.models import Cluster, Forum

from . import charts, exports, queries, services
from .forms import BudgetLineForm, InitiativeForm
from .models import BudgetLine, Fund, Initiative

# Model fields a form shows under another name.
FORM_FIELDS = {"amount_ore": "amount"}


def _apply(form: Form, operation: object) -> bool:
    """Run a service; its validation errors land at the form's fields."""
    try:
        operation()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                name = FORM_FIELDS.get(field, field)
                form.add_error(name if name in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return False
    return True


def _crumbs(fund: Fund, *more: object) -> list[object]:
    return [fund.cluster.region, fund.cluster, *more]


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
        elif _apply(
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
    if form.is_valid() and _apply(form, lambda: services.save_budget_line(form.instance)):
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
