"""The header: each role's main menu holds the sections it may use and nothing else, the current
section is marked, the switcher lists one's bodies and fora, and the header costs a fixed number
of queries (none for an anonymous visitor)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import resolve, reverse

from klynge.organisation.tests.factories import ForumFactory, MembershipFactory
from klynge.tests.test_authorization_matrix import World, world  # noqa: F401 - `w` needs it

ALL = ["Forside", "Møder", "Organisation", "Opfølgning", "Portefølje", "Søg", "Arkiv", "Hjælp"]
PUBLIC = "Offentlig side"

MANAGING = ["Forside", "Møder", "Organisation", "Portefølje", "Søg", "Arkiv", "Hjælp"]

# What each role's main menu shows, in order (the public site, for everyone, comes last).
MENUS = {
    "anonymous": [],
    # Logged in without a role or a seat: nothing to read, so no meetings, search or portfolio.
    "outsider": ["Forside", "Organisation", "Hjælp"],
    # Reads the cluster, has no person (so no actions of their own), manages nothing.
    "reader": ["Forside", "Møder", "Organisation", "Portefølje", "Søg", "Hjælp"],
    "member": ["Forside", "Møder", "Organisation", "Opfølgning", "Portefølje", "Søg", "Hjælp"],
    "secretariat": MANAGING,
    "administrator": MANAGING,
    # No fund to read, but the region's agreement (its steering forum is read by every role in
    # a cluster of the region): the portfolio is theirs too.
    "other_secretariat": MANAGING,
    "successor_member": ["Forside", "Møder", "Organisation", "Portefølje", "Søg", "Hjælp"],
}


@pytest.fixture(name="w")
def w_fixture(world: World) -> World:  # noqa: F811 - the imported fixture
    """The authorization matrix's world: a cluster, its fora and a user of every role."""
    return world


def main_menu(html: str) -> list[str]:
    """The link texts of the desktop main menu."""
    menu = re.search(r'<nav class="nav"[^>]*>(.*?)</nav>', html, re.S)
    assert menu, "no main menu"
    return re.findall(r'class="nav-link"[^>]*><span>([^<]+)</span>', menu[1])


def current(html: str) -> list[str]:
    return re.findall(r'aria-current="page"><span>([^<]+)</span>', html)


@pytest.mark.parametrize("role", list(MENUS))
def test_each_role_sees_the_sections_it_may_use(client, w, role):
    user = w.users[role]
    if user is not None:
        client.force_login(user)
    url = reverse("public:index") if user is None else reverse("organisation:tree")
    html = client.get(url).content.decode()
    assert main_menu(html) == [*MENUS[role], PUBLIC]
    # Every section shown opens for the role (the policy and the menu agree).
    for section in set(ALL) & set(MENUS[role]):
        link = re.search(rf'href="([^"]+)" class="nav-link"[^>]*><span>{section}<', html)[1]
        assert client.get(link).status_code in (200, 302), section


def test_the_current_section_is_marked(client, w):
    client.force_login(w.users["secretariat"])
    pages = {
        reverse("organisation:tree"): "Organisation",
        reverse("portfolio:index"): "Portefølje",
        reverse("search:search"): "Søg",
        reverse("archive:import"): "Arkiv",
        reverse("public:index"): PUBLIC,
        w.meeting.get_absolute_url(): "Møder",
    }
    for url, section in pages.items():
        html = client.get(url).content.decode()
        # Once in the desktop menu, once in the mobile drawer.
        assert current(html) == [section, section], url


def test_the_switcher_lists_ones_bodies_and_fora(client, w):
    client.force_login(w.users["member"])
    html = client.get(reverse("organisation:tree")).content.decode()
    places = re.search(r'<nav class="klynge-places[^>]*>(.*?)</nav>', html, re.S)[1]
    assert w.forum.cluster.name in places
    assert f'href="{w.forum.get_absolute_url()}"' in places
    # The other cluster's forum is not the member's.
    assert w.other_forum.name not in places

    client.force_login(w.users["outsider"])
    assert "klynge-places" not in client.get(reverse("organisation:tree")).content.decode()


def _header(user, path: str = "/organisation/") -> str:
    request = RequestFactory().get(path)
    request.user = user
    request.resolver_match = resolve(path)
    return render_to_string("base.html", request=request)


def test_an_anonymous_header_costs_no_query(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        html = _header(AnonymousUser(), reverse("public:index"))
    assert main_menu(html) == [PUBLIC]


@pytest.mark.parametrize(("role", "queries"), [("member", 4), ("secretariat", 4)])
def test_the_header_costs_a_fixed_number_of_queries(w, django_assert_num_queries, role, queries):
    user = type(w.users[role]).objects.get(pk=w.users[role].pk)
    with django_assert_num_queries(queries):
        _header(user)
    # More fora in the cluster, seats for the member: the same queries.
    for n in range(4):
        forum = ForumFactory(cluster=w.forum.cluster, slug=f"gruppe-{n}")
        MembershipFactory(
            forum=forum, person=w.steering.member, starts_on=datetime.date(2024, 1, 1)
        )
    user = type(user).objects.get(pk=user.pk)
    with django_assert_num_queries(queries):
        html = _header(user)
    if role == "member":
        assert html.count("gruppe-") >= 4
