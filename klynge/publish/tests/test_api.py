"""The JSON API's reading: who sees what, tokens, pagination, filters, order, query counts.

The shared world is the authorization matrix's (a steering group whose meeting has an open and
a closed item, a fund, an agreement, an action) with the closed item's text marked and the
minutes published, plus a forum taken off the public site and a meeting whose minutes are
written but not yet published.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client

from klynge.accounts.permissions import can_view_person
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Decision, Meeting
from klynge.meetings.tests.conftest import (
    add_item,
    aware,
    steering,  # noqa: F401 - fixture
)
from klynge.organisation.models import Person
from klynge.organisation.tests.factories import ForumFactory, MembershipFactory, PersonFactory
from klynge.publish.models import ApiToken
from klynge.tests.test_authorization_matrix import (
    ROLES,
    World,
    world,  # noqa: F401 - fixture
)
from klynge.tests.test_closed_items_never_leak import (
    MARK,
    secret_world,  # noqa: F401 - fixture
)

HIDDEN = "SKJULTFORUMZQ7"  # the title of an item in a forum off the public site
UNPUBLISHED = "UPUBLICERETREFERATZQ8"  # minutes written, not yet published
LISTS = [
    "regions",
    "clusters",
    "organisations",
    "fora",
    "people",
    "memberships",
    "terms-of-reference",
    "meetings",
    "agenda-items",
    "attachments",
    "actions",
    "initiatives",
    "funds",
    "agreements",
]
NOT_PUBLIC = ["actions", "funds", "agreements"]


@dataclass
class ApiWorld:
    world: World
    hidden_item: AgendaItem
    draft_minutes_item: AgendaItem
    consenting: Person

    @property
    def forum(self):
        return self.world.forum

    def user(self, role: str):
        return self.world.users[role]


@pytest.fixture
def api_world(secret_world) -> ApiWorld:  # noqa: F811
    steering_ = secret_world.steering
    hidden_forum = ForumFactory(
        cluster=steering_.forum.cluster, name="Lukket netværk", slug="lukket-netvaerk", public=False
    )
    hidden_meeting = services.create_meeting(
        hidden_forum,
        starts_at=aware(datetime.date(2026, 9, 1), 9),
        ends_at=aware(datetime.date(2026, 9, 1), 10),
    )
    hidden_item = add_item(hidden_meeting, f"Punkt {HIDDEN}")
    services.publish_agenda(hidden_meeting)

    later = services.create_meeting(
        steering_.forum,
        starts_at=aware(datetime.date(2027, 2, 4), 9),
        ends_at=aware(datetime.date(2027, 2, 4), 11),
    )
    item = add_item(later, "Status på tele-KOL", recommendations=["tager til efterretning"])
    services.publish_agenda(later)
    services.hold_meeting(later)
    services.record_minutes(
        item,
        f"Referat {UNPUBLISHED}",
        "",
        [(item.recommendations.get(), Decision.Outcome.NOTED, UNPUBLISHED)],
    )
    consenting = PersonFactory(name="Åse Åben", email="aase@example.dk", phone="+45 12 34 56 78")
    consenting.contact_public = True
    consenting.save()
    MembershipFactory(forum=steering_.forum, person=consenting, party=steering_.viborg)
    return ApiWorld(secret_world, hidden_item, item, consenting)


def bearer(user) -> dict[str, str]:
    _token, raw = ApiToken.issue(user, "test")
    return {"Authorization": f"Bearer {raw}"}


def caller(api_world: ApiWorld, role: str, how: str = "token") -> tuple[Client, dict[str, str]]:
    """A client and headers acting as the role: anonymous, by token, or by session."""
    client = Client()
    user = api_world.user(role)
    if user is None:
        return client, {}
    if how == "session":
        client.force_login(user)
        return client, {}
    return client, bearer(user)


def get_all(client: Client, name: str, headers: dict[str, str], **params) -> list[dict]:
    """Every object of a list, page by page."""
    results, page = [], 1
    while True:
        response = client.get(
            f"/api/v1/{name}/", {"page": page, "page_size": 200, **params}, headers=headers
        )
        assert response.status_code == 200, (name, response.content)
        body = response.json()
        results += body["results"]
        if body["next"] is None:
            return results
        page += 1


def crawl(client: Client, headers: dict[str, str]) -> dict[str, str]:
    """The text of every list, every object's own page and every attachment's file."""
    texts = {}
    for name in LISTS:
        objects = get_all(client, name, headers)
        texts[name] = str(objects)
        for obj in objects:
            detail = client.get(f"/api/v1/{name}/{obj['id']}/", headers=headers)
            assert detail.status_code == 200, (name, obj["id"])
            texts[f"{name}/{obj['id']}"] = detail.content.decode()
            if name == "attachments":
                file = client.get(f"/api/v1/attachments/{obj['id']}/file/", headers=headers)
                content = b"".join(file.streaming_content) if file.streaming else file.content
                texts[f"file {obj['id']}"] = content.decode("utf-8", "replace")
    return texts


def ids(client: Client, name: str, headers: dict[str, str], **params) -> set[int]:
    return {obj["id"] for obj in get_all(client, name, headers, **params)}


# --- who sees what ----------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["anonymous", "outsider", "reader", "other_secretariat"])
def test_no_endpoint_shows_a_closed_item_to_those_outside(api_world, role):
    client, headers = caller(api_world, role)
    texts = crawl(client, headers)
    assert [name for name, text in texts.items() if MARK in text] == []
    closed = api_world.world.closed_item.pk
    assert closed not in ids(client, "agenda-items", headers)
    assert client.get(f"/api/v1/agenda-items/{closed}/", headers=headers).status_code == 404


@pytest.mark.parametrize("how", ["token", "session"])
def test_the_forums_member_reads_the_closed_item(api_world, how):
    client, headers = caller(api_world, "member", how)
    closed = api_world.world.closed_item.pk
    response = client.get(f"/api/v1/agenda-items/{closed}/", headers=headers)
    assert response.status_code == 200
    assert MARK in response.json()["case_text"]
    assert response.json()["closed"] is True
    assert [d["text"] for d in response.json()["decisions"]] == [
        "Fortroligt LUKKETSAGZQX9WK: borgeren Jens Hansen"
    ]


def test_anonymous_sees_only_public_objects(api_world):
    client = Client()
    texts = crawl(client, {})
    assert not [name for name, text in texts.items() if HIDDEN in text or UNPUBLISHED in text]
    for name in NOT_PUBLIC:
        assert get_all(client, name, {}) == []
    fora = ids(client, "fora", {})
    assert api_world.forum.pk in fora
    assert api_world.hidden_item.meeting.forum_id not in fora
    # Members' contact details only with their consent.
    people = {p["name"]: p for p in get_all(client, "people", {})}
    assert people["Åse Åben"]["email"] == "aase@example.dk"
    assert people["Kristine Stange"]["email"] is None
    assert people["Kristine Stange"]["phone"] is None


def test_anonymous_reads_minutes_only_once_published(api_world):
    client = Client()
    item = api_world.draft_minutes_item
    body = client.get(f"/api/v1/agenda-items/{item.pk}/").json()
    assert body["title"] == "Status på tele-KOL"  # the agenda is published
    assert body["minutes_text"] is None
    assert body["dissent"] is None
    assert body["decisions"] == []
    published = client.get(f"/api/v1/agenda-items/{api_world.world.open_item.pk}/").json()
    assert published["minutes_text"] == "Åbent"
    assert [d["outcome"] for d in published["decisions"]] == ["approved"]


def test_a_reader_of_the_cluster_reads_its_hidden_forum_and_draft_minutes(api_world):
    client, headers = caller(api_world, "reader")
    assert api_world.hidden_item.pk in ids(client, "agenda-items", headers)
    item = api_world.draft_minutes_item
    body = client.get(f"/api/v1/agenda-items/{item.pk}/", headers=headers).json()
    assert UNPUBLISHED in body["minutes_text"]
    assert [d["text"] for d in body["decisions"]] == [UNPUBLISHED]
    assert api_world.world.action_pk in ids(client, "actions", headers)
    assert len(get_all(client, "funds", headers)) == 1
    assert len(get_all(client, "agreements", headers)) == 1


def test_an_outsider_reads_nothing_beyond_the_public(api_world):
    anonymous = {name: ids(Client(), name, {}) for name in LISTS}
    client, headers = caller(api_world, "outsider")
    assert {name: ids(client, name, headers) for name in LISTS} == anonymous


@pytest.mark.parametrize("role", ROLES)
def test_contact_details_follow_can_view_person(api_world, role):
    client, headers = caller(api_world, role)
    user = api_world.user(role)
    listed = {p["id"]: p for p in get_all(client, "people", headers)}
    assert listed
    for person in Person.objects.filter(pk__in=listed):
        may = user is not None and can_view_person(user, person)
        consent = person.contact_public
        expected = person.email if (may or consent) and person.email else None
        assert listed[person.pk]["email"] == expected, (role, person.name)
        detail = client.get(f"/api/v1/people/{person.pk}/", headers=headers).json()
        assert detail["email"] == expected, (role, person.name)


def test_virtual_address_only_for_readers_of_the_forum(api_world):
    meeting = api_world.world.meeting
    Meeting.objects.filter(pk=meeting.pk).update(virtual_address="https://teams.example/m")
    anonymous = Client().get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert anonymous["virtual_address"] is None
    assert anonymous["place"] == meeting.place
    client, headers = caller(api_world, "reader")
    inside = client.get(f"/api/v1/meetings/{meeting.pk}/", headers=headers).json()
    assert inside["virtual_address"] == "https://teams.example/m"


# --- tokens -----------------------------------------------------------------------------------
def test_a_token_acts_as_its_user_and_records_its_use(api_world):
    token, raw = ApiToken.issue(api_world.user("member"), "script")
    assert token.digest != raw and raw not in str(token.__dict__.values())
    response = Client().get(
        f"/api/v1/agenda-items/{api_world.world.closed_item.pk}/",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None


@pytest.mark.parametrize(
    "header",
    ["Bearer klynge_unknown", "Bearer", "Bearer two parts", "bearer klynge_æøå"],
)
def test_an_unknown_or_malformed_token_is_refused(api_world, header):
    response = Client().get("/api/v1/meetings/", headers={"Authorization": header})
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_is_refused(api_world):
    token, raw = ApiToken.issue(api_world.user("member"), "old script")
    token.revoke()
    response = Client().get("/api/v1/meetings/", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401


def test_a_token_of_a_deactivated_user_is_refused(api_world):
    user = api_world.user("member")
    _token, raw = ApiToken.issue(user, "script")
    user.is_active = False
    user.save()
    response = Client().get("/api/v1/meetings/", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401


# --- pagination, filters, order -----------------------------------------------------------------
def test_pages_have_a_maximum_size_and_links(api_world):
    client = Client()
    total = client.get("/api/v1/people/").json()["count"]
    assert total >= 4
    first = client.get("/api/v1/people/", {"page_size": 2}).json()
    assert len(first["results"]) == 2 and first["previous"] is None
    assert "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert {p["id"] for p in first["results"]}.isdisjoint(p["id"] for p in second["results"])
    huge = client.get("/api/v1/people/", {"page_size": 10_000}).json()
    assert len(huge["results"]) == min(total, 200)
    assert client.get("/api/v1/people/", {"page": 999}).status_code == 404


def test_meeting_filters(api_world):
    client, headers = caller(api_world, "reader")
    forum = api_world.forum
    in_forum = ids(client, "meetings", headers, forum=forum.pk)
    assert in_forum == set(Meeting.objects.filter(forum=forum).values_list("pk", flat=True))
    assert ids(client, "meetings", headers, cluster=forum.cluster_id) >= in_forum
    later = api_world.draft_minutes_item.meeting_id
    assert ids(
        client, "meetings", headers, starts_from="2027-02-04", starts_until="2027-02-04"
    ) == {later}
    assert ids(client, "meetings", headers, state="minutes_draft") == {later}
    assert ids(client, "meetings", headers, q="ingen sådan titel") == set()


def test_item_and_action_filters(api_world):
    client, headers = caller(api_world, "secretariat")
    meeting = api_world.world.meeting
    items = ids(client, "agenda-items", headers, meeting=meeting.pk)
    assert items == set(meeting.items.values_list("pk", flat=True))
    assert ids(client, "agenda-items", headers, meeting=meeting.pk, kind="discussion") == set()
    # The world's action, and the one on its closed item (the secretariat sees closed items).
    on_closed = Action.objects.get(item=api_world.world.closed_item).pk
    assert ids(client, "actions", headers, status="open") == {api_world.world.action_pk, on_closed}
    assert ids(client, "actions", headers, status="done") == set()


@pytest.mark.parametrize(
    "query",
    [
        {"forum": "abc"},
        {"forum": "0"},
        {"forum": "99999999999"},
        {"starts_from": "2027-02-30"},
        {"state": "nonsense"},
        {"q": "x" * 201},
    ],
)
def test_a_bad_filter_value_is_a_field_error(api_world, query):
    response = Client().get("/api/v1/meetings/", query)
    assert response.status_code == 400
    assert list(response.json()) == list(query)


def test_lists_have_a_fixed_order(api_world):
    client, headers = caller(api_world, "secretariat")
    starts = [m["starts_at"] for m in get_all(client, "meetings", headers)]
    assert starts == sorted(starts, reverse=True)
    items = get_all(client, "agenda-items", headers, meeting=api_world.world.meeting.pk)
    assert [i["position"] for i in items] == sorted(i["position"] for i in items)


# --- query counts ----------------------------------------------------------------------------
def grow(api_world: ApiWorld) -> None:
    """More meetings, items, recommendations, decisions, attachments and people."""
    forum = api_world.forum
    for n in range(3):
        meeting = services.create_meeting(
            forum,
            starts_at=aware(datetime.date(2027, 5, 1 + n), 9),
            ends_at=aware(datetime.date(2027, 5, 1 + n), 10),
        )
        for k in range(3):
            item = add_item(meeting, f"Punkt {k}", recommendations=["a", "b"])
            services.add_attachment(item, "Link", url="https://example.dk/bilag")
        services.publish_agenda(meeting)
        MembershipFactory(
            forum=forum, person=PersonFactory(), party=api_world.world.steering.viborg
        )


# Queries of a list page: anonymous callers need no lookups of their rights; signed-in ones
# need their roles, the fora of their clusters and their current seats, once for every rule
# (plus the token, or the session and its user), and for items their exclusions.
COUNTS = {
    ("anonymous", "meetings"): 2,
    ("anonymous", "agenda-items"): 4,
    ("anonymous", "people"): 2,
    ("anonymous", "attachments"): 2,
    ("secretariat", "meetings"): 5,
    ("secretariat", "agenda-items"): 7,
    ("secretariat", "people"): 5,
    ("secretariat", "attachments"): 5,
    ("secretariat", "actions"): 5,
    ("member", "agenda-items"): 8,
}


@pytest.mark.parametrize(("role", "name"), list(COUNTS))
def test_a_list_page_costs_a_fixed_number_of_queries(
    api_world, django_assert_num_queries, role, name
):
    client, headers = caller(api_world, role)
    client.get(f"/api/v1/{name}/", headers=headers)  # the token's first use is recorded once
    with django_assert_num_queries(COUNTS[role, name]):
        before = client.get(f"/api/v1/{name}/", headers=headers).json()["count"]
    grow(api_world)
    with django_assert_num_queries(COUNTS[role, name]):
        after = client.get(f"/api/v1/{name}/", headers=headers).json()["count"]
    assert after > before or name == "actions"


@pytest.mark.parametrize(("role", "name", "count"), [
    ("anonymous", "meetings", 1),
    ("anonymous", "agenda-items", 3),
    ("member", "agenda-items", 7),
])  # fmt: skip
def test_an_object_costs_a_fixed_number_of_queries(
    api_world, django_assert_num_queries, role, name, count
):
    client, headers = caller(api_world, role)
    pk = api_world.world.open_item.pk if name == "agenda-items" else api_world.world.meeting.pk
    client.get(f"/api/v1/{name}/{pk}/", headers=headers)
    with django_assert_num_queries(count):
        assert client.get(f"/api/v1/{name}/{pk}/", headers=headers).status_code == 200
