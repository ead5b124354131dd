"""The public pages need a fixed number of queries, however much there is to show, and the
meeting page is served from the cache until something on it changes."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from klynge.meetings import services
from klynge.meetings.models import AgendaItem
from klynge.meetings.tests.conftest import add_item, aware
from klynge.organisation.tests.factories import ForumFactory, MembershipFactory
from klynge.portfolio import services as portfolio
from klynge.portfolio.models import Fund, Initiative

from .test_site_pages import (  # noqa: F401 - fixtures
    PublicWorld,
    pdf_bytes,
    public_urls,
    public_world,
    publish_minutes,
    steering,
)

# Queries per page. The meeting page: its meeting and its item outline when cached; the whole
# meeting (load_meeting's nine) and its public items when it is rendered.
# A body's pages first look up its kind (body_urls); the region, body and forum pages read their
# lineage (organisational changes in and out; the fora carrying a forum on).
QUERIES = {
    "index": 3,
    "region": 9,
    "cluster": 9,
    "decisions": 6,
    "initiatives": 3,
    "forum": 5,
    "committee": 5,
    "terms": 3,
    "meeting": 2,
    "draft_meeting": 2,
    "past_meeting": 2,
}
MEETING_RENDERED = 12


def grow(world: PublicWorld) -> None:
    """More of everything the pages list: items, attachments, members, meetings, fora."""
    for n in range(3):
        item = AgendaItem(meeting=world.meeting, title=f"Ekstra punkt {n}", duration_minutes=10)
        services.save_item(item, ["at godkende"], reason="Tilføjet")
        file = SimpleUploadedFile(f"bilag{n}.pdf", pdf_bytes(), "application/pdf")
        services.add_attachment(item, f"Bilag {n}", upload=file, reason="Tilføjet")
        MembershipFactory(forum=world.forum, party=world.steering.viborg)
        day = datetime.date(2026, 1 + n, 5)
        meeting = services.create_meeting(
            world.forum, starts_at=aware(day, 9), ends_at=aware(day, 10)
        )
        add_item(meeting, "Punkt")
        services.publish_agenda(meeting)
        ForumFactory(cluster=world.forum.cluster)
        ForumFactory(cluster=None, region=world.forum.region)
    fund = Fund.objects.get()
    for name in ("Rehabilitering", "Sammen om børn"):
        portfolio.save_initiative(Initiative(fund=fund, name=name, owner_forum=world.forum))


@pytest.mark.parametrize("grown", [False, True], ids=["small", "grown"])
@pytest.mark.parametrize("page", sorted(QUERIES))
def test_query_count_is_fixed(client, public_world, django_assert_num_queries, page, grown):  # noqa: F811
    if grown:
        grow(public_world)
    publish_minutes(public_world)
    url = public_urls(public_world)[page]
    client.get(url)  # fills the meeting page's cache
    with django_assert_num_queries(QUERIES[page]):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("grown", [False, True], ids=["small", "grown"])
def test_rendering_the_meeting_page_takes_a_fixed_number_of_queries(
    client,
    public_world,  # noqa: F811
    django_assert_num_queries,
    grown,
):
    if grown:
        grow(public_world)
    url = public_urls(public_world)["meeting"]
    cache.clear()
    with django_assert_num_queries(MEETING_RENDERED):
        assert client.get(url).status_code == 200
