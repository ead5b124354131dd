"""Hjælp: a short guide for each role, its pictures made by scripts/screenshots.py."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from .guides import GUIDES, guide_for


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "guide/index.html", {"guides": GUIDES})


def role(request: HttpRequest, role: str) -> HttpResponse:
    guide = guide_for(role)
    if guide is None:
        raise Http404
    return render(request, "guide/role.html", {"guides": GUIDES, "guide": guide})
