"""Every calendar file Klynge writes (one meeting, a person's feed, the annual plan, the public
calendars) is built by klynge.meetings.ics, so they share headers, stamp, time zone, UID host and
the note on meetings a calendar cannot hold."""

import datetime

import pytest
from django.test import RequestFactory
from icalendar import Calendar

from klynge.followup.annual_plan import plan_ics
from klynge.meetings import ics, services
from klynge.meetings.models import Meeting
from klynge.publish.calendars import public_calendar

from .conftest import DAY, aware

SECRET_ROOM = "https://moede.example.dk/hemmeligt-rum"


@pytest.fixture
def meetings(steering, settings) -> list[Meeting]:
    settings.KLYNGE_BASE_URL = "https://klynge.example.dk"
    later = DAY + datetime.timedelta(days=14)
    services.create_meeting(
        steering.forum,
        title="Temamøde",
        starts_at=aware(later, 13),
        ends_at=aware(later, 15),
        virtual_address=SECRET_ROOM,
        booking_note="Virtuelt møde",
    )
    return list(Meeting.objects.select_related("forum").order_by("starts_at"))


def _files(steering, meetings: list[Meeting]) -> dict[str, bytes]:
    request = RequestFactory().get("/")
    return {
        "meeting": ics.meeting_ics(meetings[0]),
        "person feed": ics.person_feed_ics(steering.member),
        "annual plan": plan_ics(meetings, "Årshjul"),
        "public": public_calendar(request, meetings, "Klyngestyregruppen – Klynge"),
    }


def test_every_calendar_file_comes_from_the_one_module(steering, meetings, monkeypatch):
    monkeypatch.setattr(ics, "PRODID", "-//Prøve//Klynge//DA")
    for name, content in _files(steering, meetings).items():
        parsed = Calendar.from_ical(content)
        assert str(parsed["prodid"]) == "-//Prøve//Klynge//DA", name
        assert str(parsed["version"]) == "2.0", name
        assert [str(zone["tzid"]) for zone in parsed.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
        events = parsed.walk("VEVENT")
        assert events, name
        assert len({event.decoded("dtstamp") for event in events}) == 1, name
        for event in events:
            assert event["dtstart"].params["TZID"] == "Europe/Copenhagen", name
            assert str(event["uid"]).endswith("@klynge.example.dk"), name


def test_subscriptions_carry_their_name_and_time_zone(steering, meetings):
    files = _files(steering, meetings)
    names = {
        "person feed": "Klynge – Kristine Stange",
        "annual plan": "Årshjul",
        "public": "Klyngestyregruppen – Klynge",
    }
    for name, calendar_name in names.items():
        parsed = Calendar.from_ical(files[name])
        assert str(parsed["x-wr-calname"]) == calendar_name
        assert str(parsed["x-wr-timezone"]) == "Europe/Copenhagen", name
    assert "x-wr-calname" not in Calendar.from_ical(files["meeting"])


def _unfolded(content: bytes) -> str:
    return content.decode().replace("\r\n ", "")


def test_the_public_never_gets_the_virtual_meeting_address(steering, meetings):
    files = _files(steering, meetings)
    assert SECRET_ROOM not in _unfolded(files["public"])
    assert f"Virtuel mødeadresse: {SECRET_ROOM}" in _unfolded(files["annual plan"])
    public = {str(e["summary"]): e for e in Calendar.from_ical(files["public"]).walk("VEVENT")}
    assert "location" not in public["Klyngestyregruppen: Temamøde"]


def test_members_and_public_events_have_their_own_uids(meetings):
    meeting = meetings[0]
    assert str(ics.meeting_event(meeting)["uid"]) == f"meeting-{meeting.pk}@klynge.example.dk"
    public = ics.public_event(meeting, "https://klynge.example.dk/offentlig/")
    assert str(public["uid"]) == f"public-meeting-{meeting.pk}@klynge.example.dk"
    assert str(public["description"]) == "https://klynge.example.dk/offentlig/"


def test_every_calendar_file_leaves_out_an_undatable_meeting_with_a_note(steering, meetings):
    far = aware(datetime.date(9999, 12, 30), 10)
    ends = far + datetime.timedelta(hours=1)
    Meeting.objects.filter(pk=meetings[0].pk).update(starts_at=far, ends_at=ends)
    undatable, *others = Meeting.objects.select_related("forum").order_by("-starts_at")
    for name, content in _files(steering, [undatable, *others]).items():
        parsed = Calendar.from_ical(content)
        assert str(parsed["x-klynge-note"]).startswith("1 møde(r) med en dato uden for"), name
        assert undatable.pk not in {_pk(event) for event in parsed.walk("VEVENT")}, name


def _pk(event) -> int:
    return int(str(event["uid"]).split("@")[0].rsplit("-", 1)[1])
