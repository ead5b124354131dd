"""The page where a user makes and revokes their own API tokens (/api/noegler/)."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from klynge.meetings.tests.conftest import (
    PASSWORD,
    steering,  # noqa: F401 - fixture
)
from klynge.publish.models import ApiToken, token_digest


def test_the_page_needs_a_login(db):
    response = Client().get(reverse("api:tokens"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_new_token_is_shown_once_and_only_its_digest_kept(steering):  # noqa: F811
    client = Client()
    client.force_login(steering.secretary_user)
    response = client.post(reverse("api:tokens"), {"name": "Mødekalender"})
    assert response.status_code == 200
    raw = re.search(r'<code id="new-token">([^<]+)</code>', response.content.decode()).group(1)
    token = ApiToken.objects.get(user=steering.secretary_user)
    assert token.name == "Mødekalender"
    assert token.digest == token_digest(raw) and raw not in (token.digest, token.hint)
    assert raw.startswith(token.hint)
    # The token works, and the page never shows it again.
    api = Client().get("/api/v1/meetings/", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 200
    again = client.get(reverse("api:tokens")).content.decode()
    assert raw not in again and "Mødekalender" in again and token.hint in again


def test_a_name_is_required(steering):  # noqa: F811
    client = Client()
    client.force_login(steering.member_user)
    response = client.post(reverse("api:tokens"), {"name": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
    assert not ApiToken.objects.exists()


def test_the_owner_revokes_a_token(steering):  # noqa: F811
    token, raw = ApiToken.issue(steering.member_user, "script")
    client = Client()
    client.force_login(steering.member_user)
    response = client.post(reverse("api:token_revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked is not None
    api = Client().get("/api/v1/meetings/", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 401


def test_nobody_revokes_anothers_token(steering):  # noqa: F811
    token, _raw = ApiToken.issue(steering.member_user, "script")
    client = Client()
    client.force_login(steering.secretary_user)
    assert client.post(reverse("api:token_revoke", args=[token.pk])).status_code == 404
    assert client.get(reverse("api:token_revoke", args=[token.pk])).status_code == 405
    token.refresh_from_db()
    assert token.revoked is None


def test_the_token_list_costs_a_fixed_number_of_queries(
    steering,  # noqa: F811
    django_assert_num_queries,
):
    client = Client()
    client.force_login(steering.secretary_user)
    ApiToken.issue(steering.secretary_user, "a")
    client.get(reverse("api:tokens"))
    # Five for the page, two for the header (whether a fund or an agreement may be read, the
    # user's fora).
    with django_assert_num_queries(7):
        client.get(reverse("api:tokens"))
    for n in range(5):
        ApiToken.issue(steering.secretary_user, f"more {n}")
    with django_assert_num_queries(7):
        client.get(reverse("api:tokens"))


def test_the_token_page_in_a_browser(page, live_server, login, axe, steering):  # noqa: F811
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(live_server.url + reverse("api:tokens"))
    axe(page)
    # The page's language is Danish, and its texts are not translated yet: find by structure.
    page.locator("#id_name").fill("Kalenderintegration")
    page.locator("form[action$='/noegler/'] button[type=submit]").click()
    secret = page.locator("#new-token").inner_text()
    assert secret.startswith("klynge_")
    axe(page)
    page.locator("form[action*='tilbagekald'] button").click()
    page.wait_for_selector("form[action*='tilbagekald']", state="detached")
    assert ApiToken.objects.get(name="Kalenderintegration").revoked is not None
    axe(page)
