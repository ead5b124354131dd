"""The header of every page: the main menu and the switcher between one's bodies and fora.

The menu shows a section only to whom the access policy lets use it; the switcher lists the
bodies (clusters and councils) whose fora the person reads and the fora they sit in or manage.
Nothing is looked up until a template asks, and then once per request; an anonymous visitor
costs no query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_
from typing import Any

from django.db.models import BooleanField, ExpressionWrapper, Q, Value
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from klynge.accounts import access_cache, permissions
from klynge.organisation.models import Forum, Membership
from klynge.text import danish_sort_key


@dataclass(frozen=True)
class Section:
    """One entry of the main menu."""

    key: str
    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class ForumLink:
    name: str
    url: str


@dataclass
class Place:
    """A body (or a region, for its region-level fora) and the person's fora in it: plain
    names and addresses, cheap to keep in the shared cache."""

    label: str
    url: str
    fora: list[ForumLink] = field(default_factory=list)


Rule = Callable[[Any], bool]


def _everyone(user: Any) -> bool:
    return True


def _logged_in(user: Any) -> bool:
    return bool(user.is_authenticated)


def _has_person(user: Any) -> bool:
    return bool(user.is_authenticated and user.person_id)


# (key, label, URL name, who may use it), in the order the menu shows them.
SECTIONS: tuple[tuple[str, Promise, str, Rule], ...] = (
    ("home", _("Front page"), "home", _logged_in),
    ("meetings", _("Meetings"), "workspace:meetings", permissions.reads_any_forum),
    ("organisation", _("Organisation"), "organisation:tree", _logged_in),
    ("followup", _("Follow-up"), "followup:mine", _has_person),
    ("portfolio", _("Portfolio"), "portfolio:index", permissions.may_use_portfolio),
    ("search", _("Search"), "search:search", permissions.reads_any_forum),
    ("archive", _("Archive"), "archive:import", permissions.manages_any_forum),
    ("guide", _("Help"), "guide:index", _logged_in),
    ("public", _("Public site"), "public:index", _everyone),
)

# The section a page belongs to, by its URL namespace.
NAMESPACES = {
    "workspace": "meetings",
    "meetings": "meetings",
    "organisation": "organisation",
    "followup": "followup",
    "portfolio": "portfolio",
    "search": "search",
    "archive": "archive",
    "guide": "guide",
    "public": "public",
    "feeds": "public",
}


def current_section(request: HttpRequest) -> str:
    """The key of the section the requested page belongs to ("" for none)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    if match.view_name == "home":
        return "home"
    return NAMESPACES.get(match.namespaces[0] if match.namespaces else "", "")


class Navigation:
    """What the header shows to the request's user; each part computed on first use."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request
        self.user = request.user

    @cached_property
    def sections(self) -> list[Section]:
        here = current_section(self.request)
        shown = [(key, label, name) for key, label, name, may in SECTIONS if may(self.user)]
        keys = {key for key, _label, _name in shown}
        if here == "archive" and "archive" not in keys:
            here = "search"  # an imported document opened from the search results
        return [Section(key, str(label), reverse(name), key == here) for key, label, name in shown]

    @cached_property
    def shows_search(self) -> bool:
        return any(section.key == "search" for section in self.sections)

    @cached_property
    def places(self) -> list[Place]:
        """The bodies whose fora the person reads, each with the fora in it they sit in or
        manage, from one query (or none, klynge.accounts.access_cache)."""
        if not self.user.is_authenticated:
            return []
        return access_cache.remembered("places", self.user, self._places)

    def _places(self) -> list[Place]:
        places: dict[object, Place] = {}
        for forum in self._fora():
            if forum.cluster is not None and not forum.cluster.has_ended:
                self._place_of(forum, places)
            if forum.mine:
                link = ForumLink(forum.name, forum.get_absolute_url())
                self._place_of(forum, places).fora.append(link)
        for place in places.values():
            place.fora.sort(key=lambda link: danish_sort_key(link.name))
        return sorted(places.values(), key=lambda place: danish_sort_key(place.label))

    def _fora(self) -> list[Forum]:
        """The current fora the person reads (`mine`: sits in or manages); for whoever reads
        every forum, only their own."""
        mine = []
        if self.user.person_id:
            seats = Membership.objects.current().filter(person_id=self.user.person_id)
            mine.append(Q(pk__in=seats.values("forum_id")))
        managed = permissions.managed_fora(self.user)
        if managed is not permissions.ALL and managed:
            mine.append(Q(pk__in=managed))
        readable = permissions.readable_fora(self.user)
        where = [*mine] if readable is permissions.ALL else [*mine, Q(pk__in=readable or [])]
        if not where:
            return []
        flag = ExpressionWrapper(reduce(or_, mine), BooleanField()) if mine else Value(False)
        today = timezone.localdate()
        fora = Forum.objects.filter(reduce(or_, where)).exclude(ends_on__lte=today)
        fora = fora.exclude(cluster__valid_to__lt=today).annotate(mine=flag)
        return list(fora.select_related("cluster", "region"))

    @staticmethod
    def _place_of(forum: Forum, places: dict[object, Place]) -> Place:
        body = forum.cluster or forum.region
        key = forum.cluster_id if forum.cluster_id else f"region-{forum.region_id}"
        return places.setdefault(key, Place(body.name, body.get_absolute_url()))


def navigation(request: HttpRequest) -> Navigation:
    """The request's navigation, made once however many templates render."""
    nav = getattr(request, "_klynge_navigation", None)
    if nav is None:
        nav = request._klynge_navigation = Navigation(request)  # type: ignore[attr-defined]
    return nav
