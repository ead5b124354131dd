"""A council's pages live under sundhedsraad/, a cluster's under klynger/; an address under the
other segment is moved permanently to the body's own, so every address handed out still works."""

from __future__ import annotations

import pytest
from django.urls import reverse

from klynge.accounts.models import User
from klynge.organisation.body_urls import body_url, route_name

pytestmark = pytest.mark.django_db

# (URL name as for clusters, extra arguments after the slug, method)
FAMILIES = [
    ("organisation:cluster", [], "get"),
    ("organisation:rotation", [], "get"),
    ("organisation:rotation_register", [], "post"),
    ("organisation:rotation_start", [1], "post"),
    ("followup:cluster", [], "get"),
    ("followup:annual_plan", [2027], "get"),
    ("followup:annual_plan_ics", [2027], "get"),
    ("followup:annual_plan_proposal", [2027], "get"),
    ("portfolio:cluster", [], "get"),
    ("public:cluster", [], "get"),
    ("public:decisions", [], "get"),
    ("public:initiatives", [], "get"),
    ("feeds:cluster_rss", [], "get"),
    ("feeds:cluster_atom", [], "get"),
    ("feeds:cluster_ics", [], "get"),
]
MOVED = {"get": 301, "post": 308}


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("admin", password="x"))
    return client


@pytest.mark.parametrize(("name", "extra", "method"), FAMILIES)
def test_a_council_under_klynger_moves_to_sundhedsraad(admin_client, reform, name, extra, method):
    old = reverse(name, args=[reform.council.slug, *extra])
    assert "/klynger/" in old
    response = getattr(admin_client, method)(old)
    assert response.status_code == MOVED[method]
    assert response["Location"] == body_url(name, reform.council, *extra)
    assert "/sundhedsraad/sundhedsraad-midt" in response["Location"]


@pytest.mark.parametrize(("name", "extra", "method"), FAMILIES)
def test_a_cluster_under_sundhedsraad_moves_to_klynger(admin_client, reform, name, extra, method):
    wrong = reverse(route_name(name, "council"), args=[reform.midt.slug, *extra])
    response = getattr(admin_client, method)(wrong)
    assert response.status_code == MOVED[method]
    assert response["Location"] == reverse(name, args=[reform.midt.slug, *extra])


@pytest.mark.parametrize(("name", "extra", "method"), [f for f in FAMILIES if f[2] == "get"])
def test_each_body_is_served_at_its_own_address(admin_client, reform, name, extra, method):
    for body in (reform.midt, reform.council):
        response = admin_client.get(body_url(name, body, *extra))
        assert response.status_code not in (301, 308, 404, 500), (body, name)


def test_the_query_string_moves_along(client, reform):
    old = reverse("public:decisions", args=[reform.council.slug]) + "?aar=2027&side=2"
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"].endswith(
        "/offentlig/sundhedsraad/sundhedsraad-midt/beslutninger/?aar=2027&side=2"
    )


def test_the_public_move_needs_no_login(client, reform):
    response = client.get(reverse("public:cluster", args=[reform.council.slug]))
    assert response["Location"] == "/offentlig/sundhedsraad/sundhedsraad-midt/"


def test_an_unknown_body_is_not_found_under_either_segment(admin_client, reform):
    for name in ("organisation:cluster", "organisation:cluster_council"):
        assert admin_client.get(reverse(name, args=["findes-ikke"])).status_code == 404


def test_get_absolute_url_is_the_bodys_own(reform):
    assert reform.council.get_absolute_url() == "/organisation/sundhedsraad/sundhedsraad-midt/"
    assert reform.midt.get_absolute_url() == "/organisation/klynger/midtklyngen/"
