"""The public site, visited anonymously: every page shows what is public and nothing else."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter

from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting
from klynge.meetings.tests.conftest import Steering, add_item, aware, steering  # noqa: F401
from klynge.organisation.forms import MembershipForm
from klynge.organisation.models import Forum, Membership, Person, TermsOfReference
from klynge.organisation.tests.factories import ForumFactory, MembershipFactory, PersonFactory
from klynge.portfolio import services as portfolio
from klynge.portfolio.models import Fund, Initiative

# Markers long enough that no token on a page can contain them by chance.
CLOSED_TITLE = "LUKKETTITELQX7 Personsag"
CLOSED_TEXT = "LUKKETTEKSTQX7 borgerens helbred"
HIDDEN_FORUM = "SKJULTFORUMQX7 Ledergruppen"
HIDDEN_ITEM = "SKJULTPUNKTQX7"
DRAFT_ITEM = "KLADDEPUNKTQX7 Budget 2027"
MINUTES_TEXT = "REFERATTEKSTQX7 Styregruppen drøftede status"
DRAFT_TERMS = "KLADDEKOMMISSORIUMQX7"
SECRET_EMAIL = "hemmelig.qx7@example.dk"
PUBLIC_EMAIL = "offentlig.qx7@example.dk"
MARKS = (CLOSED_TITLE, CLOSED_TEXT, HIDDEN_FORUM, HIDDEN_ITEM, DRAFT_ITEM, DRAFT_TERMS)


@dataclass
class PublicWorld:
    steering: Steering
    open_item: AgendaItem
    closed_item: AgendaItem
    attachment: Attachment
    closed_attachment: Attachment
    draft_meeting: Meeting
    past_meeting: Meeting
    hidden_forum: Forum
    hidden_meeting: Meeting
    committee: Forum
    initiative: Initiative

    @property
    def forum(self) -> Forum:
        return self.steering.forum

    @property
    def meeting(self) -> Meeting:
        return self.steering.meeting


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def upload(item: AgendaItem, title: str) -> Attachment:
    file = SimpleUploadedFile(f"{title}.pdf", pdf_bytes(), "application/pdf")
    return services.add_attachment(item, title, upload=file)


def _agenda(steering: Steering) -> tuple[AgendaItem, AgendaItem, Attachment, Attachment]:  # noqa: F811
    meeting = steering.meeting
    add_item(meeting, "Velkomst", kind=AgendaItem.Kind.WELCOME, minutes=5)
    open_item = add_item(
        meeting, "Status på Tele-KOL", recommendations=["at styregruppen godkender status"]
    )
    closed_item = add_item(
        meeting,
        CLOSED_TITLE,
        closed=True,
        case_text=CLOSED_TEXT,
        recommendations=[f"at {CLOSED_TEXT} tages til efterretning"],
    )
    attachment = upload(open_item, "Statusnotat")
    closed_attachment = upload(closed_item, "Lukket bilag")
    services.publish_agenda(meeting)
    return open_item, closed_item, attachment, closed_attachment


def _other_meetings(steering: Steering) -> tuple[Meeting, Meeting]:  # noqa: F811
    forum = steering.forum
    draft = services.create_meeting(
        forum,
        starts_at=aware(datetime.date(2027, 3, 4), 9),
        ends_at=aware(datetime.date(2027, 3, 4), 11),
    )
    add_item(draft, DRAFT_ITEM)
    past = services.create_meeting(
        forum,
        starts_at=aware(datetime.date(2023, 6, 7), 9),
        ends_at=aware(datetime.date(2023, 6, 7), 12),
    )
    return draft, past


def _hidden(steering: Steering) -> tuple[Forum, Meeting]:  # noqa: F811
    hidden = ForumFactory(
        cluster=steering.forum.cluster, name=HIDDEN_FORUM, slug="skjult-forum", public=False
    )
    meeting = services.create_meeting(
        hidden,
        starts_at=aware(datetime.date(2026, 11, 2), 9),
        ends_at=aware(datetime.date(2026, 11, 2), 10),
    )
    add_item(meeting, HIDDEN_ITEM)
    services.publish_agenda(meeting)
    return hidden, meeting


def _members(steering: Steering) -> None:  # noqa: F811
    consenting = PersonFactory(
        name="Anne Åkjær",
        title="kommunal sundhedschef",
        email=PUBLIC_EMAIL,
        phone="+45 11 22 33 44",
    )
    consenting.contact_public = True
    consenting.save()
    MembershipFactory(forum=steering.forum, person=consenting, party=steering.viborg)
    Person.objects.filter(pk=steering.member.pk).update(email=SECRET_EMAIL, phone="+45 99 88 77 66")


def _terms(forum: Forum) -> None:
    TermsOfReference.objects.create(
        forum=forum,
        version=1,
        title="Kommissorium v1",
        purpose="Gammelt formål",
        status="superseded",
    )
    TermsOfReference.objects.create(
        forum=forum,
        version=2,
        title="Kommissorium for Klyngestyregruppen",
        purpose="At styre klyngens samarbejde.",
        status="approved",
        approved_on=datetime.date(2024, 1, 15),
    )
    TermsOfReference.objects.create(
        forum=forum, version=3, title="Udkast", purpose=DRAFT_TERMS, status="draft"
    )


def _initiative(forum: Forum) -> Initiative:
    fund = portfolio.save_fund(
        Fund(
            cluster=forum.cluster,
            owner_forum=forum,
            name="Klyngemidler 2024-2025",
            granted_ore=634_800_000,
            start_year=2024,
            end_year=2025,
        )
    )
    return portfolio.save_initiative(
        Initiative(fund=fund, name="Tele-KOL", owner_forum=forum, description="Telemedicin.")
    )


@pytest.fixture
def public_world(steering, settings, tmp_path) -> PublicWorld:  # noqa: F811
    settings.MEDIA_ROOT = tmp_path
    cache.clear()
    open_item, closed_item, attachment, closed_attachment = _agenda(steering)
    draft, past = _other_meetings(steering)
    hidden, hidden_meeting = _hidden(steering)
    committee = ForumFactory(
        cluster=None,
        region=steering.forum.region,
        name="Fødeplanudvalget",
        slug="midtjylland-foedeplanudvalget",
        kind=Forum.Kind.REGIONAL_COMMITTEE,
    )
    _members(steering)
    _terms(steering.forum)
    initiative = _initiative(steering.forum)
    return PublicWorld(
        steering,
        open_item,
        closed_item,
        attachment,
        closed_attachment,
        draft,
        past,
        hidden,
        hidden_meeting,
        committee,
        initiative,
    )


def publish_minutes(world: PublicWorld) -> None:
    """Hold the meeting, decide every recommendation, approve and publish the minutes."""
    meeting = world.meeting
    services.hold_meeting(meeting)
    texts = {
        world.open_item.pk: (MINUTES_TEXT, Decision.Outcome.APPROVED, "med ros"),
        world.closed_item.pk: (f"Referat: {CLOSED_TEXT}", Decision.Outcome.NOTED, CLOSED_TEXT),
    }
    for item in meeting.items.filter(recommendations__isnull=False).distinct():
        minutes, outcome, wording = texts.get(item.pk, ("Godkendt.", Decision.Outcome.APPROVED, ""))
        rec = item.recommendations.get()
        services.record_minutes(item, minutes, "", [(rec, outcome, wording)])
    for chair in services.chairs(Meeting.objects.get(pk=meeting.pk)):
        services.approve_minutes(meeting, chair)
    services.publish_minutes(meeting)


def public_urls(world: PublicWorld) -> dict[str, str]:
    """Every public page of the world, by URL name."""
    cluster, forum = world.forum.cluster, world.forum
    return {
        "index": reverse("public:index"),
        "region": reverse("public:region", args=[cluster.region.slug]),
        "cluster": reverse("public:cluster", args=[cluster.slug]),
        "decisions": reverse("public:decisions", args=[cluster.slug]),
        "initiatives": reverse("public:initiatives", args=[cluster.slug]),
        "forum": reverse("public:forum", args=[forum.slug]),
        "committee": reverse("public:forum", args=[world.committee.slug]),
        "terms": reverse("public:terms", args=[forum.slug]),
        "meeting": reverse("public:meeting", args=[world.meeting.pk]),
        "draft_meeting": reverse("public:meeting", args=[world.draft_meeting.pk]),
        "past_meeting": reverse("public:meeting", args=[world.past_meeting.pk]),
    }


def text_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


EXPECTED = {
    "index": ["Region Midtjylland", "Midtklyngen", "Fødeplanudvalget"],
    "region": ["Fødeplanudvalget", "Midtklyngen"],
    "cluster": ["Klyngestyregruppen", "10. december 2026", "Tele-KOL"],
    "decisions": ["Midtklyngen"],
    "initiatives": ["Tele-KOL", "Telemedicin.", "Klyngemidler 2024-2025"],
    "forum": [
        "Klyngestyregruppen",
        "At styre klyngens samarbejde.",
        "Kristine Stange",
        "Anne Åkjær",
    ],
    "committee": ["Fødeplanudvalget", "Region Midtjylland"],
    "terms": ["Kommissorium for Klyngestyregruppen", "At styre klyngens samarbejde."],
    "meeting": ["10. december 2026", "kl. 08:30", "Regionshospitalet Viborg", "Status på Tele-KOL"],
    "draft_meeting": ["4. marts 2027", _("The agenda has not been published yet.")],
    "past_meeting": ["7. juni 2023"],
}


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_every_public_page_answers_anonymous_visitors(client, public_world, page):
    text = text_of(client, public_urls(public_world)[page])
    for expected in EXPECTED[page]:
        assert expected in text, f"{expected!r} missing on {page}"


def test_no_public_page_shows_a_closed_item_a_hidden_forum_or_a_draft(client, public_world):
    for state in ("agenda published", "minutes published"):
        if state == "minutes published":
            publish_minutes(public_world)
        for page, url in public_urls(public_world).items():
            text = text_of(client, url)
            leaks = [mark for mark in MARKS if mark in text]
            assert leaks == [], f"{page} ({state}) shows {leaks}"


def test_the_meeting_page_numbers_items_as_the_full_agenda_does(client, public_world):
    text = text_of(client, public_urls(public_world)["meeting"])
    # Velkomst is item 1, the open item 2; the closed item 3 is left out entirely.
    assert f"{_('Item')} 2: {_('Decision item')}: Status på Tele-KOL" in text
    assert f"{_('Item')} 3" not in text


def test_minutes_and_decisions_show_once_the_minutes_are_published(client, public_world):
    url = public_urls(public_world)["meeting"]
    services.hold_meeting(public_world.meeting)
    rec = public_world.open_item.recommendations.get()
    services.record_minutes(
        public_world.open_item, MINUTES_TEXT, "", [(rec, Decision.Outcome.APPROVED, "med ros")]
    )
    assert MINUTES_TEXT not in text_of(client, url)
    cluster_url = public_urls(public_world)["decisions"]
    assert "med ros" not in text_of(client, cluster_url)

    publish_minutes_of_drafted(public_world)
    text = text_of(client, url)
    assert MINUTES_TEXT in text
    assert "med ros" in text
    assert "med ros" in text_of(client, cluster_url)
    assert "med ros" in text_of(client, public_urls(public_world)["cluster"])


def publish_minutes_of_drafted(world: PublicWorld) -> None:
    closed_rec = world.closed_item.recommendations.get()
    services.record_minutes(world.closed_item, "", "", [(closed_rec, Decision.Outcome.NOTED, "")])
    for chair in services.chairs(Meeting.objects.get(pk=world.meeting.pk)):
        services.approve_minutes(world.meeting, chair)
    services.publish_minutes(world.meeting)


def test_an_unpublished_agenda_shows_no_items(client, public_world):
    text = text_of(client, public_urls(public_world)["draft_meeting"])
    assert DRAFT_ITEM not in text
    assert reverse("public:agenda_pdf", args=[public_world.draft_meeting.pk]) not in text
    url = reverse("public:agenda_pdf", args=[public_world.draft_meeting.pk])
    assert client.get(url).status_code == 404


def test_a_forum_off_the_public_site_does_not_exist_there(client, public_world):
    hidden, meeting = public_world.hidden_forum, public_world.hidden_meeting
    for url in (
        reverse("public:forum", args=[hidden.slug]),
        reverse("public:terms", args=[hidden.slug]),
        reverse("public:meeting", args=[meeting.pk]),
        reverse("public:agenda_pdf", args=[meeting.pk]),
    ):
        assert client.get(url).status_code == 404, url


def test_contact_details_only_with_consent(client, public_world):
    text = text_of(client, public_urls(public_world)["forum"])
    assert PUBLIC_EMAIL in text
    assert "+45 11 22 33 44" in text
    assert SECRET_EMAIL not in text
    assert "+45 99 88 77 66" not in text


def test_only_the_approved_terms_in_force_are_public(client, public_world):
    text = text_of(client, public_urls(public_world)["terms"])
    assert "Gammelt formål" not in text
    TermsOfReference.objects.filter(forum=public_world.forum).exclude(status="draft").delete()
    assert client.get(public_urls(public_world)["terms"]).status_code == 404


def test_attachments_of_open_items_download_and_others_do_not(client, public_world):
    meeting = public_world.meeting
    url = reverse("public:attachment", args=[meeting.pk, public_world.attachment.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    closed = reverse("public:attachment", args=[meeting.pk, public_world.closed_attachment.pk])
    assert client.get(closed).status_code == 404
    wrong_meeting = reverse(
        "public:attachment", args=[public_world.draft_meeting.pk, public_world.attachment.pk]
    )
    assert client.get(wrong_meeting).status_code == 404
    assert url in text_of(client, public_urls(public_world)["meeting"])


def test_attachments_of_an_unpublished_agenda_stay_inside(client, public_world):
    item = public_world.draft_meeting.items.get()
    attachment = upload(item, "Udkast")
    url = reverse("public:attachment", args=[public_world.draft_meeting.pk, attachment.pk])
    assert client.get(url).status_code == 404


def test_the_public_pdfs_leave_closed_items_out(client, public_world):
    publish_minutes(public_world)
    for name in ("public:agenda_pdf", "public:minutes_pdf"):
        response = client.get(reverse(name, args=[public_world.meeting.pk]))
        assert response.status_code == 200
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
        assert "Status på Tele-KOL" in text
        assert "LUKKET" not in text, name


def test_minutes_pdf_waits_for_publication(client, public_world):
    url = reverse("public:minutes_pdf", args=[public_world.meeting.pk])
    assert client.get(url).status_code == 404


def test_decisions_filter_by_forum_and_year(client, public_world):
    publish_minutes(public_world)
    url = public_urls(public_world)["decisions"]
    assert "med ros" in text_of(client, f"{url}?forum={public_world.forum.slug}&aar=2026")
    assert "med ros" not in text_of(client, f"{url}?aar=2023")
    assert "2026" in text_of(client, url)
    # An unknown forum matches nothing, and the form says so at the field.
    unknown = text_of(client, f"{url}?forum=ukendt")
    assert "med ros" not in unknown
    assert "form-error-message" in unknown


def test_a_correction_shows_at_once_on_the_cached_meeting_page(client, public_world):
    url = public_urls(public_world)["meeting"]
    assert "Status på Tele-KOL" in text_of(client, url)
    item = public_world.open_item
    item.title = "Status på Tele-KOL (rettet)"
    services.save_item(item, reason="Stavefejl")
    assert "Status på Tele-KOL (rettet)" in text_of(client, url)


def test_an_item_closed_after_publication_leaves_the_cached_page_at_once(client, public_world):
    url = public_urls(public_world)["meeting"]
    assert "Status på Tele-KOL" in text_of(client, url)
    # Even a change made behind the services' back (no new version) cannot leave it cached.
    AgendaItem.objects.filter(pk=public_world.open_item.pk).update(closed=True)
    assert "Status på Tele-KOL" not in text_of(client, url)


def test_a_forum_taken_off_the_site_disappears_at_once(client, public_world):
    url = public_urls(public_world)["meeting"]
    assert client.get(url).status_code == 200
    Forum.objects.filter(pk=public_world.forum.pk).update(public=False)
    assert client.get(url).status_code == 404
    assert "Klyngestyregruppen" not in text_of(client, public_urls(public_world)["cluster"])


def test_members_are_todays_members(client, public_world):
    Membership.objects.filter(person=public_world.steering.member).update(
        ends_on=datetime.date(2024, 1, 1)
    )
    assert "Kristine Stange" not in text_of(client, public_urls(public_world)["forum"])


@pytest.mark.parametrize("consent", [True, False])
def test_a_new_member_can_be_entered_with_consent_to_public_contact(public_world, consent):
    data = {
        "new_person_name": "Bo Nielsen",
        "new_person_email": "bo@example.dk",
        "party": public_world.steering.viborg.pk,
        "role": Membership.Role.MEMBER,
        "starts_on": "2024-01-01",
    }
    if consent:
        data["new_person_contact_public"] = "on"
    form = MembershipForm(data, forum=public_world.forum)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["person"].contact_public is consent


def test_published_minutes_name_who_took_part_but_not_why_someone_was_away(client, public_world):
    url = public_urls(public_world)["meeting"]
    member = public_world.steering.meeting.attendances.get(person=public_world.steering.member)
    services.record_apology(member, note="SYGDOMQX7 på hospitalet")
    name = public_world.steering.member.name
    services.hold_meeting(public_world.meeting)
    open_rec = public_world.open_item.recommendations.get()
    services.record_minutes(
        public_world.open_item, "", "", [(open_rec, Decision.Outcome.APPROVED, "")]
    )
    before = text_of(client, url)
    assert _("Participants") not in before
    publish_minutes_of_drafted(public_world)
    text = text_of(client, url)
    assert _("Participants") in text
    assert name in text.split(_("Apologies"))[-1]
    assert "SYGDOMQX7" not in text


def test_visitors_without_cookies_share_one_cached_page(client, public_world):
    url = public_urls(public_world)["meeting"]
    cache.clear()
    first = client.get(url)
    assert not first.cookies, "an anonymous public page sets no cookie (no CSRF token)"
    second = client.get(url)
    assert second.content == first.content
    assert b"csrfmiddlewaretoken" not in second.content
    assert b"X-CSRFToken" not in second.content
