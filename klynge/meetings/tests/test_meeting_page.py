"""The meeting page: the document, attendance, actions; fixed query count; closed items."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfWriter

from klynge.accounts.models import Role
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Attachment

from .conftest import PASSWORD, add_item

pytestmark = pytest.mark.django_db


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def secretary(client, steering):
    client.force_login(steering.secretary_user)
    return client


def grow(meeting, n):
    for i in range(n):
        item = add_item(meeting, f"Punkt nummer {i}", recommendations=["godkender", "drøfter"])
        services.add_attachment(item, f"Bilag {i}", url="https://www.rm.dk/bilag")
        services.add_attachment(
            item, "", upload=SimpleUploadedFile(f"notat-{i}.pdf", pdf_bytes(), "application/pdf")
        )


def test_meeting_page_shows_agenda_and_attendance(secretary, steering):
    add_item(
        steering.meeting,
        "Status på de 4 initiativer",
        minutes=25,
        recommendations=["at klyngestyregruppen tager orienteringen til efterretning"],
    )
    html = secretary.get(steering.meeting.get_absolute_url()).content.decode()
    assert "Status på de 4 initiativer" in html  # in the agenda beside the meeting
    assert "Kristine Stange" in html and "Viborg Kommune" in html
    assert "Udsend dagsordenen" in html
    assert "Hent dagsorden som PDF" in html
    whole = secretary.get(reverse("meetings:whole", args=[steering.meeting.pk])).content.decode()
    assert "kl. 08:30–08:55" in whole
    assert "INDSTILLING" in whole


def test_meeting_page_query_count_is_fixed(secretary, steering, django_assert_num_queries):
    url = steering.meeting.get_absolute_url()
    grow(steering.meeting, 2)
    secretary.get(url)
    with django_assert_num_queries(QUERIES):
        secretary.get(url)
    grow(steering.meeting, 8)
    with django_assert_num_queries(QUERIES):
        response = secretary.get(url)
    assert response.content.decode().count("Punkt nummer 7") >= 2


# session, user, meeting (with forum, cluster, region, leader), items, recommendations,
# attachments, decisions, attendances, minute-takers, approvals, exclusions, the roles covering
# the forum (asked once for both reading closed items and managing), chairs, versions; for the
# agenda beside it the user's forum grants, the comment counts and the read markers; the review
# round and the participants' approval panels; the header menu (klynge.navigation).
QUERIES = 21


def test_closed_item_only_for_the_forums_members(client, steering, django_user_model):
    add_item(steering.meeting, "Personsag", closed=True, case_text="Fortroligt: borgerens navn")
    outsider = django_user_model.objects.create_user("udenfor", password=PASSWORD)
    outsider.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    client.force_login(outsider)
    html = client.get(steering.meeting.get_absolute_url()).content.decode()
    # A reader who is no member sees that the closed item exists, never its title.
    assert "Lukket punkt" in html
    assert "Personsag" not in html and "borgerens navn" not in html
    whole = client.get(reverse("meetings:whole", args=[steering.meeting.pk])).content.decode()
    assert "Lukket punkt" in whole
    assert "Personsag" not in whole and "borgerens navn" not in whole
    client.force_login(steering.member_user)
    html = client.get(steering.meeting.get_absolute_url()).content.decode()
    assert "Personsag" in html
    whole = client.get(reverse("meetings:whole", args=[steering.meeting.pk])).content.decode()
    assert "Personsag" in whole and "borgerens navn" in whole


def test_closed_items_attachment_is_refused_to_outsiders(client, steering, django_user_model):
    item = add_item(steering.meeting, "Personsag", closed=True)
    attachment = services.add_attachment(
        item, "Notat", upload=SimpleUploadedFile("notat.pdf", pdf_bytes(), "application/pdf")
    )
    url = reverse("meetings:attachment", args=[steering.meeting.pk, attachment.pk])
    client.force_login(django_user_model.objects.create_user("udenfor", password=PASSWORD))
    assert client.get(url).status_code == 404
    client.force_login(steering.member_user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_add_item_through_the_form(secretary, steering):
    url = reverse("meetings:item_new", args=[steering.meeting.pk])
    response = secretary.post(
        url,
        {
            "kind": "decision",
            "title": "Godkendelse af opdateret kommissorium",
            "duration_minutes": "15",
            "presenters": "Mette Andreassen",
            "case_text": "Kommissoriet er opdateret.\n\n- præciseringer\n- rotation",
            "recommendations_text": "at kommissoriet godkendes\nat rotationen fastholdes",
        },
    )
    assert response.status_code == 302
    item = AgendaItem.objects.get(title="Godkendelse af opdateret kommissorium")
    assert [r.number for r in item.recommendations.all()] == [1, 2]


def test_item_form_refuses_missing_title_in_danish(secretary, steering):
    response = secretary.post(
        reverse("meetings:item_new", args=[steering.meeting.pk]),
        {"kind": "decision", "duration_minutes": "10"},
    )
    assert "Dette felt er påkrævet." in response.content.decode()
    assert not AgendaItem.objects.exists()


def test_upload_checked_by_content(secretary, steering):
    item = add_item(steering.meeting, "Budget")
    url = reverse("meetings:attachment_add", args=[steering.meeting.pk, item.pk])
    fake = SimpleUploadedFile("budget.pdf", b"MZ\x90\x00 not a pdf at all", "application/pdf")
    response = secretary.post(url, {"file": fake, "title": "Budget"})
    assert "Kun PDF-, Word-, Excel-, PowerPoint- og billedfiler" in response.content.decode()
    renamed = SimpleUploadedFile("budget.docx", pdf_bytes(), "application/pdf")
    response = secretary.post(url, {"file": renamed, "title": "Budget"})
    assert "Filens navn passer ikke til indholdet" in response.content.decode()
    assert not Attachment.objects.exists()
    good = SimpleUploadedFile("budget.pdf", pdf_bytes(), "application/octet-stream")
    assert secretary.post(url, {"file": good, "title": "Budget"}).status_code == 302
    assert Attachment.objects.get().content_type == "application/pdf"


def test_reader_cannot_change_the_meeting(client, steering):
    client.force_login(steering.member_user)
    assert client.get(reverse("meetings:item_new", args=[steering.meeting.pk])).status_code == 403
    assert (
        client.post(reverse("meetings:meeting_step", args=[steering.meeting.pk])).status_code == 403
    )


def test_plan_a_meeting_invites_the_members(secretary, steering):
    url = reverse("meetings:meeting_new", args=[steering.forum.slug])
    response = secretary.post(
        url,
        {"day": "2027-03-04", "starts": "09:00", "ends": "12:00", "place": "Regionshuset Viborg"},
    )
    assert response.status_code == 302
    meeting = steering.forum.meetings.get(place="Regionshuset Viborg")
    assert meeting.attendances.count() == 3


def test_meeting_must_end_after_it_starts(secretary, steering):
    url = reverse("meetings:meeting_new", args=[steering.forum.slug])
    response = secretary.post(url, {"day": "2027-03-04", "starts": "12:00", "ends": "09:00"})
    assert "Mødet skal slutte, efter det starter." in response.content.decode()


def test_add_a_guest_for_an_item(secretary, steering):
    item = add_item(steering.meeting, "Forskningscenteret")
    response = secretary.post(
        reverse("meetings:guest_add", args=[steering.meeting.pk]),
        {
            "new_name": "Mette Elkjær",
            "new_title": "leder",
            "item": item.pk,
            "role_text": "oplægsholder",
        },
    )
    assert response.status_code == 302
    guest = steering.meeting.attendances.get(person__name="Mette Elkjær")
    assert guest.is_guest and guest.item == item
    html = secretary.get(steering.meeting.get_absolute_url()).content.decode()
    assert "Mette Elkjær" in html


def test_holding_the_meeting_marks_the_invited_as_attending(steering):
    add_item(steering.meeting, "Velkomst")
    services.publish_agenda(steering.meeting)
    absent = steering.meeting.attendances.get(person=steering.member)
    services.record_apology(absent)
    services.hold_meeting(steering.meeting)
    statuses = dict(steering.meeting.attendances.values_list("person__name", "status"))
    assert statuses == {
        "Jonas Dahl": "attending",
        "Mette Andreassen": "attending",
        "Kristine Stange": "apology",
    }
