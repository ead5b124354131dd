"""The transition wizard: (1) the ending bodies, the successor and the date, (2) each forum's
fate, (3) the preview and its confirmation; then the report, as a page and a PDF.

The plan travels between the steps signed in the address (`?plan=`), so nothing is stored and
nothing changes before the confirmation. Every step asks the policy about the plan's bodies.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from klynge.accounts.permissions import can_read_transition_report, can_run_transition
from klynge.documents import pdf_response
from klynge.forms import apply_service, flash_error
from klynge.organisation.models import Cluster, Forum, OrganisationalChange

from . import preview as previews
from .forms import ConfirmForm, ForaForm, StartForm, sign, unsign
from .plan import TransitionPlan, resolve
from .report import Report
from .services import run_transition

STEPS = [_("Bodies and date"), _("Fora"), _("Preview")]


def _runnable(request: HttpRequest) -> list[Cluster]:
    """The clusters whose every forum the user manages (refused when there are none), with
    their fora; those that may still go through a transition are offered in step 1."""
    bodies = Cluster.objects.filter(kind=Cluster.Kind.CLUSTER).prefetch_related(
        Prefetch("fora", Forum.objects.order_by("position", "name")), "changes_out"
    )
    runnable = [b for b in bodies.order_by("name") if can_run_transition(request.user, [b])]
    if not runnable:
        raise PermissionDenied(
            _("Only the secretariat of every forum of a body may run its transition.")
        )
    return runnable


def _open(bodies: list[Cluster]) -> list[Cluster]:
    return [b for b in bodies if b.valid_to is None and not b.changes_out.all()]


def _plan(request: HttpRequest) -> TransitionPlan | None:
    """The signed plan of the address, for a user who may run it; None when it is missing."""
    token = request.POST.get("plan") or request.GET.get("plan") or ""
    try:
        plan = unsign(token)
    except ValidationError as error:
        _runnable(request)
        if token:
            flash_error(request, error)
        return None
    bodies = Cluster.objects.filter(slug__in=plan.ending).prefetch_related("fora")
    if not can_run_transition(request.user, bodies):
        raise PermissionDenied(
            _("Only the secretariat of every forum of a body may run its transition.")
        )
    return plan


def _step(name: str, plan: TransitionPlan) -> str:
    return reverse(f"organisation:{name}") + "?" + urlencode({"plan": sign(plan)})


def _context(step: int, **more: object) -> dict[str, object]:
    return {"steps": STEPS, "step": step, **more}


@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    bodies = _open(_runnable(request))
    councils = Cluster.objects.filter(kind=Cluster.Kind.COUNCIL, valid_to__isnull=True)
    form = StartForm(request.POST or None, bodies=bodies, councils=councils)
    if form.is_valid():
        plan = form.plan([f for b in bodies for f in b.fora.all()])
        if apply_service(form, lambda: resolve(plan)):
            return redirect(_step("transition_fora", plan))
    return render(request, "organisation/transition/start.html", _context(1, form=form))


@require_http_methods(["GET", "POST"])
def fora(request: HttpRequest) -> HttpResponse:
    plan = _plan(request)
    if plan is None:
        return redirect("organisation:transition_start")
    try:
        resolved = resolve(plan)
    except ValidationError as error:
        flash_error(request, error)
        return redirect("organisation:transition_start")
    receivers = [
        (f.slug, previews.target_name(f.name, resolved.successor_name))
        for f in resolved.successor_fora
    ]
    receivers += [
        (f.slug, previews.target_name(f.name, resolved.successor_name)) for f in resolved.fora
    ]
    form = ForaForm(request.POST or None, plan=plan, fora=resolved.fora, receivers=receivers)
    if form.is_valid():
        chosen = form.plan()
        if apply_service(form, lambda: resolve(chosen)):
            return redirect(_step("transition_preview", chosen))
    context = _context(2, form=form, resolved=resolved, token=sign(plan))
    return render(request, "organisation/transition/fora.html", context)


@require_http_methods(["GET", "POST"])
def preview(request: HttpRequest) -> HttpResponse:
    plan = _plan(request)
    if plan is None:
        return redirect("organisation:transition_start")
    form = ConfirmForm(request.POST or None, initial={"plan": sign(plan)})
    if request.method == "POST" and form.is_valid():
        done = apply_service(form, lambda: run_transition(plan, request.user))
        if done:
            return redirect("organisation:transition_report", done.result.pk)
    try:
        listed = previews.build(resolve(plan))
    except ValidationError as error:
        flash_error(request, error)
        return redirect(_step("transition_fora", plan))
    context = _context(
        3, form=form, report=Report(listed.to_json()), can_run=listed.can_run, token=sign(plan)
    )
    return render(request, "organisation/transition/preview.html", context)


def _change(request: HttpRequest, pk: int) -> OrganisationalChange:
    change = get_object_or_404(OrganisationalChange.objects.exclude(report={}), pk=pk)
    ended = change.predecessor_bodies.prefetch_related("fora")
    if not can_read_transition_report(request.user, ended):
        raise PermissionDenied(
            _(
                "Only the secretariat of the bodies that ended or of their successor may read"
                " the report."
            )
        )
    return change


def report(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    context = {"change": change, "report": Report(change.report)}
    return render(request, "organisation/transition/report.html", context)


def report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    context = {"change": change, "report": Report(change.report)}
    filename = f"overgang-{change.takes_effect_on.isoformat()}-{change.pk}.pdf"
    return pdf_response(request, "organisation/transition/report_print.html", context, filename)
