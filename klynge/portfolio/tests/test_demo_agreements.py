"""The demo's collaboration agreements: the six of the issue, with the seeds' dates, the
breastfeeding networks of every Midt cluster and the status reports of seeds 003 and 004."""

import datetime

import pytest
from django.urls import reverse

from klynge.accounts.models import Role, User
from klynge.demo.testing import seeds_rolled_back
from klynge.organisation.models import Forum
from klynge.portfolio.models import Agreement, Implementation, StatusReport

D = datetime.date


@pytest.fixture(scope="module")
def seeds_built(django_db_setup, django_db_blocker):
    """Build the demo's seeds once for the module, as they stood before the reform of 1 January
    2027 carried the clusters' funds and agreements into the councils (klynge/demo/tests/
    test_demo_reform.py follows them there), rolled back at the module's end."""
    with django_db_blocker.unblock(), seeds_rolled_back():
        yield


@pytest.fixture
def demo(seeds_built, db):
    return seeds_built


@pytest.mark.django_db
def test_the_six_agreements_with_the_seeds_dates(demo):
    agreements = {a.short_name: a for a in Agreement.objects.select_related("region")}
    assert set(agreements) == {
        "Amning/barnets ernæring",
        "72-timers behandlingsansvar",
        "Korrespondancebrevet",
        "Børn og unge i psykisk mistrivsel",
        "SAM:BO",
        "Lænderygprogrammet",
    }
    breastfeeding = agreements["Amning/barnets ernæring"]
    assert breastfeeding.approved_on == D(2022, 12, 19)
    assert breastfeeding.in_force_on is None
    assert "Samsø Kommune har ikke tiltrådt" in breastfeeding.approved_by
    assert breastfeeding.steering_forum.slug == "midtjylland-foedeplanudvalget"
    assert [m.date for m in breastfeeding.milestones.all()] == [D(2024, 6, 30)]
    seventy_two = agreements["72-timers behandlingsansvar"]
    assert [m.date for m in seventy_two.milestones.all()] == [D(2023, 9, 15), D(2023, 11, 1)]
    assert agreements["Børn og unge i psykisk mistrivsel"].in_force_on == D(2023, 5, 1)
    assert agreements["Korrespondancebrevet"].in_force_on == D(2022, 11, 10)
    assert agreements["SAM:BO"].approved_on == D(2025, 1, 29)
    assert agreements["SAM:BO"].region.slug == "syddanmark"
    assert agreements["Lænderygprogrammet"].in_force_on == D(2024, 1, 1)


@pytest.mark.django_db
def test_a_breastfeeding_network_in_every_midt_cluster(demo):
    rows = Implementation.objects.filter(agreement__short_name="Amning/barnets ernæring")
    assert rows.count() == 5
    for row in rows.select_related("cluster", "implementing_forum", "next_milestone"):
        assert row.implementing_forum.slug == f"{row.cluster.slug}-implementeringsnetvaerk-amning"
        assert row.next_milestone.date == D(2024, 6, 30)


@pytest.mark.django_db
def test_the_seeds_status_reports_are_linked_to_their_items(demo):
    reports = StatusReport.objects.select_related(
        "implementation__agreement", "implementation__cluster", "agenda_item__meeting"
    )
    found = {
        (r.implementation.agreement.short_name, r.implementation.cluster.slug): r for r in reports
    }
    assert set(found) == {
        ("72-timers behandlingsansvar", "midtklyngen"),
        ("Korrespondancebrevet", "midtklyngen"),
        ("Børn og unge i psykisk mistrivsel", "midtklyngen"),
        ("SAM:BO", "lillebaelt"),
        ("Lænderygprogrammet", "lillebaelt"),
    }
    for report in found.values():
        assert report.agenda_item is not None
        assert report.agenda_item.meeting.starts_at.date() == report.reported_on
    assert found["72-timers behandlingsansvar", "midtklyngen"].agenda_item.title == (
        "72-timers behandlingsansvar"
    )
    assert found["SAM:BO", "lillebaelt"].agenda_item.title.startswith("Organisering")


@pytest.mark.django_db
def test_foedeplanudvalget_sees_every_cluster_on_one_page(demo, client):
    committee = Forum.objects.get(slug="midtjylland-foedeplanudvalget")
    user = User.objects.create_user("foedeplan")
    user.roles.create(role=Role.READER, forum=committee)
    client.force_login(user)
    response = client.get(reverse("portfolio:region_agreements", args=["midtjylland"]))
    assert response.status_code == 200
    rows = response.context["matrix"].rows
    assert [row.cluster.name for row in rows] == [
        "Gødstrupklyngen",
        "Horsensklyngen",
        "Midtklyngen",
        "Randersklyngen",
        "Aarhusklyngen",
    ]
    for row in rows:
        cell = next(c for c in row.cells if c.agreement.short_name == "Amning/barnets ernæring")
        assert cell.implementation.status == Implementation.Status.PLANNED
