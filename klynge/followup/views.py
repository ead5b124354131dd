"""Screens of follow-up: actions, overdue overviews, forwarding, the backlog, a matter's trail."""

from __future__ import annotations

from itertools import groupby

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from klynge.accounts.permissions import (
    can_change_action,
    can_manage_forum,
    can_see_item,
    can_view_action,
    can_view_forum,
)
from klynge.forms import apply_service, flash_error
from klynge.meetings.models import AgendaItem
from klynge.organisation.models import Cluster, Forum

from . import queries, services
from .forms import ActionForm, ForwardForm, ProposeForm, ScheduleForm
from .models import BacklogItem


def _forum(request: HttpRequest, slug: str, manage: bool = False) -> Forum:
    forum = get_object_or_404(Forum.objects.select_related("cluster", "region"), slug=slug)
    allowed = can_manage_forum if manage else can_view_forum
    if not allowed(request.user, forum):
        raise PermissionDenied(_("You have no access to this forum."))
    return forum


def _crumbs(forum: Forum) -> list[object]:
    return [forum.region, forum.cluster, forum]


def _item(request: HttpRequest, pk: int, manage: bool = False) -> AgendaItem:
    item = get_object_or_404(AgendaItem.objects.select_related("meeting__forum__cluster"), pk=pk)
    allowed = can_manage_forum if manage else can_view_forum
    if not allowed(request.user, item.meeting.forum):
        raise PermissionDenied(_("You have no access to this forum."))
    if not can_see_item(request.user, item):
        raise PermissionDenied(_("You have no access to this closed item."))
    return item


def mine(request: HttpRequest) -> HttpResponse:
    """The actions the logged-in person is responsible for."""
    person_id = request.user.person_id
    mine = queries.actions().filter(responsible_person_id=person_id) if person_id else []
    context = {"actions": queries.mark_items(request.user, mine), "today": timezone.localdate()}
    return render(request, "followup/mine.html", context)


def cluster_overview(request: HttpRequest, slug: str) -> HttpResponse:
    """What is open and overdue in a cluster, forum by forum: the newcomer's first look."""
    cluster = get_object_or_404(Cluster.objects.select_related("region"), slug=slug)
    open_actions = queries.mark_items(
        request.user, queries.cluster_open_actions(cluster, request.user).order_by("forum__name")
    )
    today = timezone.localdate()
    groups = [(forum, list(rows)) for forum, rows in groupby(open_actions, key=lambda a: a.forum)]
    context = {
        "cluster": cluster,
        "groups": groups,
        "overdue": sum(a.is_overdue(today) for a in open_actions),
        "open": len(open_actions),
        "today": today,
        "crumbs": [cluster.region, cluster],
    }
    return render(request, "followup/cluster_overview.html", context)


def forum_actions(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _forum(request, slug)
    context = {
        "forum": forum,
        "actions": queries.mark_items(
            request.user, queries.readable(request.user).filter(forum=forum)
        ),
        "today": timezone.localdate(),
        "can_manage": can_manage_forum(request.user, forum),
        "crumbs": _crumbs(forum),
    }
    return render(request, "followup/forum_actions.html", context)


@require_http_methods(["GET", "POST"])
def action_new(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _forum(request, slug, manage=True)
    item = None
    if request.GET.get("punkt"):
        item = _item(request, int(request.GET["punkt"]), manage=True)
    form = ActionForm(request.POST or None, forum=forum)
    form.instance.item = item
    if form.is_valid() and apply_service(form, lambda: services.save_action(form.instance)):
        messages.success(request, _("The action has been created."))
        return redirect("followup:forum_actions", forum.slug)
    context = {"forum": forum, "form": form, "item": item, "crumbs": _crumbs(forum)}
    return render(request, "followup/action_form.html", context)


@require_http_methods(["GET", "POST"])
def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Read the action; its forum's secretariat and the responsible person may change it."""
    action = get_object_or_404(queries.actions(), pk=pk)
    forum = action.forum
    if not can_view_action(request.user, action):
        raise PermissionDenied(_("You have no access to this action."))
    may_change = can_change_action(request.user, action)
    if request.method == "POST" and not may_change:
        raise PermissionDenied(_("Only the secretariat or the responsible may change it."))
    form = ActionForm(request.POST or None, instance=action, forum=forum)
    if form.is_valid() and apply_service(form, lambda: services.save_action(form.instance)):
        messages.success(request, _("The action has been saved."))
        return redirect(action)
    context = {
        "action": action,
        "form": form if may_change else None,
        "forum": forum,
        "item_shown": action.item is not None and can_see_item(request.user, action.item),
        "crumbs": _crumbs(forum),
    }
    return render(request, "followup/action.html", context)


@require_http_methods(["GET", "POST"])
def forward(request: HttpRequest, item_pk: int) -> HttpResponse:
    item = _item(request, item_pk, manage=True)
    form = ForwardForm(request.POST or None, forum=item.meeting.forum)
    if form.is_valid() and apply_service(
        form,
        lambda: services.forward(
            item,
            form.cleaned_data["to_forum"],
            form.cleaned_data["note"],
            user=request.user,
            title=form.cleaned_data["title"],
        ),
    ):
        messages.success(
            request,
            _("The matter is in the list of items for coming meetings of %(forum)s.")
            % {"forum": form.cleaned_data["to_forum"]},
        )
        return redirect("followup:trail", item.pk)
    context = {"item": item, "form": form, "crumbs": _crumbs(item.meeting.forum)}
    return render(request, "followup/forward_form.html", context)


def trail(request: HttpRequest, item_pk: int) -> HttpResponse:
    item = _item(request, item_pk)
    steps = queries.matter_trail(item)
    context = {
        "item": item,
        "steps": steps,
        **_steps_shown(request, steps),
        "crumbs": _crumbs(item.meeting.forum),
    }
    return render(request, "followup/trail.html", context)


def _steps_shown(request: HttpRequest, steps: list[queries.TrailStep]) -> dict[str, set[int]]:
    """The items along the trail the user may read, and the fora whose backlogs they read:
    other steps show the forum's name and the date only."""
    fora, items, pending = {}, [], list(steps)
    while pending:
        step = pending.pop()
        fora[step.forum.pk] = step.forum
        if step.item is not None:
            items.append(step.item)
        pending.extend(step.onward)
    return {
        "readable_items": queries.shown_items(request.user, items),
        "readable_fora": {pk for pk, forum in fora.items() if can_view_forum(request.user, forum)},
    }


def forum_backlog(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _forum(request, slug)
    context = {
        "forum": forum,
        "waiting": [b for b in queries.backlog(forum) if b.status == BacklogItem.Status.WAITING],
        "done": [b for b in queries.backlog(forum) if b.status != BacklogItem.Status.WAITING],
        "can_manage": can_manage_forum(request.user, forum),
        "crumbs": _crumbs(forum),
    }
    return render(request, "followup/backlog.html", context)


@require_http_methods(["GET", "POST"])
def backlog_new(request: HttpRequest, slug: str) -> HttpResponse:
    forum = _forum(request, slug, manage=True)
    form = ProposeForm(request.POST or None, forum=forum)
    if form.is_valid() and apply_service(
        form, lambda: services.propose(forum, user=request.user, **form.cleaned_data)
    ):
        messages.success(request, _("The matter has been added."))
        return redirect("followup:backlog", forum.slug)
    context = {"forum": forum, "form": form, "crumbs": _crumbs(forum)}
    return render(request, "followup/backlog_form.html", context)


@require_http_methods(["GET", "POST"])
def backlog_schedule(request: HttpRequest, pk: int) -> HttpResponse:
    """Put a waiting matter on a meeting's agenda in one step."""
    waiting = get_object_or_404(BacklogItem.objects.select_related("forum"), pk=pk)
    forum = _forum(request, waiting.forum.slug, manage=True)
    form = ScheduleForm(request.POST or None, forum=forum)
    if form.is_valid() and (
        done := apply_service(
            form,
            lambda: services.schedule(
                waiting,
                form.cleaned_data["meeting"],
                request.user,
                form.cleaned_data["duration_minutes"],
                form.cleaned_data["reason"],
            ),
        )
    ):
        messages.success(request, _("The matter is on the agenda."))
        return redirect(done.result.get_absolute_url())
    context = {"waiting": waiting, "form": form, "forum": forum, "crumbs": _crumbs(forum)}
    return render(request, "followup/schedule_form.html", context)


@require_POST
def backlog_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    waiting = get_object_or_404(BacklogItem.objects.select_related("forum"), pk=pk)
    _forum(request, waiting.forum.slug, manage=True)
    try:
        services.withdraw(waiting)
    except ValidationError as error:
        flash_error(request, error)
    else:
        messages.success(request, _("The matter has been withdrawn."))
    return redirect("followup:backlog", waiting.forum.slug)
