"""Health bodies in templates: `{% body_url 'followup:cluster' cluster %}` gives a body's own
address of a page; `successors` and `predecessors` read a body's or region's prefetched lineage
(klynge.organisation.lineage); `{% lineage_url node public %}` links a body or region on the
registry or on the public site."""

from __future__ import annotations

from django import template
from django.urls import reverse

from klynge.organisation import body_urls, lineage
from klynge.organisation.models import Cluster, Region

register = template.Library()


@register.simple_tag
def body_url(name: str, body: Cluster, *args: object) -> str:
    return body_urls.body_url(name, body, *args)


@register.simple_tag
def lineage_url(node: Cluster | Region, public: bool = False) -> str:
    if isinstance(node, Region):
        return reverse("public:region", args=[node.slug]) if public else node.get_absolute_url()
    return body_urls.body_url("public:cluster", node) if public else node.get_absolute_url()


@register.filter
def successors(node: Cluster | Region) -> list[Cluster | Region]:
    return lineage.successors(node)


@register.filter
def predecessors(node: Cluster | Region) -> list[Cluster | Region]:
    return lineage.predecessors(node)
