"""Search by a body "with its predecessors": the body's entries and those of every body it
carries on, however many changes back; on both databases."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from klynge.accounts.models import Role, User
from klynge.archive.search.indexer import rebuild_index
from klynge.archive.search.query import search
from klynge.meetings import services
from klynge.meetings.tests.conftest import add_item
from klynge.organisation.models import Cluster, OrganisationalChange
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory

pytestmark = pytest.mark.django_db


def _succeed(before, after) -> None:
    change = OrganisationalChange.objects.create(
        kind="succession", takes_effect_on=datetime.date(2027, 1, 1), title="Ændring"
    )
    change.predecessor_bodies.add(before)
    change.successor_bodies.add(after)


def _item(cluster, slug: str, title: str, day: datetime.date):
    forum = ForumFactory(cluster=cluster, slug=slug)
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    meeting = services.create_meeting(
        forum, starts_at=start, ends_at=start + datetime.timedelta(hours=2)
    )
    return add_item(meeting, title)


@pytest.fixture
def lineage_archive(steering):
    """Vestklyngen → Midtklyngen (renamed) → Sundhedsråd Midt, and Randersklyngen beside them."""
    midt = steering.forum.cluster
    vest = ClusterFactory(name="Vestklyngen", slug="vestklyngen")
    council = ClusterFactory(name="Sundhedsråd Midt", slug="raad-midt", kind=Cluster.Kind.COUNCIL)
    randers = ClusterFactory(name="Randersklyngen", slug="randersklyngen")
    _succeed(vest, midt)
    _succeed(midt, council)
    _item(vest, "vest-forum", "Demensstrategi i vest", datetime.date(2019, 3, 1))
    add_item(steering.meeting, "Demensstrategi i midt")
    _item(council, "raad-forum", "Demensstrategi i rådet", datetime.date(2027, 2, 1))
    _item(randers, "randers-forum", "Demensstrategi i Randers", datetime.date(2024, 5, 1))
    rebuild_index()
    return {"vest": vest, "midt": midt, "council": council, "randers": randers}


def _titles(results) -> set[str]:
    return {hit.title for hit in results.hits}


def test_a_body_alone(lineage_archive):
    admin = User.objects.create_superuser("admin", password="x")
    found = search(admin, "demensstrategi", cluster=lineage_archive["council"])
    assert _titles(found) == {"Demensstrategi i rådet"}


def test_a_body_with_its_predecessors_reaches_through_a_renaming(lineage_archive):
    admin = User.objects.create_superuser("admin", password="x")
    found = search(
        admin, "demensstrategi", cluster=lineage_archive["council"], with_predecessors=True
    )
    assert _titles(found) == {
        "Demensstrategi i rådet",
        "Demensstrategi i midt",
        "Demensstrategi i vest",
    }
    found = search(admin, "demensstrategi", cluster=lineage_archive["midt"], with_predecessors=True)
    assert _titles(found) == {"Demensstrategi i midt", "Demensstrategi i vest"}


def test_with_predecessors_finds_only_what_the_user_reads(lineage_archive):
    reader = User.objects.create_user("laeser", password="x")
    reader.roles.create(role=Role.READER, cluster=lineage_archive["council"])
    found = search(
        reader, "demensstrategi", cluster=lineage_archive["council"], with_predecessors=True
    )
    assert _titles(found) == {"Demensstrategi i rådet"}
    secretariat = User.objects.create_user("sekretaer", password="x")
    secretariat.roles.create(role=Role.SECRETARIAT, cluster=lineage_archive["council"])
    found = search(
        secretariat, "demensstrategi", cluster=lineage_archive["council"], with_predecessors=True
    )
    assert len(_titles(found)) == 3


def test_the_search_page_has_the_checkbox(client, lineage_archive):
    client.force_login(User.objects.create_superuser("admin", password="x"))
    url = reverse("search:search")
    query = {"q": "demensstrategi", "cluster": lineage_archive["council"].pk}
    page = client.get(url, {**query, "with_predecessors": "on"})
    assert [h.title for h in page.context["results"].hits if "vest" in h.title]
    assert 'name="with_predecessors"' in page.content.decode()
    alone = client.get(url, query)
    assert {h.title for h in alone.context["results"].hits} == {"Demensstrategi i rådet"}
