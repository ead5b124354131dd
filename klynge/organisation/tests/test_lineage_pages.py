"""An ended body's, an ended region's and a successor's pages say what happened and link the
other side; the tree keeps ended bodies apart; the pages' query counts do not grow with the
number of bodies."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from klynge.accounts.models import User
from klynge.organisation.models import Cluster
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory

from .lineage_world import record_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("admin", password="x"))
    return client


def text(response) -> str:
    assert response.status_code == 200
    return " ".join(strip_tags(response.content.decode()).split())


def test_an_ended_cluster_says_when_and_links_its_successor(admin_client, reform, after_reform):
    response = admin_client.get(reform.midt.get_absolute_url())
    assert "Ophørte 31. december 2026. Videreføres af Sundhedsråd Midt." in text(response)
    assert f'href="{reform.council.get_absolute_url()}"' in response.content.decode()
    assert "Viderefører Vestklyngen" in text(response)


def test_before_the_last_day_the_cluster_says_it_ends(admin_client, reform, before_reform):
    page = text(admin_client.get(reform.midt.get_absolute_url()))
    assert "Ophører 31. december 2026. Videreføres af Sundhedsråd Midt." in page


def test_the_council_links_its_predecessors(admin_client, reform, after_reform):
    response = admin_client.get(reform.council.get_absolute_url())
    page = text(response)
    assert "Sundhedsråd · Region Midtjylland" in page
    assert "Viderefører Midtklyngen, Horsensklyngen" in page or (
        "Viderefører Horsensklyngen, Midtklyngen" in page
    )
    assert f'href="{reform.midt.get_absolute_url()}"' in response.content.decode()


def test_the_council_page_links_its_own_pages_under_its_segment(admin_client, reform):
    html = admin_client.get(reform.council.get_absolute_url()).content.decode()
    assert "/opfoelgning/sundhedsraad/sundhedsraad-midt/" in html
    assert "/portefoelje/sundhedsraad/sundhedsraad-midt/" in html
    assert "/organisation/sundhedsraad/sundhedsraad-midt/formandsrotation/" in html
    assert "/klynger/sundhedsraad-midt" not in html


def test_a_forum_of_an_ended_body_links_the_forum_carrying_it_on(
    admin_client, reform, after_reform
):
    response = admin_client.get(reform.steering.get_absolute_url())
    page = text(response)
    assert "Ophørte 31. december 2026 med Midtklyngen." in page
    assert "Arbejdet videreføres i Sundhedsrådets administrative styregruppe" in page
    assert f'href="{reform.council_steering.get_absolute_url()}"' in response.content.decode()


def test_the_carrying_forum_links_back(admin_client, reform, after_reform):
    response = admin_client.get(reform.council_steering.get_absolute_url())
    assert "Viderefører Midtklyngens klyngestyregruppe (Midtklyngen)" in text(response)
    assert f'href="{reform.steering.get_absolute_url()}"' in response.content.decode()


def test_the_tree_lists_current_bodies_first_and_ended_ones_apart(
    admin_client, reform, after_reform
):
    page = text(admin_client.get(reverse("organisation:tree")))
    region = page[page.index("Region Midtjylland") :]
    ended = region.index("Ophørte klynger og råd")
    line = (
        "Midtklyngen Sundhedsklynge · ophørte 31. december 2026 · videreføres af Sundhedsråd Midt"
    )
    assert region.index("Sundhedsråd Midt Sundhedsråd") < ended < region.index(line)


def test_before_the_last_day_the_clusters_are_current(admin_client, reform, before_reform):
    page = text(admin_client.get(reverse("organisation:tree")))
    region = page[page.index("Region Midtjylland") :]
    current = region.index("Midtklyngen Sundhedsklynge · ophører 31. december 2026")
    assert current < region.index("Ophørte klynger og råd") < region.index("Vestklyngen Sundhed")


def test_an_ended_region_links_its_successor(admin_client, reform, after_reform):
    response = admin_client.get(reform.sjaelland.get_absolute_url())
    assert "Ophørte 31. december 2026. Videreføres af Region Østdanmark." in text(response)
    page = text(admin_client.get(reform.oest.get_absolute_url()))
    assert "Fra 1. januar 2027 · Viderefører Region Hovedstaden, Region Sjælland" in page


def _more_bodies(reform, n: int) -> None:
    for _ in range(n):
        old = ClusterFactory(region=reform.midtjylland, valid_to=reform.midt.valid_to)
        new = ClusterFactory(region=reform.midtjylland, kind=Cluster.Kind.COUNCIL)
        ForumFactory(cluster=old)
        ForumFactory(cluster=new, continues=None)
        record_change("succession", [old], [new])


@pytest.mark.parametrize("more", [0, 4])
def test_the_tree_costs_the_same_for_any_number_of_bodies(
    admin_client, reform, after_reform, django_assert_num_queries, more
):
    _more_bodies(reform, more)
    admin_client.get(reverse("organisation:tree"))
    # 15 with the header's one (does a fund or an agreement exist to read).
    with django_assert_num_queries(15):
        admin_client.get(reverse("organisation:tree"))


@pytest.mark.parametrize("more", [0, 4])
def test_a_body_page_costs_the_same_for_any_lineage(
    admin_client, reform, after_reform, django_assert_num_queries, more
):
    _more_bodies(reform, more)
    for body in Cluster.objects.filter(kind=Cluster.Kind.COUNCIL)[:more]:
        record_change("merger", [reform.horsens], [body])
    admin_client.get(reform.council.get_absolute_url())
    # 10 with the header's one (does a fund or an agreement exist to read).
    with django_assert_num_queries(10):
        admin_client.get(reform.horsens.get_absolute_url())
