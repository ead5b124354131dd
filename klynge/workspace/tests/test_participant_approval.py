"""Each participant approves the minutes with one click where the forum's rules say so; the
secretariat withdraws an approval after confirming, and the audit trail keeps who did."""

from __future__ import annotations

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.urls import reverse

from klynge.accounts.models import User
from klynge.meetings import services
from klynge.meetings.models import Meeting
from klynge.workspace import approval
from klynge.workspace.models import ParticipantApproval
from klynge.workspace.tests import review_world
from klynge.workspace.tests.review_world import render

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(steering):
    return review_world.build(steering)


@pytest.fixture
def minutes(world):
    review_world.to_minutes_draft(world)
    return world


def messages(error: pytest.ExceptionInfo) -> str:
    return " ".join(error.value.messages)


def test_those_who_attended_approve_the_chairs_apart(minutes):
    names = [p.name for p in approval.approvers(minutes.meeting)]
    assert sorted(names) == ["Kristine Stange", "Sara Stedfortræder"]


def test_the_minute_takers_do_not_approve_the_minutes_they_wrote(minutes):
    minutes.meeting.minute_takers.add(minutes.substitute)
    assert [p.name for p in approval.approvers(minutes.meeting)] == ["Kristine Stange"]
    with pytest.raises(ValidationError):
        approval.approve_as_participant(minutes.meeting, minutes.substitute)


def test_a_participant_approves_once(minutes):
    member = minutes.steering.member
    given = approval.approve_as_participant(minutes.meeting, member, minutes.steering.member_user)
    assert given.person == member and given.by_user == minutes.steering.member_user
    again = approval.approve_as_participant(minutes.meeting, member)
    assert again.pk == given.pk and again.approved_at == given.approved_at


def test_only_those_who_attended_and_not_the_chairs(minutes):
    for person in (minutes.absent, minutes.guest, minutes.steering.hospital_chair):
        with pytest.raises(ValidationError) as refused:
            approval.approve_as_participant(minutes.meeting, person)
        assert messages(refused) == "Kun de, der deltog i mødet, godkender referatet som deltagere."
    assert not ParticipantApproval.objects.exists()


def test_only_where_the_forum_says_so(steering):
    w = review_world.build(steering, participants_approve=False)
    review_world.to_minutes_draft(w)
    assert approval.approvers(w.meeting) == []
    with pytest.raises(ValidationError) as refused:
        approval.approve_as_participant(w.meeting, w.steering.member)
    assert messages(refused) == "I dette forum godkender kun formandskabet referatet."


def test_while_the_minutes_are_in_preparation_or_approved(world):
    with pytest.raises(ValidationError) as early:
        approval.approve_as_participant(world.meeting, world.steering.member)
    assert messages(early) == "Referatet er endnu ikke klar til godkendelse."
    review_world.to_minutes_draft(world)
    review_world.approve_by_chairs(world)
    assert approval.approve_as_participant(world.meeting, world.steering.member)
    services.publish_minutes(world.meeting)
    with pytest.raises(ValidationError) as late:
        approval.approve_as_participant(world.meeting, world.substitute)
    assert messages(late) == "Referatet er offentliggjort; godkendelserne kan ikke længere ændres."


def test_the_secretariat_withdraws_and_the_trail_keeps_it(minutes):
    secretary = minutes.steering.secretary_user
    given = approval.approve_as_participant(minutes.meeting, minutes.steering.member)
    pk = given.pk
    approval.withdraw_participant_approval(given, secretary)
    assert not ParticipantApproval.objects.exists()
    trail = LogEntry.objects.get_for_model(ParticipantApproval)
    entry = trail.get(object_pk=str(pk), action=LogEntry.Action.DELETE)
    assert entry.actor == secretary
    assert entry.additional_data == {"meeting": minutes.meeting.pk}


def test_no_withdrawal_once_published(minutes):
    given = approval.approve_as_participant(minutes.meeting, minutes.steering.member)
    review_world.approve_by_chairs(minutes)
    services.publish_minutes(minutes.meeting)
    with pytest.raises(ValidationError):
        approval.withdraw_participant_approval(given, minutes.steering.secretary_user)
    assert ParticipantApproval.objects.filter(pk=given.pk).exists()


# --- the pages ----------------------------------------------------------------------------------
def test_one_click_for_the_participant_only(client, minutes):
    w = minutes
    url = reverse("workspace:participant_approve", args=[w.meeting.pk])
    for user in (w.reader_user, w.steering.chair_user, w.absent_user, w.steering.secretary_user):
        client.force_login(user)
        assert client.post(url).status_code == 403
    client.force_login(w.steering.member_user)
    assert client.get(url).status_code == 405
    response = client.post(url, {"next": "/arbejde/moeder/"})
    assert response.url == "/arbejde/moeder/#deltagernes-godkendelse"
    assert ParticipantApproval.objects.get().person == w.steering.member
    for elsewhere in ("<svg onload=alert(1)>", "//evil.example/", "https://evil.example/"):
        response = client.post(url, {"next": elsewhere})
        assert response.url == f"{w.meeting.get_absolute_url()}#deltagernes-godkendelse"


def test_the_secretariat_withdraws_after_confirming(client, minutes):
    w = minutes
    given = approval.approve_as_participant(w.meeting, w.steering.member)
    url = reverse("workspace:participant_withdraw", args=[w.meeting.pk, given.pk])
    for user in (w.steering.member_user, w.steering.chair_user):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.post(url).status_code == 403
    client.force_login(w.steering.secretary_user)
    page = client.get(url + "?next=/arbejde/moeder/").content.decode()
    assert "Træk godkendelsen fra Kristine Stange tilbage" in page
    assert 'value="/arbejde/moeder/"' in page
    assert ParticipantApproval.objects.exists()
    response = client.post(url, {"next": "/arbejde/moeder/"})
    assert response.url == "/arbejde/moeder/#deltagernes-godkendelse"
    assert not ParticipantApproval.objects.exists()


def test_the_list_on_the_meeting_page(minutes):
    w = minutes
    approval.approve_as_participant(w.meeting, w.substitute)
    mine = render("{% participant_approval meeting %}", w.steering.member_user, meeting=w.meeting)
    assert "1 af 2 deltagere har godkendt referatet." in mine
    assert "Godkend referatet" in mine and "Træk godkendelsen tilbage" not in mine
    theirs = render("{% participant_approval meeting %}", w.substitute_user, meeting=w.meeting)
    assert "Du godkendte referatet" in theirs and 'type="submit"' not in theirs
    secretary = render(
        "{% participant_approval meeting %}", w.steering.secretary_user, meeting=w.meeting
    )
    assert "Træk godkendelsen tilbage" in secretary and 'type="submit"' not in secretary
    reader = render("{% participant_approval meeting %}", w.reader_user, meeting=w.meeting)
    assert "Sara Stedfortræder" in reader and 'type="submit"' not in reader


def test_the_list_is_not_shown_before_the_minutes(world):
    shown = render("{% participant_approval meeting %}", world.reader_user, meeting=world.meeting)
    assert shown.strip() == ""


@pytest.mark.parametrize("others", [0, 5])
def test_the_list_has_a_fixed_query_count(minutes, django_assert_num_queries, others):
    w = minutes
    for n in range(others):
        person = review_world.PersonFactory(name=f"Deltager {n}")
        services.add_guest(w.meeting, person, None, "")
        w.meeting.attendances.filter(person=person).update(is_guest=False)
        approval.approve_as_participant(w.meeting, person)
    meeting = Meeting.objects.select_related("forum").get(pk=w.meeting.pk)
    member = User.objects.get(pk=w.steering.member_user.pk)
    with django_assert_num_queries(6):
        render("{% participant_approval meeting %}", member, meeting=meeting)
