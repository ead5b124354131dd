"""Who took part, as the minutes say it on the page, in the PDF and in Word alike: those who sent
apologies or were absent are listed under "Afbud" or "Fraværende" only, never among the
participants; and an approval recorded as "Godkendt af …" is not prefixed with a second one."""

from __future__ import annotations

import datetime
from io import BytesIO

import docx as python_docx
import pytest

from klynge.meetings import document, queries, services
from klynge.meetings.models import Attendance, Decision, Meeting
from klynge.meetings.pdf import minutes_pdf
from klynge.meetings.tests.conftest import Steering, add_item, aware
from klynge.meetings.tests.test_documents import pdf_text
from klynge.meetings.word import minutes_docx
from klynge.organisation.tests.factories import MembershipFactory, PersonFactory

NOTE = "Godkendt af formandskabet"


def held_with_apology_and_absence(steering: Steering) -> Meeting:
    """Kristine Stange sends apologies, Ole Fravær is absent; the minutes approved outside."""
    absent = PersonFactory(name="Ole Fravær", title="direktør")
    MembershipFactory(
        forum=steering.forum,
        person=absent,
        party=steering.viborg,
        starts_on=datetime.date(2023, 1, 1),
    )
    meeting = steering.meeting
    services.invite_members(meeting)
    item = add_item(meeting, "Status", recommendations=["tager orienteringen til efterretning"])
    services.publish_agenda(meeting)
    services.record_apology(meeting.attendances.get(person=steering.member))
    services.hold_meeting(meeting)
    # Attendance after the meeting (fraværende) is recorded with the minutes or by an import.
    meeting.attendances.filter(person=absent).update(status=Attendance.Status.ABSENT)
    decision = (item.recommendations.get(), Decision.Outcome.NOTED, "")
    services.record_minutes(item, "Styregruppen drøftede status.", "", [decision])
    services.record_approval_outside(meeting, aware(meeting.local_day(), 15), NOTE)
    return Meeting.objects.get(pk=meeting.pk)


@pytest.fixture
def minutes(steering) -> document.MeetingDoc:
    return document.build(queries.load_meeting(held_with_apology_and_absence(steering).pk))


def test_participants_leave_out_apologies_and_absentees(minutes, steering):
    participants = [p.name for group in minutes.participants for p in group.people]
    assert steering.member.name not in participants
    assert "Ole Fravær" not in participants
    assert steering.hospital_chair.name in participants
    assert [p.name for p in minutes.apologies] == [steering.member.name]
    assert [p.name for p in minutes.absent] == ["Ole Fravær"]
    # The agenda lists every invitee, as it was sent.
    invitees = [p.name for group in minutes.invitees for p in group.people]
    assert steering.member.name in invitees


def section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_the_page_pdf_and_word_name_each_person_once_under_the_right_heading(minutes, steering):
    page = document.render_html(minutes, minutes=True, h=1)
    word = python_docx.Document(BytesIO(minutes_docx(minutes)))
    word_text = "\n".join(cell.text for row in word.tables[0].rows for cell in row.cells)
    for text in (page, pdf_text(minutes_pdf(minutes)), word_text):
        assert text.count(steering.member.name) == 1
        assert text.count("Ole Fravær") == 1
        assert steering.member.name in section(text, "Afbud", "Fraværende")
        assert "Ole Fravær" in section(text, "Fraværende", "Godkendelse af referatet")
        assert steering.hospital_chair.name in section(text, "Deltagere", "Afbud")


def test_the_approval_is_said_once(minutes):
    page = document.render_html(minutes, minutes=True, h=1)
    word = python_docx.Document(BytesIO(minutes_docx(minutes)))
    word_text = "\n".join(cell.text for row in word.tables[0].rows for cell in row.cells)
    for text in (page, pdf_text(minutes_pdf(minutes)), word_text):
        # Not "Referat godkendt af Godkendt af formandskabet".
        assert text.lower().count("godkendt af") == 1
        assert "Godkendelse af referatet" in text
