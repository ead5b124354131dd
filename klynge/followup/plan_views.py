"""The annual plan (årshjul) of a cluster: the year's calendar, as a page and as iCalendar, and
the proposal of a year's dates. Thin: the work is in annual_plan.py."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_safe

from klynge.accounts.permissions import can_manage_forum, forum_scope
from klynge.downloads import ICS, generated_file
from klynge.organisation.body_urls import body_url
from klynge.organisation.models import Cluster

from . import annual_plan as plan
from .plan_forms import CreatePlannedMeetingsForm

FIRST_YEAR, LAST_YEAR = 1990, 2100


def _cluster(slug: str, year: int) -> Cluster:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404(_("No annual plan for that year."))
    return get_object_or_404(Cluster.objects.select_related("region"), slug=slug)


def _crumbs(cluster: Cluster) -> list[object]:
    return [cluster.region, cluster]


@require_safe
def annual_plan(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    """Every meeting in the year of the cluster's fora the user may read, month by month."""
    cluster = _cluster(slug, year)
    fora = plan.visible_fora(cluster, forum_scope(request.user))
    meetings = plan.year_meetings(fora, year)
    context = {
        "cluster": cluster,
        "year": year,
        "months": plan.by_month(meetings, year),
        "legend": plan.legend(fora, meetings),
        "count": len(meetings),
        "crumbs": _crumbs(cluster),
    }
    return render(request, "followup/annual_plan.html", context)


@require_safe
def annual_plan_ics(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    """The same meetings as one calendar file: times, places and links, no item content."""
    cluster = _cluster(slug, year)
    meetings = plan.year_meetings(plan.visible_fora(cluster, forum_scope(request.user)), year)
    name = _("%(cluster)s – annual plan %(year)s") % {"cluster": cluster.name, "year": year}
    filename = f"aarshjul-{cluster.slug}-{year}.ics"
    return generated_file(plan.plan_ics(meetings, name), ICS, filename, inline=False)


@require_http_methods(["GET", "POST"])
def annual_plan_proposal(request: HttpRequest, slug: str, year: int) -> HttpResponse:
    """The proposed dates; POST reviews what would be created, POST with confirm creates it."""
    cluster = _cluster(slug, year)
    scope = forum_scope(request.user)
    proposal = plan.propose(cluster, year, scope)
    # The fora involved: those planned, or with nothing to plan the cluster's fora one sees.
    involved = proposal.fora or plan.visible_fora(cluster, scope)
    may_create = bool(involved) and all(can_manage_forum(request.user, f) for f in involved)
    context = {
        "proposal": proposal,
        "cluster": cluster,
        "year": year,
        "may_create": may_create,
        "crumbs": _crumbs(cluster),
    }
    if request.method == "GET":
        return render(request, "followup/annual_plan_proposal.html", context)
    if not may_create:
        raise PermissionDenied(_("Only the secretariat of every forum may plan their meetings."))
    return _create(request, proposal, context)


def _create(request: HttpRequest, proposal: plan.Proposal, context: dict) -> HttpResponse:
    form = CreatePlannedMeetingsForm(request.POST)
    form.is_valid()
    reviewed = form.cleaned_data.get("fingerprint", "")
    if not proposal.to_create():
        messages.info(request, _nothing_to_create(proposal))
        return redirect(_plan_url(proposal))
    if not form.cleaned_data.get("confirm") or reviewed != proposal.fingerprint():
        context["changed"] = bool(reviewed)
        context["form"] = CreatePlannedMeetingsForm(
            initial={"confirm": True, "fingerprint": proposal.fingerprint()}
        )
        return render(request, "followup/annual_plan_confirm.html", context)
    created = plan.create_planned_meetings(proposal)
    text = ngettext(
        "%(count)d meeting is planned and the members are invited.",
        "%(count)d meetings are planned and the members are invited.",
        len(created),
    )
    messages.success(request, text % {"count": len(created)})
    return redirect(_plan_url(proposal))


def _nothing_to_create(proposal: plan.Proposal) -> str:
    if not proposal.plans:
        return _(
            "None of the cluster's fora that you have access to has a number of meetings per year."
        )
    return _("Every proposed meeting is already in the calendar.")


def _plan_url(proposal: plan.Proposal) -> str:
    return body_url("followup:annual_plan", proposal.cluster, proposal.year)
