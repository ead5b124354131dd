"""The secretariat sets a forum's deadlines for agenda and minutes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from klynge.accounts.permissions import can_manage_forum
from klynge.organisation.models import Forum

from . import front
from .forms import DeadlinesForm

SHOWN_MEETINGS = 6


@require_http_methods(["GET", "POST"])
def forum_deadlines(request: HttpRequest, slug: str) -> HttpResponse:
    """The forum's deadlines, and its coming meetings judged by them."""
    forum = get_object_or_404(Forum.objects.select_related("cluster", "region"), slug=slug)
    if not can_manage_forum(request.user, forum):
        raise PermissionDenied(_("Only the forum's secretariat may change it."))
    form = DeadlinesForm(request.POST or None, instance=forum)
    if form.is_valid():
        form.save()
        messages.success(request, _("The deadlines have been saved."))
        return redirect("workspace:forum_deadlines", forum.slug)
    today = timezone.localdate()
    # Judged by the rules as saved: each meeting loads its forum afresh.
    meetings = front.listed_meetings(request.user, Q(forum=forum.pk), today)
    context = {
        "forum": forum,
        "form": form,
        "rows": front.with_deadlines(request.user, meetings[:SHOWN_MEETINGS], today),
        "crumbs": [forum.region, forum.cluster, forum],
    }
    return render(request, "workspace/forum_deadlines.html", context)
