"""The person's workspace: the front page, their meetings, and a meeting read item by item."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from klynge.accounts.permissions import forum_scope, manages_any_forum
from klynge.organisation.models import Forum

from . import front
from .forms import MeetingFilterForm

MEETINGS_PER_PAGE = 25


def front_page(request: HttpRequest) -> HttpResponse:
    """The landing page after login: what needs the person now."""
    return render(request, "workspace/front_page.html", {"page": front.front_page(request.user)})


def meetings(request: HttpRequest) -> HttpResponse:
    """The meetings of every forum the user reads, coming ones first, by forum or cluster."""
    fora = list(Forum.objects.filter(forum_scope(request.user)).select_related("cluster"))
    form = MeetingFilterForm(request.GET, fora=fora)
    today = timezone.localdate()
    rows = front.listed_meetings(request.user, form.selection(), today)
    page = Paginator(rows, MEETINGS_PER_PAGE).get_page(request.GET.get("side"))
    query = request.GET.copy()
    query.pop("side", None)
    context = {
        "form": form,
        "page": page,
        "rows": front.with_deadlines(request.user, page, today),
        "query": query.urlencode(),
        "filtered": any(query.get(name) for name in form.fields),
        # Deadlines are the secretariat's business: a column only for those who manage a forum.
        "deadlines": manages_any_forum(request.user),
    }
    return render(request, "workspace/meetings.html", context)
