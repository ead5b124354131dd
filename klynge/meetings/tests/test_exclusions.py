"""Inhabilitet: the secretariat excludes named members from an item. The excluded see a closed
item as a non-member does everywhere, the minutes say that they did not take part, and the audit
trail says who excluded whom and when."""

from __future__ import annotations

import datetime

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import strip_tags

from klynge.accounts.models import Role, User
from klynge.accounts.permissions import can_see_item, readable_items
from klynge.archive.search.indexer import rebuild_index
from klynge.archive.search.query import search
from klynge.followup import reminders
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.document_views import minutes_doc
from klynge.meetings.models import AgendaItem, Attendance, Decision, ItemExclusion, Meeting
from klynge.meetings.pdf import minutes_pdf
from klynge.meetings.word import minutes_docx
from klynge.organisation.tests.factories import PersonFactory

from .conftest import PASSWORD, add_item
from .test_documents import docx_text, pdf_text

TITLE = "Udbud af INHABILSAG4KZ"
NOTE = "Inhabil: Kristine Stange deltog ikke i behandlingen af punktet."


@pytest.fixture
def closed(steering) -> AgendaItem:
    item = add_item(
        steering.meeting, TITLE, closed=True, case_text="Tilbud fra en leverandør", minutes=20
    )
    add_item(steering.meeting, "Status", recommendations=["tages til efterretning"])
    return item


def _text(client, url: str) -> str:
    return strip_tags(client.get(url).content.decode("utf-8", "replace"))


def _fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)


def _whole(steering) -> str:
    return reverse("meetings:whole", args=[steering.meeting.pk])


def test_the_excluded_member_sees_the_item_as_a_non_member(client, steering, closed):
    services.set_exclusions(closed, [steering.member], steering.secretary_user, "Bestyrelsespost")
    member = _fresh(steering.member_user)
    assert not can_see_item(member, closed)
    assert not AgendaItem.objects.filter(readable_items(member), pk=closed.pk).exists()
    assert can_see_item(_fresh(steering.chair_user), closed)
    client.force_login(steering.member_user)
    for url in (steering.meeting.get_absolute_url(), _whole(steering), closed.get_absolute_url()):
        page = _text(client, url)
        assert "Lukket punkt" in page and TITLE not in page and "leverandør" not in page
    for name in ("meetings:agenda_pdf", "meetings:agenda_docx", "meetings:minutes_docx"):
        content = client.get(reverse(name, args=[steering.meeting.pk])).content
        assert b"INHABILSAG4KZ" not in content


def test_the_exclusion_outweighs_a_secretariat_role(client, steering, closed):
    steering.member_user.roles.create(role=Role.SECRETARIAT, cluster=steering.forum.cluster)
    services.set_exclusions(closed, [steering.member])
    client.force_login(steering.member_user)
    edit = reverse("meetings:item_edit", args=[steering.meeting.pk, closed.pk])
    assert client.get(edit).status_code == 403
    history = reverse("meetings:history", args=[steering.meeting.pk])
    assert client.get(history).status_code == 403
    assert TITLE not in _text(client, steering.meeting.get_absolute_url())
    assert TITLE not in _text(client, _whole(steering))


def test_the_minutes_say_who_did_not_take_part(client, rf, steering, closed):
    services.set_exclusions(closed, [steering.member])
    services.publish_agenda(steering.meeting)
    services.hold_meeting(steering.meeting)
    request = rf.get("/")
    request.user = _fresh(steering.chair_user)
    doc = minutes_doc(request, Meeting.objects.get(pk=steering.meeting.pk))
    item = next(i for i in doc.items if i.pk == closed.pk)
    assert item.excluded == ["Kristine Stange"]
    assert NOTE in docx_text(minutes_docx(doc))
    assert NOTE in pdf_text(minutes_pdf(doc))
    # The agenda was sent before the meeting: it says nothing of who left the room.
    assert all(i.excluded == [] for i in doc.as_agenda().items)
    client.force_login(steering.chair_user)
    assert NOTE in _text(client, _whole(steering))
    assert NOTE in _text(client, closed.get_absolute_url())


def test_only_invitees_can_be_excluded(steering, closed):
    stranger = PersonFactory(name="Fremmed Person")
    with pytest.raises(ValidationError) as error:
        services.set_exclusions(closed, [stranger])
    assert "Fremmed Person" in str(error.value.message_dict["people"])
    assert not ItemExclusion.objects.exists()


def test_the_audit_trail_says_who_excluded_whom(steering, closed):
    services.set_exclusions(closed, [steering.member], steering.secretary_user)
    entry = LogEntry.objects.get(content_type__model="itemexclusion")
    assert entry.action == LogEntry.Action.CREATE
    assert entry.additional_data == {"meeting": steering.meeting.pk}
    exclusion = ItemExclusion.objects.get()
    assert exclusion.created_by == steering.secretary_user and exclusion.person == steering.member
    services.set_exclusions(closed, [], steering.secretary_user)
    assert LogEntry.objects.filter(
        content_type__model="itemexclusion", action=LogEntry.Action.DELETE
    ).exists()


def test_in_approved_minutes_a_change_is_a_correction(steering, closed):
    meeting = steering.meeting
    services.publish_agenda(meeting)
    services.hold_meeting(meeting)
    for item in meeting.items.prefetch_related("recommendations"):
        decisions = [(r, Decision.Outcome.NOTED, "") for r in item.recommendations.all()]
        services.record_minutes(
            item, "Drøftet", "", decisions or [(None, Decision.Outcome.DISCUSSED, "")]
        )
    for chair in services.chairs(meeting):
        services.approve_minutes(Meeting.objects.get(pk=meeting.pk), chair)
    versions = meeting.versions.filter(kind="minutes").count()
    with pytest.raises(ValidationError) as error:
        services.set_exclusions(closed, [steering.member])
    assert "reason" in error.value.message_dict
    services.set_exclusions(closed, [steering.member], reason="Inhabilitet opdaget efter mødet")
    assert meeting.versions.filter(kind="minutes").count() == versions + 1
    newest = meeting.versions.filter(kind="minutes").order_by("-number").first()
    assert newest.reason == "Inhabilitet opdaget efter mødet"


def test_search_and_api_leave_the_item_out_for_the_excluded(client, steering, closed):
    services.set_exclusions(closed, [steering.member])
    rebuild_index()
    assert search(steering.chair_user, "INHABILSAG4KZ").total == 1
    assert search(_fresh(steering.member_user), "INHABILSAG4KZ").total == 0
    client.force_login(steering.member_user)
    items = client.get(reverse("api:agenda_item-list")).json()["results"]
    assert closed.pk not in {row["id"] for row in items}


def test_the_weekly_digest_leaves_out_actions_of_excluded_items(steering, closed):
    secretary = steering.secretary_user
    secretary.email = "sekretariat@example.org"
    secretary.person = PersonFactory(name="Sofie Sekretær")
    secretary.save()
    Attendance.objects.create(meeting=steering.meeting, person=secretary.person, position=99)
    due = datetime.date(2026, 12, 20)
    followup.save_action(
        Action(
            forum=steering.forum,
            item=closed,
            title="INHABILHANDLING",
            due_on=due,
            responsible_party=steering.viborg,
        )
    )
    day = datetime.date(2026, 12, 14)
    before = reminders.weekly_digest(day)
    assert any("INHABILHANDLING" in mail.body for mail in before)
    services.set_exclusions(closed, [secretary.person])
    after = reminders.weekly_digest(day)
    assert not any("INHABILHANDLING" in mail.body for mail in after)


def test_the_secretariat_sets_exclusions_in_the_form(client, steering, closed):
    client.force_login(steering.secretary_user)
    url = reverse("meetings:exclusions", args=[steering.meeting.pk, closed.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Kristine Stange" in page.content.decode()
    response = client.post(url, {"people": [steering.member.pk], "note": "Bestyrelsespost"})
    assert response.status_code == 302
    exclusion = ItemExclusion.objects.get()
    assert exclusion.reason == "Bestyrelsespost"
    assert exclusion.created_by == steering.secretary_user
    stranger = User.objects.create_user("fremmed", password=PASSWORD)
    client.force_login(stranger)
    assert client.get(url).status_code == 403
