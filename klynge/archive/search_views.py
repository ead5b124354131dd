"""One search box over the archive: agenda items, minutes, decisions, actions, initiatives."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .search.query import search
from .search_forms import SearchForm


def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, user=request.user)
    results = None
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        page = _page_number(request)
        results = search(request.user, form.cleaned_data["q"], page=page, **form.filters())
    query = request.GET.copy()
    query.pop("side", None)
    return render(
        request,
        "archive/search.html",
        {"form": form, "results": results, "query_string": query.urlencode()},
    )


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, int(request.GET.get("side", "1")))
    except ValueError:
        return 1
