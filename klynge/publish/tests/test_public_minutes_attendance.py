"""The published minutes name each invitee once: the participants without those who sent
apologies or were absent, who stand under "Afbud" and "Fraværende"; the approval is said once."""

from __future__ import annotations

import pytest

from klynge.meetings import services
from klynge.meetings.models import Attendance, Decision
from klynge.meetings.tests.conftest import aware
from klynge.organisation.tests.factories import PersonFactory
from klynge.publish.tests.test_site_pages import (  # noqa: F401 - fixtures
    PublicWorld,
    public_urls,
    public_world,
    steering,
    text_of,
)


@pytest.fixture
def world(public_world: PublicWorld) -> PublicWorld:  # noqa: F811
    return public_world


def publish_with_apology_and_absence(world: PublicWorld) -> tuple[str, str]:
    meeting = world.meeting
    apology = meeting.attendances.get(person=world.steering.member)
    services.record_apology(apology)
    absent = PersonFactory(name="Ole Fravær")
    Attendance.objects.create(meeting=meeting, person=absent, party=world.steering.viborg)
    services.hold_meeting(meeting)
    # Attendance after the meeting (fraværende) is recorded with the minutes or by an import.
    meeting.attendances.filter(person=absent).update(status=Attendance.Status.ABSENT)
    for item in (world.open_item, world.closed_item):
        decision = (item.recommendations.get(), Decision.Outcome.NOTED, "")
        services.record_minutes(item, "", "", [decision])
    at = aware(meeting.local_day(), 15)
    services.record_approval_outside(meeting, at, "Godkendt af formandskabet")
    services.publish_minutes(meeting)
    return world.steering.member.name, absent.name


def test_apologies_and_absentees_are_not_among_the_participants(client, world):
    apology, absent = publish_with_apology_and_absence(world)
    text = text_of(client, public_urls(world)["meeting"])
    participants = text.split("Deltagere", 1)[1].split("Afbud", 1)[0]
    assert world.steering.hospital_chair.name in participants
    assert text.count(apology) == 1
    assert apology in text.split("Afbud", 1)[1].split("Fraværende", 1)[0]
    assert text.count(absent) == 1
    assert absent in text.split("Fraværende", 1)[1]


def test_the_approval_is_said_once(client, world):
    publish_with_apology_and_absence(world)
    text = text_of(client, public_urls(world)["meeting"])
    # Not "Referat godkendt af Godkendt af formandskabet".
    assert text.lower().count("godkendt af") == 1
    assert "Godkendelse af referatet" in text
