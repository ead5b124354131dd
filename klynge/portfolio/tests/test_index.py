"""The portfolio's front door: the funds the user may read, body by body, and the collaboration
agreements, region by region; nothing the user may not read; a fixed number of queries."""

from __future__ import annotations

import pytest
from django.urls import reverse

from klynge.organisation.tests.factories import ClusterFactory, ForumFactory
from klynge.portfolio import services
from klynge.portfolio.models import Fund
from klynge.tests.test_authorization_matrix import World, world  # noqa: F401 - `w` needs it

URL = reverse("portfolio:index")


@pytest.fixture(name="w")
def w_fixture(world: World) -> World:  # noqa: F811 - the imported fixture
    """The authorization matrix's world: the steering group's fund and a region's agreement."""
    return world


def other_fund(name: str) -> Fund:
    cluster = ClusterFactory(name=f"{name}klyngen", slug=f"{name.lower()}klyngen")
    forum = ForumFactory(cluster=cluster, slug=f"{name.lower()}-styregruppe")
    return services.save_fund(
        Fund(
            cluster=cluster,
            owner_forum=forum,
            name=f"Midler {name}",
            granted_ore=100_000_00,
            start_year=2025,
            end_year=2026,
        )
    )


def test_a_reader_sees_the_funds_and_agreements_of_what_they_read(client, w):
    hidden = other_fund("Skjult")
    client.force_login(w.users["reader"])
    html = client.get(URL).content.decode()
    assert w.forum.cluster.name in html
    assert Fund.objects.get(owner_forum=w.forum).get_absolute_url() in html
    assert reverse("portfolio:region_agreements", args=[w.forum.region.slug]) in html
    assert "Amning" in html
    assert hidden.name not in html and hidden.cluster.name not in html


def test_an_outsider_is_told_there_is_nothing(client, w):
    client.force_login(w.users["outsider"])
    html = client.get(URL).content.decode()
    assert "Klyngemidler</a>" not in html
    assert "Amning" not in html


def test_the_index_costs_the_same_queries_however_many_funds(client, w, django_assert_num_queries):
    client.force_login(w.users["administrator"])
    client.get(URL)
    with django_assert_num_queries(5) as first:
        client.get(URL)
    for name in ("Nord", "Syd", "Vest"):
        other_fund(name)
    with django_assert_num_queries(len(first.captured_queries)):
        html = client.get(URL).content.decode()
    assert all(f"Midler {name}" in html for name in ("Nord", "Syd", "Vest"))
