"""Screens of the registry: the tree, a forum, its members, its terms of reference, its roster."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from klynge.accounts import audit
from klynge.accounts.permissions import (
    can_manage_forum,
    can_view_forum,
    can_view_person,
    forum_scope,
)
from klynge.documents import pdf_response
from klynge.forms import apply_service, flash_error
from klynge.text import danish_sort_key

from . import exports, lineage, queries, rotation, services
from .body_urls import body_url
from .forms import (
    AdHocGroupForm,
    ApproveTermsForm,
    EndMembershipForm,
    MembershipForm,
    TermsForm,
)
from .models import (
    ChairRotationPeriod,
    Cluster,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
    TermsOfReference,
)


def tree(request: HttpRequest) -> HttpResponse:
    regions = queries.regions_with_fora()
    return render(request, "organisation/tree.html", {"regions": _with_trees(regions)})


def _with_trees(regions: list[Region]) -> list[Region]:
    """Each region's forum trees, its current bodies first and its ended bodies apart; ended
    regions after the others."""
    for region in regions:
        region.region_tree = queries.forum_tree(region.region_fora)
        bodies = list(region.clusters.all())
        for cluster in bodies:
            cluster.tree = queries.forum_tree(list(cluster.fora.all()))
        region.current_bodies = [b for b in bodies if not b.has_ended]
        region.ended_bodies = [b for b in bodies if b.has_ended]
    return sorted(regions, key=lambda r: r.has_ended)


def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(queries.regions_with_fora(), slug=slug)
    _with_trees([region])
    return render(request, "organisation/region.html", {"region": region})


def cluster_detail(request: HttpRequest, slug: str) -> HttpResponse:
    cluster = get_object_or_404(
        lineage.with_lineage(Cluster.objects.select_related("region")).prefetch_related(
            Prefetch("fora", Forum.objects.select_related("reports_to")), "parties"
        ),
        slug=slug,
    )
    context = {
        "cluster": cluster,
        "this_year": timezone.localdate().year,
        "crumbs": [cluster.region],
        "parties": sorted(cluster.parties.all(), key=lambda p: danish_sort_key(p.name)),
        "tree": queries.forum_tree(list(cluster.fora.all())),
    }
    return render(request, "organisation/cluster.html", context)


def _forum(request: HttpRequest, slug: str) -> Forum:
    """The forum with its page's data, for a user who may read it."""
    try:
        forum = queries.forum_page_data(slug)
    except Forum.DoesNotExist as missing:
        raise Http404(_("No such forum.")) from missing
    if not can_view_forum(request.user, forum):
        raise PermissionDenied(_("You have no access to this forum."))
    return forum


def forum_detail(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _forum(request, slug)
    current = queries.current_memberships(forum)
    current_pks = {m.pk for m in current}
    terms = forum.current_terms()
    context = {
        "forum": forum,
        "crumbs": _crumbs(forum),
        "groups": queries.members_by_party([m for m in current if m.role != m.Role.SECRETARY]),
        "chairs": [m for m in current if m.is_chair],
        "secretaries": [m for m in current if m.role == m.Role.SECRETARY],
        "contact": next((m for m in current if m.is_contact), None)
        or next((m for m in current if m.role == m.Role.CHAIR), None),
        "former": [m for m in forum.memberships.all() if m.pk not in current_pks],
        "terms": terms,
        "versions": sorted(forum.terms.all(), key=lambda t: -t.version),
        "check": queries.composition_check(forum),
        "can_manage": can_manage_forum(request.user, forum),
        # A region-level forum that steers collaboration agreements links the region matrix.
        "steers_agreements": forum.cluster_id is None and forum.steered_agreements.exists(),
    }
    return render(request, "organisation/forum.html", context)


def _crumbs(forum: Forum, *more: object) -> list[object]:
    return [forum.region, forum.cluster, *more]


def forum_history(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _managed_forum(request, slug)
    crumbs = _crumbs(forum, forum)
    return audit.render_trail(request, audit.forum_trail(forum.pk), forum, crumbs)


def composition(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _forum(request, slug)
    context = {
        "forum": forum,
        "crumbs": _crumbs(forum, forum),
        "check": queries.composition_check(forum),
    }
    template = "organisation/_composition.html" if request.htmx else "organisation/composition.html"
    return render(request, template, context)


def _managed_forum(request: HttpRequest, slug: str) -> Forum:
    forum = get_object_or_404(Forum.objects.select_related("cluster", "region"), slug=slug)
    if not can_manage_forum(request.user, forum):
        raise PermissionDenied(_("Only the forum's secretariat may change it."))
    return forum


@require_http_methods(["GET", "POST"])
def membership_add(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _managed_forum(request, slug)
    form = MembershipForm(request.POST or None, forum=forum)
    if form.is_valid() and apply_service(form, lambda: services.save_membership(form.instance)):
        messages.success(
            request,
            _("%(person)s has been added to %(forum)s.")
            % {"person": form.instance.person, "forum": forum},
        )
        return redirect(forum)
    context = {"forum": forum, "form": form, "crumbs": _crumbs(forum, forum)}
    return render(request, "organisation/membership_form.html", context)


@require_http_methods(["GET", "POST"])
def membership_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    forum = _managed_forum(request, slug)
    membership = get_object_or_404(forum.memberships.select_related("person"), pk=pk)
    form = MembershipForm(request.POST or None, instance=membership, forum=forum)
    if form.is_valid() and apply_service(form, lambda: services.save_membership(form.instance)):
        messages.success(request, _("The membership has been saved."))
        return redirect(forum)
    context = {
        "forum": forum,
        "form": form,
        "membership": membership,
        "crumbs": _crumbs(forum, forum),
    }
    return render(request, "organisation/membership_form.html", context)


@require_http_methods(["GET", "POST"])
def membership_end(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    forum = _managed_forum(request, slug)
    membership = get_object_or_404(forum.memberships.select_related("person"), pk=pk)
    form = EndMembershipForm(request.POST or None, membership=membership)
    if form.is_valid() and apply_service(
        form, lambda: services.end_membership(membership, form.cleaned_data["ends_on"])
    ):
        messages.success(
            request,
            _("%(person)s's membership ends %(date)s.")
            % {
                "person": membership.person,
                "date": form.cleaned_data["ends_on"].strftime("%d.%m.%Y"),
            },
        )
        return redirect(forum)
    born = membership.ex_officio_memberships.filter(ends_on__isnull=True).select_related("forum")
    context = {
        "forum": forum,
        "form": form,
        "membership": membership,
        "born": born,
        "crumbs": _crumbs(forum, forum),
    }
    return render(request, "organisation/membership_end.html", context)


def _terms(request: HttpRequest, slug: str, version: int) -> TermsOfReference:
    terms = get_object_or_404(
        TermsOfReference.objects.select_related("forum__cluster", "forum__region").prefetch_related(
            "rules__party"
        ),
        forum__slug=slug,
        version=version,
    )
    if not can_view_forum(request.user, terms.forum):
        raise PermissionDenied(_("You have no access to this forum."))
    return terms


def terms_detail(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    terms = _terms(request, slug, version)
    context = {
        "terms": terms,
        "crumbs": _crumbs(terms.forum, terms.forum),
        "can_manage": can_manage_forum(request.user, terms.forum),
    }
    return render(request, "organisation/terms.html", context)


def terms_pdf(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    terms = _terms(request, slug, version)
    filename = f"kommissorium-{terms.forum.slug}-v{terms.version}.pdf"
    return pdf_response(request, "organisation/terms_print.html", {"terms": terms}, filename)


@require_http_methods(["GET", "POST"])
def terms_edit(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    _managed_forum(request, slug)
    terms = _terms(request, slug, version)
    if not terms.is_editable:
        messages.error(
            request, _("Approved terms of reference are not changed; start a new version.")
        )
        return redirect(terms)
    form = TermsForm(request.POST or None, instance=terms)
    if form.is_valid() and apply_service(form, lambda: services.save_terms(form.instance)):
        messages.success(request, _("The terms of reference have been saved."))
        return redirect(terms)
    context = {"terms": terms, "form": form, "crumbs": _crumbs(terms.forum, terms.forum)}
    return render(request, "organisation/terms_form.html", context)


@require_http_methods(["GET", "POST"])
def terms_approve(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    _managed_forum(request, slug)
    terms = _terms(request, slug, version)
    form = ApproveTermsForm(request.POST or None)
    if form.is_valid() and apply_service(
        form,
        lambda: services.approve_terms(
            terms, form.cleaned_data["approved_on"], form.cleaned_data["approved_by"]
        ),
    ):
        messages.success(request, _("The terms of reference have been approved."))
        return redirect(terms)
    context = {"terms": terms, "form": form, "crumbs": _crumbs(terms.forum, terms.forum)}
    return render(request, "organisation/terms_approve.html", context)


@require_http_methods(["POST"])
def terms_new_version(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _managed_forum(request, slug)
    try:
        terms = services.new_terms_version(forum)
    except ValidationError as error:
        flash_error(request, error)
        return redirect(forum)
    messages.success(request, _("A new draft has been started."))
    return redirect("organisation:terms_edit", forum.slug, terms.version)


@require_http_methods(["GET", "POST"])
def ad_hoc_new(request: HttpRequest, slug: str) -> HttpResponse:
    parent = _managed_forum(request, slug)
    form = AdHocGroupForm(request.POST or None, parent=parent)
    if form.is_valid() and (
        done := apply_service(
            form,
            lambda: services.create_ad_hoc_group(
                parent, form.cleaned_data["name"], form.cleaned_data["established_on"]
            ),
        )
    ):
        messages.success(request, _("The group has been set up with a draft terms of reference."))
        return redirect("organisation:terms_edit", done.result.slug, 1)
    context = {"parent": parent, "form": form, "crumbs": _crumbs(parent, parent)}
    return render(request, "organisation/ad_hoc_form.html", context)


def roster_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    forum = _forum(request, slug)
    rows = exports.roster_rows(queries.current_memberships(forum))
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        return exports.csv_response(rows, f"deltagerliste-{forum.slug}-{stamp}.csv")
    return exports.xlsx_response(forum, rows, f"deltagerliste-{forum.slug}-{stamp}.xlsx")


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(
        Person.objects.select_related("organisation").prefetch_related(
            Prefetch("memberships", Membership.objects.select_related("forum", "party"))
        ),
        pk=pk,
    )
    if not can_view_person(request.user, person):
        raise PermissionDenied(_("You have no access to this person's details."))
    return render(request, "organisation/person.html", {"person": person})


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.prefetch_related(
            "clusters",
            Prefetch(
                "memberships",
                Membership.objects.current()
                .filter(forum__in=Forum.objects.filter(forum_scope(request.user)))
                .select_related("forum", "person"),
                to_attr="current_memberships",
            ),
        ),
        pk=pk,
    )
    return render(request, "organisation/organisation.html", {"organisation": organisation})


def _rotation_setup(
    request: HttpRequest, slug: str, manage: bool = False
) -> rotation.RotationSetup:
    """The cluster's rotation data, for a user who reads the cluster (any of its fora) or, to
    change it, manages every forum of the plan."""
    cluster = get_object_or_404(Cluster.objects.select_related("region"), slug=slug)
    setup = rotation.rotation_setup(cluster)
    if not Forum.objects.filter(forum_scope(request.user), cluster=cluster).exists():
        raise PermissionDenied(_("You have no access to this cluster."))
    if manage and not _can_manage_rotation(request, setup):
        raise PermissionDenied(_("Only the cluster's secretariat may change the rotation plan."))
    if setup.steering is None:
        raise Http404(_("The cluster has no steering group."))
    return setup


def _can_manage_rotation(request: HttpRequest, setup: rotation.RotationSetup) -> bool:
    return bool(setup.fora) and all(can_manage_forum(request.user, f) for f in setup.fora)


def rotation_plan(request: HttpRequest, slug: str) -> HttpResponse:
    """The cluster's rotation plan: the proposal, the registered periods, the rules
    each breaks, and for the secretariat registering and starting periods."""
    setup = _rotation_setup(request, slug)
    form = rotation.RotationPlanForm(request.GET or None, setup=setup)
    plan_from, proposal, registered = form.plan_from, form.proposal(), setup.registered_plan()
    can_manage = _can_manage_rotation(request, setup)
    context = {
        "cluster": setup.cluster,
        "crumbs": [setup.cluster.region, setup.cluster],
        "setup": setup,
        "form": form,
        "plan_from": plan_from,
        "proposal": proposal,
        "proposal_breaches": rotation.check(proposal, from_year=plan_from),
        "registered": registered,
        "registered_breaches": rotation.check(registered, from_year=plan_from),
        "free_years": proposal.hospital_free_years_from(plan_from),
        "periods": rotation.start_forms(setup, can_manage),
        "can_manage": can_manage,
        "query": request.GET.urlencode(),
    }
    return render(request, "organisation/rotation.html", context)


@require_http_methods(["POST"])
def rotation_register(request: HttpRequest, slug: str) -> HttpResponse:
    """Register the proposal (as chosen in the form) as the cluster's planned periods."""
    setup = _rotation_setup(request, slug, manage=True)
    form = rotation.RotationPlanForm(request.POST, setup=setup)
    target = body_url("organisation:rotation", setup.cluster)
    if not form.is_valid():
        messages.error(request, _("The plan could not be registered; check the choices."))
        return redirect(target)
    try:
        created = rotation.register_plan(setup, form.proposal(), form.plan_from)
    except ValidationError as error:
        flash_error(request, error)
        return redirect(target)
    messages.success(
        request, _("The plan has been registered: %(n)d new periods.") % {"n": len(created)}
    )
    return redirect(target)


@require_http_methods(["POST"])
def rotation_start(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Start a period: the named person takes the co-chair, the previous one leaves it."""
    setup = _rotation_setup(request, slug, manage=True)
    period = get_object_or_404(
        ChairRotationPeriod.objects.select_related("forum__cluster", "party"),
        pk=pk,
        forum__in=setup.fora,
    )
    form = rotation.StartPeriodForm(request.POST, period=period)
    target = body_url("organisation:rotation", setup.cluster) + "#registered-heading"
    if not form.is_valid():
        messages.error(request, _("Choose the co-chair and the day the period starts."))
        return redirect(target)
    person, day = form.cleaned_data["person"], form.cleaned_data["starts_on"]
    try:
        rotation.start_period(period, person, day)
    except ValidationError as error:
        flash_error(request, error)
        return redirect(target)
    messages.success(
        request,
        _("%(person)s is co-chair of %(forum)s from %(date)s.")
        % {"person": person, "forum": period.forum, "date": day.strftime("%d.%m.%Y")},
    )
    return redirect(target)
