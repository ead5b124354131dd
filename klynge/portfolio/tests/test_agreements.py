"""Collaboration agreements: the region matrix, the implementation per cluster, status reports,
the status document for the steering forum, and who may read and write them."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from klynge.accounts.models import Role, User
from klynge.meetings.tests.conftest import (
    PASSWORD,
    Steering,
    add_item,
    steering,  # noqa: F401 - shared fixture
)
from klynge.organisation.models import Cluster, Forum
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory, RegionFactory
from klynge.portfolio import queries, services
from klynge.portfolio.models import Agreement, Implementation, Milestone, StatusReport

pytestmark = pytest.mark.django_db

Status = Implementation.Status
D = datetime.date


@dataclass
class Agreements:
    steering: Steering
    committee: Forum
    other_cluster: Cluster
    network: Forum
    breastfeeding: Agreement
    seventy_two: Agreement
    midt: Implementation
    other: Implementation


def network_of(cluster: Cluster, name: str = "Implementeringsnetværk for amning") -> Forum:
    return ForumFactory(
        cluster=cluster, name=name, slug=f"{cluster.slug}-amning", kind=Forum.Kind.IMPLEMENTATION
    )


@pytest.fixture
def agreements(steering) -> Agreements:  # noqa: F811
    region = steering.forum.region
    committee = ForumFactory(
        cluster=None,
        region=region,
        name="Fødeplanudvalget",
        slug="midtjylland-foedeplanudvalget",
        kind=Forum.Kind.REGIONAL_COMMITTEE,
    )
    other_cluster = ClusterFactory(name="Gødstrupklyngen", slug="goedstrupklyngen", region=region)
    network = network_of(steering.forum.cluster)
    breastfeeding = services.save_agreement(
        Agreement(
            region=region,
            name="Samarbejdsaftale om en styrket indsats vedrørende amning/barnets ernæring",
            short_name="Amning/barnets ernæring",
            steering_forum=committee,
            approved_on=D(2022, 12, 19),
        )
    )
    established = services.save_milestone(
        Milestone(
            agreement=breastfeeding,
            date=D(2024, 6, 30),
            title="Implementeringsnetværk etableret i hver klynge",
        )
    )
    seventy_two = services.save_agreement(
        Agreement(
            region=region,
            name="72 timers udvidet behandlingsansvar efter udskrivelse",
            short_name="72-timers behandlingsansvar",
            steering_forum=committee,
            in_force_on=D(2023, 9, 15),
        )
    )
    for day, title in ((D(2023, 9, 15), "Trin 1"), (D(2023, 11, 1), "Trin 2")):
        services.save_milestone(Milestone(agreement=seventy_two, date=day, title=title))
    midt = services.save_implementation(
        Implementation(
            agreement=breastfeeding,
            cluster=steering.forum.cluster,
            implementing_forum=network,
            status=Status.PLANNED,
            next_milestone=established,
        )
    )
    other = services.save_implementation(
        Implementation(
            agreement=breastfeeding,
            cluster=other_cluster,
            implementing_forum=network_of(other_cluster),
            status=Status.IMPLEMENTED,
        )
    )
    return Agreements(
        steering, committee, other_cluster, network, breastfeeding, seventy_two, midt, other
    )


@pytest.fixture
def secretariat(client, agreements):
    client.force_login(agreements.steering.secretary_user)
    return client


def matrix_url(agreements: Agreements) -> str:
    return reverse("portfolio:region_agreements", args=[agreements.committee.region.slug])


def test_the_matrix_lists_every_cluster_and_agreement_with_status(secretariat, agreements):
    response = secretariat.get(matrix_url(agreements))
    assert response.status_code == 200
    matrix = response.context["matrix"]
    assert [row.cluster.name for row in matrix.rows] == ["Gødstrupklyngen", "Midtklyngen"]
    assert [a.label for a in matrix.agreements] == [
        "72-timers behandlingsansvar",
        "Amning/barnets ernæring",
    ]
    cells = {(c.cluster.name, c.agreement.label): c for row in matrix.rows for c in row.cells}
    assert len(cells) == 4
    assert cells["Midtklyngen", "Amning/barnets ernæring"].implementation.status == Status.PLANNED
    assert cells["Midtklyngen", "72-timers behandlingsansvar"].implementation is None
    html = response.content.decode()
    assert '<th scope="row"><a href="/organisation/klynger/goedstrupklyngen/">' in html
    table = html.split('id="agreement-matrix"')[1].split("</table>")[0]
    assert table.count('<th scope="col">') == 3  # the cluster column and one per agreement
    assert table.count('<th scope="row">') == 2
    assert "Planlagt" in html and "Implementeret" in html
    assert html.count("Ikke registreret") == 2
    assert "30. juni 2024" in html  # Midtklyngen's next milestone


def test_the_matrix_query_count_is_fixed(secretariat, agreements, django_assert_num_queries):
    url = matrix_url(agreements)
    secretariat.get(url)
    with CaptureQueriesContext(connection) as before:
        secretariat.get(url)
    region = agreements.committee.region
    for n in range(4):
        cluster = ClusterFactory(name=f"Klynge {n}", region=region)
        agreement = services.save_agreement(
            Agreement(region=region, name=f"Aftale {n}", steering_forum=agreements.committee)
        )
        services.save_milestone(Milestone(agreement=agreement, date=D(2030, 1, n + 1), title="M"))
        implementation = services.save_implementation(
            Implementation(
                agreement=agreement, cluster=cluster, implementing_forum=network_of(cluster)
            )
        )
        services.add_status_report(
            StatusReport(
                implementation=implementation,
                reported_on=D(2025, 1, 1),
                status=Status.IN_PROGRESS,
                text="I gang.",
            )
        )
    with django_assert_num_queries(len(before.captured_queries)):
        response = secretariat.get(url)
    assert len(response.context["matrix"].rows) == 6
    assert len(response.context["matrix"].agreements) == 6
    assert response.content.decode().count("Seneste rapport: 1. januar 2025") == 4


def test_a_status_report_updates_the_status(agreements):
    midt = agreements.midt
    services.add_status_report(
        StatusReport(
            implementation=midt,
            reported_on=D(2024, 6, 1),
            status=Status.IN_PROGRESS,
            text="Netværket er etableret.",
        )
    )
    midt.refresh_from_db()
    assert midt.status == Status.IN_PROGRESS
    # An older report is history: it does not overwrite the newer status.
    services.add_status_report(
        StatusReport(
            implementation=midt, reported_on=D(2024, 1, 1), status=Status.PLANNED, text="Planlagt."
        )
    )
    midt.refresh_from_db()
    assert midt.status == Status.IN_PROGRESS


def test_a_foreign_implementing_forum_is_refused_in_danish(agreements):
    foreign = ForumFactory(cluster=agreements.other_cluster, name="Styregruppe")
    implementation = Implementation(
        agreement=agreements.seventy_two,
        cluster=agreements.steering.forum.cluster,
        implementing_forum=foreign,
    )
    with pytest.raises(ValidationError) as error:
        services.save_implementation(implementation)
    assert error.value.message_dict["implementing_forum"] == [
        "Det implementerende forum skal høre til klyngen eller være et forum på regionsniveau i"
        " regionen."
    ]
    assert not Implementation.objects.filter(agreement=agreements.seventy_two).exists()
    # A region-level forum of the region is allowed.
    implementation.implementing_forum = agreements.committee
    services.save_implementation(implementation)


def test_other_refusals_in_danish(agreements):
    cluster_forum = agreements.steering.forum
    with pytest.raises(ValidationError) as error:
        services.save_agreement(
            Agreement(region=cluster_forum.region, name="X", steering_forum=cluster_forum)
        )
    assert error.value.message_dict["steering_forum"] == [
        "Styregruppen skal være et forum på regionsniveau i regionen."
    ]
    with pytest.raises(ValidationError) as error:
        services.save_implementation(
            Implementation(agreement=agreements.breastfeeding, cluster=agreements.other_cluster)
        )
    assert "Aftalen er allerede registreret til implementering i klyngen." in str(error.value)
    south = ClusterFactory(name="Lillebælt", region=RegionFactory(name="Syd", slug="syd"))
    with pytest.raises(ValidationError) as error:
        services.save_implementation(
            Implementation(agreement=agreements.seventy_two, cluster=south)
        )
    assert error.value.message_dict["cluster"] == ["Klyngen ligger i en anden region end aftalen."]


def test_a_report_cannot_cite_another_clusters_meeting(agreements):
    from klynge.meetings import services as meetings

    other_forum = ForumFactory(cluster=agreements.other_cluster, name="Styregruppe")
    meeting = meetings.create_meeting(
        other_forum,
        starts_at=agreements.steering.meeting.starts_at,
        ends_at=agreements.steering.meeting.ends_at,
    )
    item = add_item(meeting, "Skriftlig orientering")
    with pytest.raises(ValidationError) as error:
        services.add_status_report(
            StatusReport(
                implementation=agreements.midt,
                reported_on=D(2024, 1, 1),
                status=Status.IN_PROGRESS,
                text="x",
                agenda_item=item,
            )
        )
    assert error.value.message_dict["agenda_item"]
    assert agreements.midt.reports.count() == 0


def test_the_secretariat_adds_a_report_through_the_form(secretariat, agreements):
    item = add_item(agreements.steering.meeting, "Skriftlige orienteringspunkter")
    url = reverse("portfolio:report_new", args=[agreements.midt.pk])
    page = secretariat.get(agreements.midt.get_absolute_url())
    assert "Tilføj statusrapport" in page.content.decode()
    response = secretariat.post(
        url,
        {
            "reported_on": "2024-06-30",
            "status": Status.IN_PROGRESS,
            "text": "Netværket er **etableret**.\n\n- første møde holdt",
            "by": "Netværkets formand",
            "agenda_item": item.pk,
        },
    )
    assert response.status_code == 302
    agreements.midt.refresh_from_db()
    assert agreements.midt.status == Status.IN_PROGRESS
    page = secretariat.get(agreements.midt.get_absolute_url()).content.decode()
    assert "<strong>etableret</strong>" in page
    assert "Skriftlige orienteringspunkter" in page
    bad = secretariat.post(url, {"reported_on": "", "status": Status.PAUSED, "text": ""})
    assert bad.status_code == 200
    assert "påkrævet" in bad.content.decode()
    assert agreements.midt.reports.count() == 1


def test_a_reader_of_another_region_is_refused(client, agreements):
    south = ClusterFactory(name="Lillebælt", region=RegionFactory(name="Syd", slug="syd"))
    user = User.objects.create_user("syd", password=PASSWORD)
    user.roles.create(role=Role.SECRETARIAT, cluster=south)
    client.force_login(user)
    pk = agreements.breastfeeding.pk
    for url in (
        matrix_url(agreements),
        reverse("portfolio:agreement", args=[pk]),
        reverse("portfolio:agreement_report", args=[pk]),
        reverse("portfolio:agreement_report_pdf", args=[pk]),
        reverse("portfolio:implementation", args=[agreements.midt.pk]),
        reverse("portfolio:report_new", args=[agreements.midt.pk]),
    ):
        assert client.get(url).status_code == 403, url


def test_a_reader_of_an_implementing_forum_reads_but_does_not_report(client, agreements):
    user = User.objects.create_user("netvaerk", password=PASSWORD)
    user.roles.create(role=Role.READER, forum=agreements.network)
    client.force_login(user)
    assert client.get(matrix_url(agreements)).status_code == 200
    page = client.get(agreements.midt.get_absolute_url())
    assert page.status_code == 200
    assert "Tilføj statusrapport" not in page.content.decode()
    url = reverse("portfolio:report_new", args=[agreements.midt.pk])
    assert client.post(url, {"text": "x"}).status_code == 403


def test_the_agreement_page_shows_milestones_and_every_cluster(secretariat, agreements):
    html = secretariat.get(agreements.seventy_two.get_absolute_url()).content.decode()
    assert "15. september 2023" in html and "1. november 2023" in html
    assert html.count("Ikke registreret") == 2
    html = secretariat.get(agreements.breastfeeding.get_absolute_url()).content.decode()
    assert "Gødstrupklyngen" in html and "Midtklyngen" in html
    assert "Hent som PDF" in html


def test_the_status_document_shows_the_status_on_the_date(secretariat, agreements):
    services.add_status_report(
        StatusReport(
            implementation=agreements.midt,
            reported_on=D(2024, 6, 1),
            status=Status.IN_PROGRESS,
            text="Netværket er etableret.",
        )
    )
    url = reverse("portfolio:agreement_report", args=[agreements.breastfeeding.pk])
    before = secretariat.get(url, {"dato": "2024-01-01"})
    lines = {line.cluster.name: line for line in before.context["lines"]}
    assert lines["Midtklyngen"].report is None
    assert lines["Midtklyngen"].status == Status.IN_PROGRESS  # no report then: registered status
    after = secretariat.get(url, {"dato": "2024-06-30"})
    lines = {line.cluster.name: line for line in after.context["lines"]}
    assert lines["Midtklyngen"].report.text == "Netværket er etableret."
    assert "Netværket er etableret." in after.content.decode()


def test_the_pdf_contains_every_clusters_status(secretariat, agreements):
    services.add_status_report(
        StatusReport(
            implementation=agreements.midt,
            reported_on=D(2024, 6, 1),
            status=Status.IN_PROGRESS,
            text="Netværket er etableret.",
        )
    )
    url = reverse("portfolio:agreement_report_pdf", args=[agreements.breastfeeding.pk])
    response = secretariat.get(url, {"dato": "2024-06-30"})
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Statusrapport" in text
    assert "Midtklyngen" in text and "I gang" in text
    assert "Gødstrupklyngen" in text and "Implementeret" in text
    assert "Netværket er etableret." in text
    assert "Fødeplanudvalget" in text


def test_region_and_steering_forum_pages_link_the_matrix(secretariat, agreements):
    url = matrix_url(agreements)
    region_page = secretariat.get(
        reverse("organisation:region", args=[agreements.committee.region.slug])
    )
    assert url in region_page.content.decode()
    forum_page = secretariat.get(agreements.committee.get_absolute_url())
    assert url in forum_page.content.decode()
    cluster_forum_page = secretariat.get(agreements.network.get_absolute_url())
    assert url not in cluster_forum_page.content.decode()


def test_the_matrix_is_read_by_the_region_level_forum(agreements):
    region = agreements.committee.region
    matrix = queries.region_matrix(region, D(2024, 1, 1))
    assert agreements.committee.pk in matrix.forum_ids()
    cell = next(c for row in matrix.rows for c in row.cells if c.implementation == agreements.midt)
    assert cell.next_milestone.date == D(2024, 6, 30)
    # Without a milestone chosen, the agreement's next upcoming one.
    services.save_implementation(
        Implementation(agreement=agreements.seventy_two, cluster=agreements.other_cluster)
    )
    matrix = queries.region_matrix(region, D(2023, 10, 1))
    cell = next(c for c in matrix.rows[0].cells if c.agreement == agreements.seventy_two)
    assert cell.cluster.name == "Gødstrupklyngen"
    assert cell.next_milestone.title == "Trin 2"
