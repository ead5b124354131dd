"""The closed-item leaks that asked only "may this user read the forum?", each pinned.

1. the original of an imported document and its page; 2. the trail of a matter; 3. actions on
closed items (forum list, cluster overview, the action's page, search); 4. former members;
5. a closed action found by the forum it is listed under instead of its item's forum;
closed items' titles shown to readers who are no members; and a predecessor's closed items,
which the successor's secretariat reads and nobody else of the successor.
"""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from klynge.accounts.models import Role, User
from klynge.accounts.permissions import can_view_forum, readable_fora
from klynge.archive import services as archive
from klynge.archive.importer.parsed import ParsedItem, ParsedMeeting
from klynge.archive.search.indexer import rebuild_index
from klynge.archive.search.query import search
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.tests.conftest import DAY, PASSWORD, add_item, aware
from klynge.organisation.models import Cluster, Membership, OrganisationalChange
from klynge.organisation.tests.factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    PersonFactory,
    RegionFactory,
)

TITLE = "Afskedigelse af LUKKETTITEL7QX"


@pytest.fixture
def reader(steering) -> User:
    user = User.objects.create_user("laeser", password=PASSWORD)
    user.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    return user


@pytest.fixture
def closed_item(steering):
    item = add_item(steering.meeting, TITLE, closed=True, case_text="Fortrolig sagsfremstilling")
    services.publish_agenda(steering.meeting)
    return item


def _action(steering, item, title: str = "Følg op på sagen") -> Action:
    return followup.save_action(
        Action(forum=steering.forum, item=item, title=title, responsible_party=steering.viborg)
    )


def _text(client, url: str) -> str:
    response = client.get(url)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return strip_tags(content.decode("utf-8", "replace"))


def test_an_imported_document_with_a_closed_item_is_not_for_readers(client, steering, reader):
    parsed = ParsedMeeting(
        date="2023-06-07",
        items=[ParsedItem(number=1, title="Personsag", case_text="Fortroligt", closed=True)],
    )
    source = archive.import_parsed(parsed, steering.forum, data=b"Fortroligt", filename="r.txt")
    client.force_login(reader)
    assert client.get(reverse("archive:source", args=[source.pk])).status_code == 403
    assert client.get(reverse("archive:source_download", args=[source.pk])).status_code == 403
    client.force_login(steering.member_user)
    assert client.get(reverse("archive:source_download", args=[source.pk])).status_code == 200


def test_an_imported_document_without_closed_items_is_for_readers(client, steering, reader):
    parsed = ParsedMeeting(date="2023-06-07", items=[ParsedItem(number=1, title="Status")])
    source = archive.import_parsed(parsed, steering.forum, data=b"Aabent", filename="r.txt")
    client.force_login(reader)
    assert client.get(reverse("archive:source_download", args=[source.pk])).status_code == 200


def test_the_trail_shows_a_closed_step_only_as_closed(client, steering, closed_item, reader):
    other = ForumFactory(cluster=steering.forum.cluster, slug="midtklyngen-temagruppe")
    referral = followup.forward(closed_item, other, title="Opfølgning")
    meeting = services.create_meeting(other, starts_at=aware(DAY, 13), ends_at=aware(DAY, 14))
    onward = followup.schedule(referral.backlog_item, meeting)
    client.force_login(reader)
    text = _text(client, reverse("followup:trail", args=[onward.pk]))
    assert "Lukket punkt" in text and TITLE not in text
    # The closed item's own trail is not the reader's to open.
    assert client.get(reverse("followup:trail", args=[closed_item.pk])).status_code == 403
    client.force_login(steering.secretary_user)
    assert TITLE in _text(client, reverse("followup:trail", args=[onward.pk]))


def test_actions_on_closed_items_are_for_those_who_see_the_item(
    client, steering, closed_item, reader
):
    action = _action(steering, closed_item, title="Hemmelig opfølgning")
    client.force_login(reader)
    for url in (
        reverse("followup:forum_actions", args=[steering.forum.slug]),
        reverse("followup:cluster", args=[steering.forum.cluster.slug]),
    ):
        assert "Hemmelig opfølgning" not in _text(client, url)
    assert client.get(action.get_absolute_url()).status_code == 403
    client.force_login(steering.member_user)
    assert "Hemmelig opfølgning" in _text(
        client, reverse("followup:forum_actions", args=[steering.forum.slug])
    )
    assert TITLE in _text(client, action.get_absolute_url())


def test_the_responsible_person_reads_their_action_but_not_the_closed_title(
    client, steering, closed_item
):
    outsider = PersonFactory(name="Ekstern Konsulent")
    action = followup.save_action(
        Action(
            forum=steering.forum, item=closed_item, title="Lav notat", responsible_person=outsider
        )
    )
    user = User.objects.create_user("konsulent", password=PASSWORD, person=outsider)
    client.force_login(user)
    text = _text(client, action.get_absolute_url())
    assert "Lav notat" in text and TITLE not in text and "Lukket punkt" in text


def test_a_former_member_keeps_nothing(client, steering):
    former = PersonFactory(name="Tidligere Medlem")
    MembershipFactory(
        forum=steering.forum,
        person=former,
        party=steering.viborg,
        starts_on=datetime.date(2020, 1, 1),
        ends_on=datetime.date(2022, 1, 1),
    )
    user = User.objects.create_user("tidligere", password=PASSWORD, person=former)
    assert not can_view_forum(user, steering.forum)
    assert readable_fora(User.objects.get(pk=user.pk)) == frozenset()
    steering.forum.public = False
    steering.forum.save()
    add_item(steering.meeting, "Status")
    services.publish_agenda(steering.meeting)
    client.force_login(user)
    assert client.get(reverse("api:agenda_item-list")).json()["results"] == []
    assert client.get(reverse("meetings:meeting", args=[steering.meeting.pk])).status_code == 403


def test_a_future_member_has_no_seat_yet(steering):
    future = PersonFactory(name="Kommende Medlem")
    MembershipFactory(
        forum=steering.forum,
        person=future,
        party=steering.viborg,
        starts_on=datetime.date(2099, 1, 1),
    )
    user = User.objects.create_user("kommende", password=PASSWORD, person=future)
    assert not can_view_forum(user, steering.forum)
    assert readable_fora(user) == frozenset()


def test_a_closed_action_is_found_by_its_items_forum(steering, closed_item):
    """A member of another forum, listed as the forum of an action on this forum's closed item,
    does not find the action: the closed item's forum decides."""
    theme = ForumFactory(cluster=steering.forum.cluster, slug="midtklyngen-tema")
    member = PersonFactory(name="Temamedlem")
    MembershipFactory(forum=theme, person=member, role=Membership.Role.MEMBER)
    user = User.objects.create_user("tema", password=PASSWORD, person=member)
    user.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    followup.save_action(
        Action(forum=theme, item=closed_item, title="Tilbudsindhentning", responsible_forum=theme)
    )
    rebuild_index()
    assert search(user, "tilbudsindhentning").total == 0
    assert search(steering.secretary_user, "tilbudsindhentning").total == 1


def test_readers_see_that_a_closed_item_exists_but_not_its_title(
    client, steering, closed_item, reader
):
    client.force_login(reader)
    for url in (
        reverse("meetings:meeting", args=[steering.meeting.pk]),
        reverse("meetings:version", args=[steering.meeting.pk, "agenda", 1]),
    ):
        text = _text(client, url)
        assert "Lukket punkt" in text and TITLE not in text
    pack = client.get(reverse("meetings:agenda_pack", args=[steering.meeting.pk]))
    assert TITLE.encode() not in pack.content
    client.force_login(steering.member_user)
    assert TITLE in _text(client, reverse("meetings:meeting", args=[steering.meeting.pk]))


def _successor(steering, *, region=None) -> object:
    """A council that succeeds the steering group's cluster, through a renamed cluster between."""
    renamed = ClusterFactory(name="Midtklyngen (ny)", slug="midtklyngen-ny")
    council = ClusterFactory(
        name="Sundhedsråd Midt",
        slug="sundhedsraad-midt",
        kind=Cluster.Kind.COUNCIL,
        region=region or steering.forum.region,
    )
    for before, after in ((steering.forum.cluster, renamed), (renamed, council)):
        change = OrganisationalChange.objects.create(
            kind="succession", takes_effect_on=datetime.date(2027, 1, 1), title="Ændring"
        )
        change.predecessor_bodies.add(before)
        change.successor_bodies.add(after)
    return council


def _council_user(council, username: str, role: str) -> User:
    user = User.objects.create_user(username, password=PASSWORD)
    user.roles.create(role=role, cluster=council)
    return user


def test_a_predecessors_closed_item_is_for_the_successors_secretariat_only(
    client, steering, closed_item
):
    council = _successor(steering, region=RegionFactory(name="Region Østdanmark", slug="oest"))
    _action(steering, closed_item, title="Hemmelig opfølgning")
    rebuild_index()
    meeting = reverse("meetings:meeting", args=[steering.meeting.pk])
    secretariat = _council_user(council, "raadssekretariat", Role.SECRETARIAT)
    client.force_login(secretariat)
    assert TITLE in _text(client, meeting)
    assert search(secretariat, "afskedigelse").total == 1
    assert (
        client.get(reverse("meetings:meeting_edit", args=[steering.meeting.pk])).status_code == 403
    )
    for role in (Role.READER, Role.MEMBER, Role.CHAIR):
        user = _council_user(council, f"raad-{role}", role)
        client.force_login(user)
        assert client.get(meeting).status_code == 403
        assert search(user, "afskedigelse").total == 0
        followup_page = reverse("followup:cluster", args=[steering.forum.cluster.slug])
        assert "Hemmelig opfølgning" not in _text(client, followup_page)


def test_the_successors_forum_secretariat_reads_no_predecessor(client, steering, closed_item):
    """A secretariat role for one forum of the council is no secretariat of the council."""
    council = _successor(steering)
    forum = ForumFactory(cluster=council, slug="raad-forum")
    user = User.objects.create_user("forumsekretaer", password=PASSWORD)
    user.roles.create(role=Role.SECRETARIAT, forum=forum)
    client.force_login(user)
    assert client.get(reverse("meetings:meeting", args=[steering.meeting.pk])).status_code == 403
