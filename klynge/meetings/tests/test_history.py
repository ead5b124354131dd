"""Recording a past meeting through the cycle: the one service behind the archive import and the
demo's seed meetings."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from klynge.meetings import document, queries
from klynge.meetings.history import (
    PastApproval,
    PastAttendance,
    PastItem,
    PastMeeting,
    case_text,
    record_past_meeting,
)
from klynge.meetings.models import AgendaItem, Attendance, Decision, DocumentVersion, Meeting
from klynge.organisation.tests.factories import PersonFactory

from .conftest import aware

DAY = datetime.date(2024, 3, 5)
APPROVED = Decision.Outcome.APPROVED
ITEMS = [
    PastItem(
        title="Fælles retningslinje",
        recommendations=["at retningslinjen godkendes", "at den sendes videre"],
        attachments=[("Retningslinjen", ""), ("Høringssvar", "https://example.dk/svar")],
        case_text="Udkastet er drøftet i arbejdsgruppen.",
        minutes_text="Styregruppen drøftede udkastet.",
        decisions=[(1, APPROVED, ""), (2, Decision.Outcome.FORWARDED, "Til sundhedsrådet.")],
    ),
    PastItem(title="Eventuelt", kind="any_other_business"),
]


def _past(steering, **fields) -> PastMeeting:
    values = {
        "forum": steering.forum,
        "title": "Møde i klyngestyregruppen",
        "starts_at": aware(DAY, 9),
        "ends_at": aware(DAY, 11),
        "agenda_published_at": aware(DAY - datetime.timedelta(days=7), 12),
        "items": ITEMS,
        "leader": steering.hospital_chair,
        "minute_takers": [steering.member],
        **fields,
    }
    return PastMeeting(**values)


def _statuses(meeting: Meeting) -> dict[str, tuple[str, bool, str]]:
    return {
        a.person.name: (a.status, a.is_guest, a.substitute.name if a.substitute else "")
        for a in meeting.attendances.select_related("person", "substitute")
    }


def test_minutes_go_through_every_step_on_their_own_dates(steering):
    approval = PastApproval(outside_at=aware(DAY, 11), outside_note="Godkendt på mail.")
    meeting = record_past_meeting(_past(steering, approval=approval))

    assert meeting.state == Meeting.State.MINUTES_PUBLISHED
    assert meeting.agenda_published_at == aware(DAY - datetime.timedelta(days=7), 12)
    assert meeting.minutes_approved_at == meeting.minutes_published_at == aware(DAY, 11)
    assert list(meeting.minute_takers.all()) == [steering.member]
    first = meeting.items.order_by("position").first()
    assert [d.outcome for d in first.decisions.order_by("position")] == [
        APPROVED,
        Decision.Outcome.FORWARDED,
    ]
    assert first.case_text.endswith("**Bilag**\n\n- Retningslinjen")
    assert [a.url for a in first.attachments.all()] == ["https://example.dk/svar"]
    kinds = set(meeting.versions.values_list("kind", flat=True))
    assert kinds == {DocumentVersion.Kind.AGENDA, DocumentVersion.Kind.MINUTES}
    assert mail.outbox == []


def test_chairs_approve_in_klynge_when_the_record_says_so(steering):
    chairs = [steering.hospital_chair, steering.municipal_chair]
    approval = PastApproval(chairs=chairs, chairs_at=aware(DAY, 15))
    meeting = record_past_meeting(_past(steering, approval=approval, seated_invited=True))
    assert meeting.minutes_published_at == aware(DAY, 15)
    assert set(meeting.approvals.values_list("person__name", flat=True)) == {p.name for p in chairs}


def test_seated_members_invited_and_the_others_come_as_guests(steering):
    guest = PersonFactory(name="Gæst Gæstesen", title="konsulent")
    attendance = [
        PastAttendance(guest, role_text=guest.title),
        PastAttendance(steering.member, apology=True),
    ]
    approval = PastApproval(outside_at=aware(DAY, 11), outside_note="Godkendt.")
    past = _past(steering, attendance=attendance, seated_invited=True, approval=approval)
    meeting = record_past_meeting(past)

    assert _statuses(meeting) == {
        "Jonas Dahl": (Attendance.Status.ATTENDING, False, ""),
        "Mette Andreassen": (Attendance.Status.ATTENDING, False, ""),
        "Kristine Stange": (Attendance.Status.APOLOGY, False, ""),
        "Gæst Gæstesen": (Attendance.Status.ATTENDING, True, ""),
    }
    # The agenda was sent before the apology came in.
    agenda = meeting.versions.get(kind=DocumentVersion.Kind.AGENDA).content
    assert agenda["apologies"] == []
    assert [g["name"] for g in agenda["guests"]] == ["Gæst Gæstesen"]


def test_a_record_naming_everyone_gives_each_their_seat_and_links_substitutes(steering):
    stand_in = PersonFactory(name="Sofie Stedfortræder")
    attendance = [
        PastAttendance(steering.hospital_chair),
        PastAttendance(stand_in, role_text="stedfortræder", substitute_for=steering.member),
    ]
    approval = PastApproval(outside_at=aware(DAY, 11), outside_note="Godkendt.")
    meeting = record_past_meeting(_past(steering, attendance=attendance, approval=approval))

    assert _statuses(meeting) == {
        "Jonas Dahl": (Attendance.Status.ATTENDING, False, ""),
        "Sofie Stedfortræder": (Attendance.Status.ATTENDING, False, ""),
        "Kristine Stange": (Attendance.Status.APOLOGY, False, "Sofie Stedfortræder"),
    }
    chair = meeting.attendances.get(person=steering.hospital_chair)
    assert chair.membership is not None
    assert chair.party == steering.hospital


def test_an_agenda_alone_is_left_published_with_its_apologies_in_it(steering):
    attendance = [
        PastAttendance(steering.hospital_chair),
        PastAttendance(steering.member, apology=True),
    ]
    meeting = record_past_meeting(_past(steering, attendance=attendance))

    assert meeting.state == Meeting.State.AGENDA_PUBLISHED
    agenda = meeting.versions.get(kind=DocumentVersion.Kind.AGENDA).content
    assert [p["name"] for p in agenda["apologies"]] == ["Kristine Stange"]
    assert meeting.attendances.get(person=steering.hospital_chair).status == (
        Attendance.Status.INVITED
    )


def test_a_record_that_breaks_a_rule_saves_nothing(steering):
    before = Meeting.objects.count()
    wrong = [PastItem(title="Punkt", recommendations=["at det godkendes"])]
    approval = PastApproval(outside_at=aware(DAY, 11), outside_note="Godkendt.")
    with pytest.raises(KeyError):
        record_past_meeting(
            _past(
                steering,
                items=[PastItem(**{**wrong[0].__dict__, "decisions": [(2, APPROVED, "")]})],
                approval=approval,
            )
        )
    with pytest.raises(ValidationError):
        record_past_meeting(_past(steering, ends_at=aware(DAY, 8)))
    assert Meeting.objects.count() == before


def test_case_text_lists_the_attachments_known_only_by_title():
    assert case_text(PastItem(title="x", attachments=[("Bilag 1", "")])) == (
        "**Bilag**\n\n- Bilag 1"
    )
    assert case_text(PastItem(title="x", case_text="Tekst", attachments=[("A", "https://a")])) == (
        "Tekst"
    )


def test_items_keep_the_numbers_the_record_prints(steering):
    items = (
        PastItem("Velkomst", AgendaItem.Kind.WELCOME, number="1"),
        PastItem("Pause", AgendaItem.Kind.BREAK, number="2"),
        PastItem("Økonomi", number="4"),
        PastItem("Regnskab", number="4.a"),
        PastItem("Eventuelt", AgendaItem.Kind.ANY_OTHER_BUSINESS),
    )
    meeting = record_past_meeting(_past(steering, items=items))
    doc = document.build(queries.load_meeting(meeting.pk))
    assert [item.number for item in doc.items] == ["1", None, "4", "4.a", "5"]
