"""OParl's external lists: paging, the standard filters, and query counts that do not grow."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from klynge.meetings import services
from klynge.meetings.models import Meeting
from klynge.meetings.tests.conftest import DAY, add_item, aware, steering  # noqa: F401
from klynge.organisation.tests.factories import MembershipFactory, PersonFactory

from .test_oparl import ROOT, upload, world  # noqa: F401


def meetings_list(world) -> str:  # noqa: F811
    return f"{ROOT}body/cluster-{world.steering.forum.cluster_id}/meeting/"


def add_meetings(forum, count: int, published: bool = True) -> list[Meeting]:
    added = []
    for n in range(count):
        start = aware(DAY + datetime.timedelta(days=7 * (n + 1)), 9)
        meeting = services.create_meeting(
            forum, starts_at=start, ends_at=start + datetime.timedelta(hours=2), place="Aarhus"
        )
        item = add_item(meeting, f"Punkt {n}", recommendations=["godkender"])
        services.add_attachment(item, f"Bilag {n}", upload=upload())
        services.add_attachment(item, f"Link {n}", url="https://example.dk/link")
        if published:
            services.publish_agenda(meeting)
        added.append(meeting)
    return added


def collect(client, url: str) -> tuple[list[str], list[dict]]:
    ids, pages = [], []
    while url:
        page = client.get(url).json()
        pages.append(page)
        ids += [o["id"] for o in page["data"]]
        url = page["links"].get("next")
    return ids, pages


def test_limit_pages_the_list_with_links(client, world):  # noqa: F811
    add_meetings(world.steering.forum, 3)
    first = client.get(meetings_list(world), {"limit": 2}).json()
    assert first["pagination"] == {
        "totalElements": 5,
        "elementsPerPage": 2,
        "currentPage": 1,
        "totalPages": 3,
    }
    assert len(first["data"]) == 2
    assert "prev" not in first["links"]
    assert parse_qs(urlparse(first["links"]["next"]).query) == {"limit": ["2"], "page": ["2"]}
    assert parse_qs(urlparse(first["links"]["last"]).query)["page"] == ["3"]
    ids, pages = collect(client, f"{meetings_list(world)}?limit=2")
    assert len(ids) == len(set(ids)) == 5
    assert [p["pagination"]["currentPage"] for p in pages] == [1, 2, 3]
    assert "next" not in pages[-1]["links"]
    assert pages[-1]["links"]["prev"].endswith("page=2")
    assert len(pages[-1]["data"]) == 1


def test_limit_is_capped_and_checked(client, world):  # noqa: F811
    data = client.get(meetings_list(world), {"limit": 100000}).json()
    assert data["pagination"]["elementsPerPage"] == 500
    for bad in ("0", "-1", "mange"):
        response = client.get(meetings_list(world), {"limit": bad})
        assert response.status_code == 400
        assert "limit" in response.json()["error"]


def test_a_page_past_the_end_is_not_found(client, world):  # noqa: F811
    assert client.get(meetings_list(world), {"page": 9}).status_code == 404
    assert client.get(meetings_list(world), {"page": "x"}).status_code == 404


def _age(meeting: Meeting, moment: datetime.datetime) -> None:
    """Move the meeting's audit trail (its created and modified) back in time."""
    entries = LogEntry.objects.filter(
        content_type__model="meeting", content_type__app_label="meetings", object_id=meeting.pk
    )
    entries.update(timestamp=moment)


def test_created_and_modified_filters(client, world):  # noqa: F811
    old, new = add_meetings(world.steering.forum, 2, published=False)
    _age(old, aware(datetime.date(2020, 1, 1), 12))
    _age(world.meeting, aware(datetime.date(2020, 6, 1), 12))
    Meeting.objects.filter(pk=world.meeting.pk).update(
        agenda_published_at=aware(datetime.date(2020, 6, 1), 12),
        minutes_published_at=aware(datetime.date(2020, 6, 2), 12),
    )
    world.meeting.versions.update(created_at=aware(datetime.date(2020, 6, 2), 12))
    url = meetings_list(world)

    def ids(**filters: str) -> set[int]:
        data = client.get(url, filters).json()["data"]
        return {int(o["id"].rstrip("/").rsplit("/", 1)[1]) for o in data}

    draft = world.draft_meeting.pk
    assert ids(created_since="2021-01-01T00:00:00+01:00") == {new.pk, draft}
    assert ids(created_until="2020-12-31T00:00:00Z") == {old.pk, world.meeting.pk}
    assert ids(modified_since="2020-03-01T00:00:00+01:00") == {world.meeting.pk, new.pk, draft}
    assert ids(modified_until="2020-06-01T23:00:00", created_since="2020-05-01") == set()
    # An unescaped "+" of the offset arrives as a space and is understood anyway.
    response = client.get(f"{url}?created_since=2021-01-01T00:00:00+01:00")
    assert response.status_code == 200
    assert len(response.json()["data"]) == 2
    data = client.get(url, {"created_since": "2019-01-01T00:00:00Z", "limit": 1}).json()
    assert "created_since=2019-01-01T00%3A00%3A00Z" in data["links"]["next"]
    bad = client.get(url, {"modified_since": "i går"})
    assert bad.status_code == 400
    assert "modified_since" in bad.json()["error"]


def test_body_list_filters_too(client, world):  # noqa: F811
    data = client.get(f"{ROOT}body/", {"created_since": "2100-01-01T00:00:00Z"}).json()
    assert data["data"] == []
    assert data["pagination"]["totalElements"] == 0
    assert len(client.get(f"{ROOT}body/").json()["data"]) == 2


def test_organization_list_pages_across_fora_and_parties(client, world):  # noqa: F811
    url = f"{ROOT}body/cluster-{world.steering.forum.cluster_id}/organization/"
    everything = client.get(url).json()["data"]
    kinds = [o["organizationType"] for o in everything]
    assert kinds == ["Gremium", "Institution", "Institution"]
    ids, pages = collect(client, f"{url}?limit=2")
    assert ids == [o["id"] for o in everything]
    assert len(pages) == 2


def _lists(world) -> dict[str, str]:  # noqa: F811
    body = f"{ROOT}body/cluster-{world.steering.forum.cluster_id}/"
    lists = ["organization", "person", "membership", "meeting", "agendaitem", "paper"]
    return {
        "bodies": f"{ROOT}body/",
        **{name: f"{body}{name}/" for name in lists},
        "forum meetings": f"{ROOT}organization/forum-{world.steering.forum.pk}/meeting/",
    }


def _objects(world) -> list[str]:  # noqa: F811
    item, meeting = world.decision_item.pk, world.meeting.pk
    return [
        ROOT,
        f"{ROOT}body/cluster-{world.steering.forum.cluster_id}/",
        f"{ROOT}organization/forum-{world.steering.forum.pk}/",
        f"{ROOT}organization/party-{world.steering.viborg.pk}/",
        f"{ROOT}person/{world.steering.hospital_chair.pk}/",
        f"{ROOT}membership/{world.steering.forum.memberships.first().pk}/",
        f"{ROOT}meeting/{meeting}/",
        f"{ROOT}location/{meeting}/",
        f"{ROOT}agendaitem/{item}/",
        f"{ROOT}paper/{item}/",
        f"{ROOT}consultation/{item}/",
        f"{ROOT}file/attachment-{world.open_attachment.pk}/",
        f"{ROOT}file/case-{item}/",
        f"{ROOT}file/minutes-pdf-{meeting}/",
    ]


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def grow(world) -> None:  # noqa: F811
    """Much more of everything: meetings with items and files, members, people."""
    forum = world.steering.forum
    add_meetings(forum, 6)
    for _ in range(6):
        MembershipFactory(forum=forum, person=PersonFactory(), party=world.steering.viborg)
    MembershipFactory(forum=forum, person=PersonFactory(), party=world.steering.hospital)


# The body (or forum) itself, the count, the page, then what the objects embed.
EXPECTED_LIST_QUERIES = {
    "bodies": 3,
    "organization": 6,
    "person": 4,
    "membership": 3,
    "meeting": 6,
    "agendaitem": 4,
    "paper": 5,
    "forum meetings": 6,
}


def test_query_counts_of_lists_do_not_grow(client, world):  # noqa: F811
    before = {name: count_queries(client, url) for name, url in _lists(world).items()}
    grow(world)
    after = {name: count_queries(client, url) for name, url in _lists(world).items()}
    assert after == before == EXPECTED_LIST_QUERIES


def test_query_counts_of_objects_do_not_grow(client, world):  # noqa: F811
    before = {url: count_queries(client, url) for url in _objects(world)}
    grow(world)
    assert {url: count_queries(client, url) for url in _objects(world)} == before
    assert max(before.values()) <= 5


@pytest.mark.parametrize("limit", [1, 3])
def test_meeting_page_query_count_is_pinned(client, world, django_assert_num_queries, limit):  # noqa: F811
    add_meetings(world.steering.forum, 4)
    with django_assert_num_queries(6):
        response = client.get(meetings_list(world), {"limit": limit})
    assert len(response.json()["data"]) == limit
