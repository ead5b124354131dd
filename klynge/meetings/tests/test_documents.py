"""The agenda and minutes as PDF, Word, agenda pack and calendar files."""

import datetime
import re
import uuid
from dataclasses import dataclass
from io import BytesIO
from zoneinfo import ZoneInfo

import docx as python_docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from pypdf import PdfReader, PdfWriter

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.meetings import document, queries, services
from klynge.meetings.ics import meeting_event, meeting_ics
from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting
from klynge.meetings.pack import agenda_pack
from klynge.meetings.pdf import agenda_pdf, minutes_pdf
from klynge.meetings.word import add_markdown, agenda_docx, minutes_docx
from klynge.organisation.models import Organisation
from klynge.organisation.tests.factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
)

CPH = ZoneInfo("Europe/Copenhagen")
SECRET = "Fortroligt lønforhold hos leverandøren"


def pdf_bytes(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    word = python_docx.Document()
    word.add_paragraph("Et notat")
    buffer = BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def pdf_text(content: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)
    return re.sub(r"\s+", " ", text)


def docx_text(content: bytes) -> str:
    word = python_docx.Document(BytesIO(content))
    parts = [p.text for p in word.paragraphs]
    parts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@dataclass
class Built:
    meeting: Meeting
    items: list[AgendaItem]
    attachments: list[Attachment]
    decisions: list[str]


ITEMS = [
    (
        AgendaItem.Kind.DECISION,
        "Klyngemidler: status og honorering af almen praksis",
        ["Godkender honoreringen af almen praksis", "Tager status til efterretning"],
        ["Honoreringen blev godkendt med virkning fra 1. april", "Status taget til efterretning"],
    ),
    (
        AgendaItem.Kind.DISCUSSION,
        "Samarbejde med civilsamfundet",
        ["Drøfter mulighederne for samarbejde"],
        ["Styregruppen drøftede et fælles oplæg fra psykiatrien"],
    ),
]


def _item(meeting, kind, title, recommendations, **fields):
    item = AgendaItem(meeting=meeting, kind=kind, title=title, duration_minutes=20, **fields)
    return services.save_item(item, recommendations)


def _attach(item, name, content, title, reason=""):
    upload = SimpleUploadedFile(name, content)
    return services.add_attachment(item, title, upload=upload, reason=reason)


@pytest.fixture
def built(db, settings, tmp_path) -> Built:
    settings.MEDIA_ROOT = tmp_path
    forum = ForumFactory(name="Klyngestyregruppen", slug="midtklyngen-styregruppe")
    party = OrganisationFactory(name="Viborg Kommune")
    MembershipFactory(forum=forum, party=party, person__name="Trine Brøcker")
    starts = datetime.datetime(2023, 6, 7, 8, 30, tzinfo=CPH)
    meeting = services.create_meeting(
        forum,
        title="Møde i styregruppen",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        place="Regionshuset Viborg, lokale 2",
    )
    items = [
        _item(
            meeting,
            kind,
            title,
            recs,
            summary="Et kort resumé.",
            case_text="Baggrund for sagen.\n\n- første punkt\n- **andet** punkt",
        )
        for kind, title, recs, _ in ITEMS
    ]
    closed = _item(
        meeting,
        AgendaItem.Kind.DECISION,
        "Indkøb af telemedicin",
        ["Godkender kontrakten"],
        closed=True,
        case_text=SECRET,
    )
    attachments = [
        _attach(items[0], "budget.pdf", pdf_bytes(2), "Budget 2023"),
        _attach(items[0], "notat.docx", docx_bytes(), "Notat om honorering"),
        _attach(items[1], "oplaeg.pdf", pdf_bytes(3), "Oplæg fra psykiatrien"),
        _attach(closed, "kontrakt.pdf", pdf_bytes(4), "Kontraktudkast"),
    ]
    services.add_attachment(items[1], "Sundhedsaftalen", url="https://example.dk/aftale")
    services.publish_agenda(meeting)
    services.hold_meeting(meeting)
    decisions = []
    for item, (_kind, _title, _recs, texts) in zip(items, ITEMS, strict=True):
        recs = list(item.recommendations.all())
        services.record_minutes(
            item,
            "Punktet blev fremlagt.",
            "",
            [(r, Decision.Outcome.APPROVED, t) for r, t in zip(recs, texts, strict=True)],
        )
        decisions += texts
    services.record_minutes(
        closed,
        f"{SECRET} blev drøftet.",
        "",
        [(closed.recommendations.get(), Decision.Outcome.APPROVED, f"{SECRET} accepteret")],
    )
    return Built(Meeting.objects.get(pk=meeting.pk), [*items, closed], attachments, decisions)


def _doc(meeting):
    return document.build(queries.load_meeting(meeting.pk))


def test_minutes_pdf_holds_every_decision_and_title(built):
    text = pdf_text(minutes_pdf(_doc(built.meeting)))
    for decision in built.decisions:
        assert decision in text
    for item in built.items:
        assert item.title in text
    assert "Referat" in text
    assert "7. juni 2023" in text
    assert SECRET in text  # the full document, for those who may see closed items


def test_closed_item_is_only_its_number_without_the_right(built):
    doc = _doc(built.meeting).without_closed()
    pdf = pdf_text(minutes_pdf(doc))
    word = docx_text(minutes_docx(doc))
    for text in (pdf, word):
        assert "Punkt 3: Lukket punkt" in text
        assert "Indkøb af telemedicin" not in text
        assert SECRET not in text
        assert "Godkender kontrakten" not in text
        assert "Kontraktudkast" not in text


def test_docx_has_the_layout_recommendations_and_decisions(built):
    text = docx_text(minutes_docx(_doc(built.meeting)))
    for heading in ("Tidspunkt", "Sted", "Deltagere", "Indhold", "RESUMÉ", "SAGSFREMSTILLING"):
        assert heading in text
    assert "INDSTILLING" in text
    assert "Beslutning" in text
    assert "Punkt 1: Beslutningspunkt: Klyngemidler" in text
    assert "7. juni 2023 kl. 08:30–10:30" in text
    assert "kl. 08:30–08:50" in text  # the contents show each item's time
    for _kind, _title, recs, decisions in ITEMS:
        for n, rec in enumerate(recs, 1):
            assert f"{n}.\t{rec}" in text
        for decision in decisions:
            assert f"Godkendt: {decision}" in text
    assert "andet punkt" in text and "**" not in text  # Markdown bold became a bold run


def test_docx_markdown_subset():
    word = python_docx.Document()
    add_markdown(
        word,
        "Første linje\nanden linje\n\n- et punkt\n3. tredje\n\n"
        "| Initiativ | 2023 |\n| --- | ---: |\n| **Træning** | 1.269 |",
    )
    texts = [p.text for p in word.paragraphs]
    assert texts[0] == "Første linje\nanden linje"
    assert texts[1] == "et punkt" and word.paragraphs[1].style.name == "List Bullet"
    assert texts[2] == "3.\ttredje"
    [table] = word.tables
    assert [c.text for c in table.rows[1].cells] == ["Træning", "1.269"]
    assert table.rows[1].cells[0].paragraphs[0].runs[0].bold


def test_agenda_docx_has_no_minutes(built):
    text = docx_text(agenda_docx(_doc(built.meeting).as_agenda()))
    assert text.count("Dagsorden") >= 1
    assert "INDSTILLING" in text
    assert built.decisions[0] not in text


def test_agenda_pack_appends_pdf_attachments_and_lists_the_rest(built):
    doc = _doc(built.meeting)
    agenda_pages = len(PdfReader(BytesIO(agenda_pdf(doc.as_agenda()))).pages)
    broken = _attach(
        built.items[1], "skadet.pdf", b"%PDF-1.4\nnot really a pdf", "Skadet fil", "Glemt bilag"
    )
    doc = _doc(built.meeting)  # now with the broken one

    pack = PdfReader(BytesIO(agenda_pack(doc, [*built.attachments, broken])))

    assert len(pack.pages) == agenda_pages + 2 + 3 + 4 + 1  # last: the list of attachments
    index = re.sub(r"\s+", " ", pack.pages[-1].extract_text())
    assert "Bilagsoversigt" in index
    not_included = index.split("ikke er med i pakken")[1]
    assert "Notat om honorering" in not_included and "notat.docx" in not_included
    assert "Sundhedsaftalen" in not_included and "Link" in not_included
    assert "Skadet fil" in not_included and "kunne ikke læses" in not_included
    assert "Budget 2023" not in not_included


def test_agenda_pack_without_closed_leaves_out_the_closed_attachment(built):
    doc = _doc(built.meeting).without_closed()
    agenda_pages = len(PdfReader(BytesIO(agenda_pdf(doc.as_agenda()))).pages)
    pack = PdfReader(BytesIO(agenda_pack(doc, built.attachments)))
    assert len(pack.pages) == agenda_pages + 2 + 3 + 1
    assert "Kontraktudkast" not in pdf_text(agenda_pack(doc, built.attachments))


def test_meeting_ics_has_the_local_start(built):
    calendar = Calendar.from_ical(meeting_ics(built.meeting))
    [event] = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == datetime.datetime(2023, 6, 7, 8, 30, tzinfo=CPH)
    assert str(start.tzinfo) == "Europe/Copenhagen"
    assert event["dtstart"].params["TZID"] == "Europe/Copenhagen"
    assert event.decoded("dtend") == datetime.datetime(2023, 6, 7, 10, 30, tzinfo=CPH)
    assert str(event["uid"]) == meeting_event(built.meeting)["uid"]
    assert str(event["uid"]).startswith(f"meeting-{built.meeting.pk}@")
    assert str(event["summary"]) == "Klyngestyregruppen: Møde i styregruppen"
    assert str(event["location"]) == "Regionshuset Viborg, lokale 2"
    assert built.meeting.get_absolute_url() in str(event["description"])
    assert SECRET not in calendar.to_ical().decode()
    assert calendar.walk("VTIMEZONE")


# --- views -------------------------------------------------------------------------------------


@pytest.fixture
def reader(db, built) -> User:
    """A reader of the cluster: open items, not closed ones."""
    user = User.objects.create_user("laeser", password="klynge-test-password")
    RoleAssignment.objects.create(user=user, role=Role.READER, cluster=built.meeting.forum.cluster)
    return user


@pytest.fixture
def secretary(db, built) -> User:
    user = User.objects.create_user("sekretariat", password="klynge-test-password")
    RoleAssignment.objects.create(
        user=user, role=Role.SECRETARIAT, cluster=built.meeting.forum.cluster
    )
    return user


def test_minutes_pdf_view_cuts_closed_items_by_permission(client, built, reader, secretary):
    url = reverse("meetings:minutes_pdf", args=[built.meeting.pk])
    client.force_login(reader)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'inline; filename="referat-midtklyngen-styregruppe-2023-06-07.pdf"'
    )
    assert SECRET not in pdf_text(response.content)
    assert built.decisions[0] in pdf_text(response.content)

    client.force_login(secretary)
    assert SECRET in pdf_text(client.get(url).content)


def test_document_views_need_a_login(client, built):
    response = client.get(reverse("meetings:minutes_docx", args=[built.meeting.pk]))
    assert response.status_code == 302


def test_published_agenda_is_served_as_frozen(client, built, secretary):
    AgendaItem.objects.filter(pk=built.items[0].pk).update(title="Ændret efter udsendelse")
    client.force_login(secretary)
    response = client.get(reverse("meetings:agenda_docx", args=[built.meeting.pk]))
    assert response["Content-Disposition"] == (
        'attachment; filename="dagsorden-midtklyngen-styregruppe-2023-06-07.docx"'
    )
    text = docx_text(response.content)
    assert ITEMS[0][1] in text
    assert "Ændret efter udsendelse" not in text
    assert built.decisions[0] not in text  # the agenda, not the minutes


def test_minutes_docx_live_until_approved_then_frozen(client, built, secretary):
    client.force_login(secretary)
    url = reverse("meetings:minutes_docx", args=[built.meeting.pk])
    Decision.objects.filter(text=built.decisions[0]).update(text="Rettet i udkastet")
    assert "Rettet i udkastet" in docx_text(client.get(url).content)

    services.record_approval_outside(
        built.meeting, timezone.now(), "Godkendt på mødet 30. august 2023"
    )
    Decision.objects.filter(text="Rettet i udkastet").update(text="Rettet uden om Klynge")
    text = docx_text(client.get(url).content)
    assert "Rettet i udkastet" in text
    assert "Rettet uden om Klynge" not in text
    assert "Godkendt på mødet 30. august 2023" in text


def test_agenda_pack_view(client, built, reader):
    client.force_login(reader)
    response = client.get(reverse("meetings:agenda_pack", args=[built.meeting.pk]))
    assert response.status_code == 200
    assert (
        "dagsordenspakke-midtklyngen-styregruppe-2023-06-07.pdf"
        in (response["Content-Disposition"])
    )
    assert "Kontraktudkast" not in pdf_text(response.content)


def test_meeting_ics_view(client, built, reader):
    client.force_login(reader)
    response = client.get(reverse("meetings:meeting_ics", args=[built.meeting.pk]))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert Calendar.from_ical(response.content).walk("VEVENT")


# --- the person's calendar feed ----------------------------------------------------------------


def _meeting_on(forum, day_offset: int) -> Meeting:
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=day_offset)
    return Meeting.objects.create(
        forum=forum, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2)
    )


def _uids(content: bytes) -> set[str]:
    return {str(e["uid"]) for e in Calendar.from_ical(content).walk("VEVENT")}


def _uid(meeting: Meeting) -> str:
    return str(meeting_event(meeting)["uid"])


def test_person_feed_unknown_token_is_404(client, db):
    response = client.get(reverse("meetings:person_feed", args=[uuid.uuid4()]))
    assert response.status_code == 404


def test_person_feed_holds_only_the_persons_fora(client, db):
    cluster = ClusterFactory()
    mine, other, former = (ForumFactory(cluster=cluster) for _ in range(3))
    person = PersonFactory(name="Kurt Æbelø")
    today = timezone.localdate()
    party = OrganisationFactory(kind=Organisation.Kind.HOSPITAL)
    MembershipFactory(forum=mine, person=person, party=party, starts_on=today.replace(year=2020))
    MembershipFactory(
        forum=former,
        person=person,
        party=party,
        starts_on=today.replace(year=2020),
        ends_on=today - datetime.timedelta(days=10),
    )
    coming, last_month = _meeting_on(mine, 30), _meeting_on(mine, -30)
    too_old = _meeting_on(mine, -400)
    elsewhere = _meeting_on(other, 30)
    before_leaving, after_leaving = _meeting_on(former, -20), _meeting_on(former, 20)
    as_guest = _meeting_on(other, 40)
    services.add_guest(as_guest, person, None, "oplægsholder")

    response = client.get(reverse("meetings:person_feed", args=[person.calendar_token]))

    assert response.status_code == 200  # no login: the token is the key
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    uids = _uids(response.content)
    assert uids == {_uid(m) for m in (coming, last_month, before_leaving, as_guest)}
    assert not uids & {_uid(m) for m in (too_old, elsewhere, after_leaving)}
