"""Planning and changing a meeting on its form: the services do the saving."""

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from klynge.meetings.models import Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary(client, steering):
    client.force_login(steering.secretary_user)
    return client


def form_data(steering, **changes):
    data = {
        "day": "2027-03-04",
        "starts": "09:00",
        "ends": "12:00",
        "place": "Regionshuset Viborg",
        "minute_takers": [steering.member.pk],
    }
    return data | changes


def test_a_meeting_planned_on_the_form_has_its_minute_takers(secretary, steering):
    url = reverse("meetings:meeting_new", args=[steering.forum.slug])
    response = secretary.post(url, form_data(steering))
    meeting = steering.forum.meetings.get(place="Regionshuset Viborg")
    assert response.status_code == 302 and response.url == meeting.get_absolute_url()
    assert list(meeting.minute_takers.all()) == [steering.member]
    assert meeting.attendances.count() == 3


def test_a_meeting_changed_on_the_form_keeps_its_state_and_names_the_user(secretary, steering):
    url = reverse("meetings:meeting_edit", args=[steering.meeting.pk])
    response = secretary.post(url, form_data(steering, title="Temamøde"))
    assert response.status_code == 302
    meeting = Meeting.objects.get(pk=steering.meeting.pk)
    assert (meeting.title, meeting.place) == ("Temamøde", "Regionshuset Viborg")
    assert list(meeting.minute_takers.all()) == [steering.member]
    assert meeting.state == Meeting.State.PLANNED
    entry = LogEntry.objects.get_for_object(meeting).get(action=LogEntry.Action.UPDATE)
    assert entry.actor == steering.secretary_user


def test_a_refused_change_shows_the_form_again(secretary, steering):
    url = reverse("meetings:meeting_edit", args=[steering.meeting.pk])
    response = secretary.post(url, form_data(steering, starts="12:00", ends="09:00"))
    assert "Mødet skal slutte, efter det starter." in response.content.decode()
    assert not Meeting.objects.get(pk=steering.meeting.pk).minute_takers.exists()
