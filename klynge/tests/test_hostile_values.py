"""Six inputs that a form or the API once accepted and that then broke pages, each pinned: refused
at the field with a Danish message, and where a value from before the rules is stored, every
output still renders."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from klynge.meetings import services
from klynge.meetings.document import item_times
from klynge.meetings.ics import meeting_ics
from klynge.meetings.models import AgendaItem, Meeting
from klynge.meetings.tests.conftest import add_item
from klynge.meetings.tests.test_documents import docx_text, pdf_text
from klynge.organisation.models import Person
from klynge.portfolio.models import Initiative
from klynge.publish.models import ApiToken
from klynge.tests.test_authorization_matrix import _portfolio

pytestmark = pytest.mark.django_db

CONTROL = "Budget\x01 for\x0b klyngen"


def _published(steering, **stored: object) -> AgendaItem:
    """A published agenda whose item holds `stored` values, as an older database could."""
    item = add_item(steering.meeting, "Status", summary="Kort resumé")
    _store(AgendaItem, item.pk, **stored)
    services.publish_agenda(steering.meeting)
    return item


def _store(model, pk: int, **values: object) -> None:
    """Write values as a database from before the rules would hold them (no validation)."""
    model.objects.filter(pk=pk).update(**values)


def _feeds_and_word(client: Client, steering) -> dict[str, int]:
    forum, cluster = steering.forum.slug, steering.forum.cluster.slug
    urls = {
        "rss": reverse("feeds:forum_rss", args=[forum]),
        "atom": reverse("feeds:forum_atom", args=[forum]),
        "cluster rss": reverse("feeds:cluster_rss", args=[cluster]),
        "word": reverse("meetings:agenda_docx", args=[steering.meeting.pk]),
        "public page": reverse("public:meeting", args=[steering.meeting.pk]),
    }
    return {name: client.get(url).status_code for name, url in urls.items()}


def test_1_control_characters_are_refused_at_the_field(client, steering):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("meetings:item_new", args=[steering.meeting.pk]),
        {"kind": "decision", "title": CONTROL, "duration_minutes": 10},
    )
    assert response.status_code == 200
    assert "U+0001, U+000B" in response.context["form"].errors["title"][0]
    assert "kontroltegn" in response.content.decode()
    assert not AgendaItem.objects.exists()


def test_1_a_stored_control_character_breaks_no_feed_and_no_word_file(client, steering):
    _published(steering, title=CONTROL, summary="Resumé\x02")
    client.force_login(steering.secretary_user)
    assert set(_feeds_and_word(client, steering).values()) == {200}
    response = client.get(reverse("meetings:agenda_docx", args=[steering.meeting.pk]))
    assert "Budget\ufffd for\ufffd klyngen" in docx_text(response.content)


def _meeting_form(day: str, starts: str = "10:00", ends: str = "12:00") -> dict[str, str]:
    return {"title": "Ekstra møde", "day": day, "starts": starts, "ends": ends}


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_2_and_4_a_meeting_outside_1900_to_2199_is_refused_at_the_day(client, steering, day):
    client.force_login(steering.secretary_user)
    before = Meeting.objects.count()
    response = client.post(
        reverse("meetings:meeting_new", args=[steering.forum.slug]),
        _meeting_form(day, starts="00:30", ends="01:30"),
    )
    assert response.status_code == 200
    assert "1900" in response.context["form"].errors["day"][0]
    assert Meeting.objects.count() == before


def test_2_the_api_refuses_the_same_dates(steering):
    _token, raw = ApiToken.issue(steering.secretary_user, "test")
    response = Client().post(
        "/api/v1/meetings/",
        {
            "forum": steering.forum.pk,
            "starts_at": "9999-12-31T10:00:00+01:00",
            "ends_at": "9999-12-31T12:00:00+01:00",
        },
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 400
    assert "starts_at" in response.json()


def test_2_a_stored_meeting_in_9999_is_left_out_of_calendars_with_a_note(client, steering):
    far = timezone.make_aware(datetime.datetime(9999, 12, 31, 10))
    _store(Meeting, steering.meeting.pk, starts_at=far, ends_at=far + datetime.timedelta(hours=1))
    meeting = Meeting.objects.get(pk=steering.meeting.pk)
    content = meeting_ics(meeting).decode()
    assert "X-KLYNGE-NOTE" in content and "VEVENT" not in content
    response = client.get(reverse("feeds:forum_ics", args=[steering.forum.slug]))
    assert response.status_code == 200
    client.force_login(steering.secretary_user)
    ics = client.get(reverse("meetings:meeting_ics", args=[meeting.pk]))
    assert ics.status_code == 200


def test_3_an_item_over_24_hours_is_refused_by_form_and_api(client, steering):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("meetings:item_new", args=[steering.meeting.pk]),
        {"kind": "decision", "title": "Langt punkt", "duration_minutes": 99_999_999_999},
    )
    assert response.status_code == 200
    assert "duration_minutes" in response.context["form"].errors
    _token, raw = ApiToken.issue(steering.secretary_user, "test")
    response = Client().post(
        "/api/v1/agenda-items/",
        {"meeting": steering.meeting.pk, "title": "Langt punkt", "duration_minutes": 1441},
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 400 and "duration_minutes" in response.json()


def test_3_item_times_survive_a_duration_beyond_the_calendar(steering):
    items = [
        AgendaItem(pk=1, meeting=steering.meeting, duration_minutes=99_999_999_999),
        AgendaItem(pk=2, meeting=steering.meeting, duration_minutes=10),
    ]
    assert item_times(steering.meeting, items) == {1: ("", ""), 2: ("", "")}


def _broken_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>ikke lukket")
    return buffer.getvalue()


def test_5_a_docx_with_malformed_xml_is_refused_at_the_field(client, steering):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("archive:import"),
        {
            "forum": steering.forum.pk,
            "file": SimpleUploadedFile("referat.docx", _broken_docx()),
        },
    )
    assert response.status_code == 200
    assert "beskadiget" in " ".join(response.context["form"].errors["file"])


SVG = "Indledning <svg onload=alert(1)> og alt det, der kommer efter: SLUTORDET."


def test_6_markup_in_a_case_text_is_shown_as_written_everywhere(client, steering):
    add_item(steering.meeting, "Punkt med markup", case_text=SVG)
    client.force_login(steering.secretary_user)
    page = client.get(reverse("meetings:whole", args=[steering.meeting.pk])).content.decode()
    item = client.get(steering.meeting.items.get().get_absolute_url()).content.decode()
    assert "&lt;svg onload=alert(1)&gt;" in item and "<svg onload" not in item
    assert (
        "SLUTORDET" in page and "&lt;svg onload=alert(1)&gt;" in page and "<svg onload" not in page
    )
    pdf = pdf_text(client.get(reverse("meetings:agenda_pdf", args=[steering.meeting.pk])).content)
    assert "SLUTORDET" in pdf and "<svg onload=alert(1)>" in pdf
    word = docx_text(
        client.get(reverse("meetings:agenda_docx", args=[steering.meeting.pk])).content
    )
    assert "<svg onload=alert(1)> og alt det, der kommer efter: SLUTORDET." in word


def test_1_stored_control_characters_break_no_spreadsheet(client, steering):
    _portfolio(steering)  # the matrix world's fund of the steering group, with one initiative
    initiative = Initiative.objects.get(owner_forum=steering.forum)
    _store(Initiative, initiative.pk, name="Tele\x01KOL")
    _store(Person, steering.member.pk, name="Kristine\x0bStange")
    client.force_login(steering.secretary_user)
    for url in (
        reverse("portfolio:fund_xlsx", args=[initiative.fund_id]),
        reverse("organisation:roster_xlsx", args=[steering.forum.slug]),
    ):
        assert client.get(url).status_code == 200, url
