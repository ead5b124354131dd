"""Addresses of a health body's pages. A cluster's live under `klynger/<slug>/`, a council's under
`sundhedsraad/<slug>/`; the same view serves both. A request under the other kind's segment is
redirected permanently to the body's own address, so every address ever handed out keeps working.

`body_paths` declares a page under both segments (the council's URL name is the cluster's with
`_council` appended); `body_url` (and the template tag `body_url`) gives a body's own address.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponsePermanentRedirect, HttpResponseRedirectBase
from django.urls import URLPattern, path, reverse

from .models import Cluster

SEGMENTS = {Cluster.Kind.CLUSTER: "klynger", Cluster.Kind.COUNCIL: "sundhedsraad"}
COUNCIL_SUFFIX = "_council"

View = Callable[..., HttpResponse]


def route_name(name: str, kind: str) -> str:
    """The URL name of a page for a body of the kind: "followup:cluster" for a cluster,
    "followup:cluster_council" for a council."""
    return f"{name}{COUNCIL_SUFFIX}" if kind == Cluster.Kind.COUNCIL else name


def body_url(name: str, body: Cluster, *args: object) -> str:
    """The body's own address of the page `name` (as named for clusters)."""
    return reverse(route_name(name, body.kind), args=[body.slug, *args])


def body_paths(route: str, view: View, name: str, **kwargs: Any) -> list[URLPattern]:
    """The page under both segments: `route` holds "{segment}" and `<slug:slug>`."""
    return [
        path(
            route.format(segment=segment),
            _canonical(view, kind, name),
            kwargs or None,
            name=route_name(name, kind),
        )
        for kind, segment in SEGMENTS.items()
    ]


class HttpResponsePermanentRedirectSameMethod(HttpResponseRedirectBase):
    status_code = 308


def _canonical(view: View, kind: str, name: str) -> View:
    @functools.wraps(view)
    def serve(request: HttpRequest, slug: str, **kwargs: Any) -> HttpResponse:
        actual = Cluster.objects.filter(slug=slug).values_list("kind", flat=True).first()
        if actual is None or actual == kind:
            return view(request, slug=slug, **kwargs)
        return _moved(request, name, actual)

    return serve


def _moved(request: HttpRequest, name: str, kind: str) -> HttpResponse:
    match = request.resolver_match
    target = route_name(f"{match.namespace}:{name}" if match.namespace else name, kind)
    url = reverse(target, kwargs=match.captured_kwargs)
    if query := request.META.get("QUERY_STRING"):
        url = f"{url}?{query}"
    if request.method in ("GET", "HEAD"):
        return HttpResponsePermanentRedirect(url)
    return HttpResponsePermanentRedirectSameMethod(url)
