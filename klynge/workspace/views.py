"""The person's workspace: the front page, their meetings, and a meeting read item by item."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


def front_page(request: HttpRequest) -> HttpResponse:
    return redirect("organisation:tree")


def meetings(request: HttpRequest) -> HttpResponse:
    return redirect("organisation:tree")
