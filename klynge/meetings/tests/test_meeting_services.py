"""Planning and changing a meeting: one transaction each, minute-takers included."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from klynge.meetings import services
from klynge.meetings.models import Meeting
from klynge.organisation.models import Person
from klynge.organisation.tests.factories import MembershipFactory

from .conftest import aware

pytestmark = pytest.mark.django_db
DAY = datetime.date(2027, 3, 4)


def plan(steering, **options):
    return services.create_meeting(
        steering.forum, starts_at=aware(DAY, 9), ends_at=aware(DAY, 12), **options
    )


def test_a_planned_meeting_has_its_minute_takers_and_the_seated_members(steering):
    meeting = plan(steering, minute_takers=[steering.member], title="Temamøde")
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert meeting.title == "Temamøde"
    assert list(meeting.minute_takers.all()) == [steering.member]
    assert meeting.attendances.count() == 3


def test_a_meeting_whose_attendees_are_named_elsewhere_invites_nobody(steering):
    meeting = plan(steering, minute_takers=[steering.member], invite_seated=False)
    assert not meeting.attendances.exists()
    assert list(meeting.minute_takers.all()) == [steering.member]


def test_a_meeting_that_cannot_be_planned_saves_nothing(steering):
    before = Meeting.objects.count()
    with pytest.raises(ValueError):
        plan(steering, minute_takers=[Person(name="Ikke gemt")])
    with pytest.raises(ValidationError):
        services.create_meeting(steering.forum, starts_at=aware(DAY, 12), ends_at=aware(DAY, 9))
    assert Meeting.objects.count() == before


def test_a_failing_invitation_saves_neither_meeting_nor_minute_takers(steering, monkeypatch):
    def refuse(meeting):
        raise ValidationError("nej")

    monkeypatch.setattr(services, "invite_members", refuse)
    with pytest.raises(ValidationError):
        plan(steering, minute_takers=[steering.member], place="Et sted")
    assert not Meeting.objects.filter(place="Et sted").exists()
    assert not Person.objects.get(pk=steering.member.pk).minutes_taken.exists()


def test_an_update_changes_the_details_and_the_minute_takers(steering):
    meeting = steering.meeting
    services.update_meeting(
        meeting,
        minute_takers=[steering.member, steering.hospital_chair],
        place="Online",
        starts_at=aware(DAY, 13),
        ends_at=aware(DAY, 15),
    )
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert (meeting.place, meeting.starts_at) == ("Online", aware(DAY, 13))
    assert set(meeting.minute_takers.all()) == {steering.member, steering.hospital_chair}


def test_an_update_keeps_the_minute_takers_unless_given_and_invites_nobody_new(steering):
    meeting = steering.meeting
    services.update_meeting(meeting, minute_takers=[steering.member])
    invited = set(meeting.attendances.values_list("person_id", flat=True))
    MembershipFactory(forum=steering.forum, party=steering.viborg, starts_on=DAY)
    services.update_meeting(
        meeting, title="Flyttet", starts_at=aware(DAY, 9), ends_at=aware(DAY, 10)
    )
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert meeting.title == "Flyttet"
    assert list(meeting.minute_takers.all()) == [steering.member]
    assert set(meeting.attendances.values_list("person_id", flat=True)) == invited


def test_a_refused_update_saves_nothing(steering):
    meeting = steering.meeting
    place = meeting.place
    with pytest.raises(ValueError):
        services.update_meeting(meeting, place="Online", minute_takers=[Person(name="Ikke gemt")])
    with pytest.raises(ValidationError):
        services.update_meeting(meeting, place="Online", ends_at=meeting.starts_at)
    assert Meeting.objects.get(pk=meeting.pk).place == place


def test_an_update_does_not_move_the_state(steering):
    with pytest.raises(TypeError):
        services.update_meeting(steering.meeting, state=Meeting.State.MINUTES_PUBLISHED)
    assert Meeting.objects.get(pk=steering.meeting.pk).state == Meeting.State.PLANNED
