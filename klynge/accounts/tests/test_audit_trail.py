"""Every change to memberships, terms, meetings, items, minutes and decisions is in the trail."""

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from klynge.accounts import audit
from klynge.meetings import services as meeting_services
from klynge.meetings.models import Decision, Meeting
from klynge.meetings.tests.conftest import add_item
from klynge.organisation.models import Membership

pytestmark = pytest.mark.django_db


def test_a_membership_change_through_the_screen_records_who_before_and_after(client, steering):
    client.force_login(steering.secretary_user)
    seat = Membership.objects.get(person=steering.member)
    response = client.post(
        reverse("organisation:membership_edit", args=[steering.forum.slug, seat.pk]),
        {
            "person": seat.person_id,
            "party": steering.viborg.pk,
            "role": "co_chair",
            "starts_on": "2023-01-01",
        },
    )
    assert response.status_code == 302
    entry = audit.forum_trail(steering.forum.pk).filter(object_id=seat.pk).first()
    assert entry.actor == steering.secretary_user
    assert entry.changes_dict["role"] == ["member", "co_chair"]

    page = client.get(reverse("organisation:forum_history", args=[steering.forum.slug]))
    html = page.content.decode()
    assert "Kristine Stange" in html and "sekretariat" in html
    assert "Medlem → Medformand" in html


def test_decisions_and_approvals_are_in_the_meetings_trail(steering):
    item = add_item(steering.meeting, "Budget", recommendations=["godkender"])
    meeting_services.publish_agenda(steering.meeting)
    rec = item.recommendations.get()
    meeting_services.record_minutes(item, "Drøftet", "", [(rec, Decision.Outcome.APPROVED, "")])
    meeting_services.record_minutes(item, "Drøftet", "", [(rec, Decision.Outcome.REJECTED, "")])
    meeting_services.approve_minutes(
        Meeting.objects.get(pk=steering.meeting.pk), steering.hospital_chair
    )
    trail = audit.meeting_trail(steering.meeting.pk)
    decision_changes = [
        e.changes_dict.get("outcome") for e in trail if e.content_type.model == "decision"
    ]
    assert ["approved", "rejected"] in decision_changes
    assert trail.filter(content_type__model="minutesapproval").exists()
    assert trail.filter(content_type__model="agendaitem", action=LogEntry.Action.CREATE).exists()


def test_only_the_secretariat_reads_the_trail(client, steering):
    client.force_login(steering.member_user)
    assert client.get(reverse("meetings:history", args=[steering.meeting.pk])).status_code == 403
    assert (
        client.get(reverse("organisation:forum_history", args=[steering.forum.slug])).status_code
        == 403
    )
    client.force_login(steering.secretary_user)
    assert client.get(reverse("meetings:history", args=[steering.meeting.pk])).status_code == 200
