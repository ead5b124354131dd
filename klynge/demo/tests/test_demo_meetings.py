"""The seed meetings of the demo (seeds 003 and 004), built through the whole meeting cycle."""

import datetime
import io
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from pypdf import PdfReader

from klynge.demo import meeting_003, meeting_004
from klynge.demo.midtklyngen_members import STEERING_INVITEES
from klynge.demo.present_plan import PLANNING_NOTE
from klynge.meetings import document, queries, services
from klynge.meetings.models import (
    AgendaItem,
    Attendance,
    Decision,
    DocumentVersion,
    Meeting,
    MinutesApproval,
    Recommendation,
)
from klynge.meetings.pdf import minutes_pdf

STEERING = "midtklyngen-klyngestyregruppe"
LILLEBAELT = "lillebaelt-fagligt-strategisk-niveau"


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """Build the demo once for the module, inside a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(DEMO=True):
        out = StringIO()
        call_command("build_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def meeting_on(slug: str, day: datetime.date) -> Meeting:
    return Meeting.objects.get(forum__slug=slug, starts_at__date=day)


def doc_of(meeting: Meeting) -> document.MeetingDoc:
    return document.build(queries.load_meeting(meeting.pk))


@pytest.fixture
def midt(demo):
    return meeting_on(STEERING, datetime.date(2023, 6, 7))


@pytest.fixture
def lillebaelt(demo):
    return meeting_on(LILLEBAELT, datetime.date(2025, 2, 26))


@pytest.mark.django_db
def test_steering_group_meeting_of_7_june_2023_is_published(midt):
    assert midt.state == Meeting.State.MINUTES_PUBLISHED
    doc = doc_of(midt)
    assert (doc.starts, doc.ends) == ("08:30", "11:30")
    assert doc.leader == "Mette Andreassen"
    assert doc.minute_takers == ["Mette Kvist"]
    assert doc.booking_note == "Fysisk møde med mulighed for virtuel deltagelse, jf. mødebooking"
    assert "Toldbodgade 12M" in doc.place


@pytest.mark.django_db
def test_steering_group_meeting_items_in_order(midt):
    items = doc_of(midt).items
    assert len(items) == 13
    assert [item.number for item in items if item.number] == [str(n) for n in range(1, 13)]
    titles = [item.title for item in items]
    assert titles[0] == "Velkomst, præsentationsrunde og godkendelse af dagsorden"
    assert titles[3] == "Godkendelse af opdateret kommissorium for Midtklyngen"
    assert (items[4].kind, items[4].number, items[4].starts) == ("break", None, "09:35")
    assert titles[6] == "72-timers behandlingsansvar"
    assert titles[-2:] == ["Eventuelt", "Skriftlige orienteringspunkter"]
    assert (items[-1].kind, items[-1].starts) == ("written_orientation", "")
    assert items[-2].ends == "11:15"


@pytest.mark.django_db
def test_item_2_times_and_budget_table(midt):
    item = doc_of(midt).items[1]
    assert item.number == "2"
    assert (item.starts, item.ends) == ("08:40", "09:05")
    for figure in ("1.269", "4.870", "6,348 mio. kr."):
        assert figure in item.case_text


@pytest.mark.django_db
def test_steering_group_invitees_apologies_and_approvals(midt):
    doc = doc_of(midt)
    invited = {p.name for party in doc.invitees for p in party.people}
    assert invited == {i.name for i in STEERING_INVITEES}
    assert not doc.guests
    assert {p.name for p in doc.apologies} == {
        "Claus Brøckner Nielsen",
        "Lauge Clemmensen",
        "Anja Skaarup",
    }
    chairs = set(MinutesApproval.objects.filter(meeting=midt).values_list("person__name", flat=1))
    assert chairs == {"Jonas Dahl", "Mette Andreassen"}


@pytest.mark.django_db
def test_lillebaelt_meeting_of_26_february_2025(lillebaelt):
    assert lillebaelt.state == Meeting.State.MINUTES_PUBLISHED
    assert lillebaelt.approval_note == "Godkendt af formandskabet"
    doc = doc_of(lillebaelt)
    assert doc.leader == "Hanne Andersen" and doc.minute_takers == []
    numbered = [item for item in doc.items if item.number]
    assert len(numbered) == 16
    breaks = [item for item in doc.items if item.kind == AgendaItem.Kind.BREAK]
    assert [(b.number, b.starts, b.ends) for b in breaks] == [(None, "15:45", "15:55")]
    assert (numbered[2].starts, numbered[2].ends) == ("15:05", "15:25")
    assert numbered[12].ends == "17:30"
    assert {p.name for p in doc.apologies} == {
        "Sofie Plenge",
        "Else Zippor",
        "Anette Lund",
        "Irene Rossavik",
    }
    assert len({p.name for party in doc.invitees for p in party.people}) == 14


@pytest.mark.django_db
def test_lillebaelt_recommendations_are_numbered_with_one_decision_each(lillebaelt):
    item_3 = next(item for item in doc_of(lillebaelt).items if item.number == "3")
    assert [r.number for r in item_3.recommendations] == [1, 2, 3]
    outcomes = [r.decision.outcome for r in item_3.recommendations]
    assert outcomes == ["approved_with_remarks", "approved", "approved"]
    assert "PLO har nogle forbehold" in item_3.recommendations[0].decision.text


@pytest.mark.django_db
def test_every_recommendation_has_exactly_one_decision(midt, lillebaelt):
    for meeting in (midt, lillebaelt):
        assert services.missing_decisions(meeting) == []
        recommendations = Recommendation.objects.filter(item__meeting=meeting)
        decided = Decision.objects.filter(recommendation__in=recommendations)
        assert decided.count() == recommendations.count() > 0


@pytest.mark.parametrize("module", [meeting_003, meeting_004], ids=["003", "004"])
@pytest.mark.django_db
def test_minutes_reproduce_every_item_and_decision_of_the_seed(demo, module):
    spec = module.MEETING
    doc = doc_of(meeting_on(spec.forum_slug, spec.starts_at.date()))
    assert [item.title for item in doc.items] == [data["title"] for data in spec.items]
    for item, data in zip(doc.items, spec.items, strict=True):
        assert [r.text for r in item.recommendations] == data.get("recommendations", [])
        decisions = [(d.number, d.outcome, d.text) for d in item.decisions]
        assert decisions == data.get("decisions", [])
        assert item.minutes_text == data.get("minutes_text", "")


@pytest.mark.django_db
def test_agenda_and_minutes_are_frozen_as_versions(midt, lillebaelt):
    for meeting in (midt, lillebaelt):
        kinds = set(meeting.versions.values_list("kind", flat=True))
        assert kinds == {DocumentVersion.Kind.AGENDA, DocumentVersion.Kind.MINUTES}
        minutes = meeting.versions.get(kind=DocumentVersion.Kind.MINUTES)
        frozen = document.MeetingDoc.from_json(minutes.content)
        assert len(frozen.items) == meeting.items.count()


@pytest.mark.django_db
def test_running_twice_leaves_the_meetings_unchanged(demo):
    models = (Meeting, AgendaItem, Recommendation, Decision, Attendance, DocumentVersion)
    before = [model.objects.count() for model in models]
    call_command("build_demo", stdout=StringIO())
    assert [model.objects.count() for model in models] == before
    # The seed meetings; the coming meetings the seeds announce are planned (followup_00x), and
    # the demo's own planning is not the seeds'.
    held = Meeting.objects.exclude(state=Meeting.State.PLANNED).exclude(booking_note=PLANNING_NOTE)
    assert held.filter(forum__slug__in=[STEERING, LILLEBAELT]).count() == 2


def _squash(text: str) -> str:
    # Lines of a PDF break anywhere, also after "/" where no space was: compare without spaces.
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("module", [meeting_003, meeting_004], ids=["003", "004"])
@pytest.mark.django_db
def test_minutes_pdf_prints_every_item_and_decision_of_the_seed(demo, module):
    spec = module.MEETING
    meeting = meeting_on(spec.forum_slug, spec.starts_at.date())
    version = meeting.versions.filter(kind=DocumentVersion.Kind.MINUTES).last()
    pdf = minutes_pdf(document.MeetingDoc.from_json(version.content))
    text = _squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    for data in spec.items:
        assert _squash(data["title"]) in text
        for _number, _outcome, wording in data.get("decisions", []):
            assert _squash(wording) in text
