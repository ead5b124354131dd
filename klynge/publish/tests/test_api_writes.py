"""Writing through the API: only with the personal token of the forum's secretariat, through the
meeting cycle's and follow-up's services, with field errors for bad input."""

from __future__ import annotations

import pytest
from auditlog.models import LogEntry
from django.test import Client
from django.utils import timezone

from klynge.followup.models import Action
from klynge.meetings.models import AgendaItem, DocumentVersion, Meeting
from klynge.meetings.tests.conftest import steering  # noqa: F401 - fixture
from klynge.publish.tests.test_api import bearer
from klynge.tests.test_authorization_matrix import world  # noqa: F401 - fixture

NEW_MEETING = {
    "title": "Ekstraordinært møde",
    "starts_at": "2027-03-01T09:00:00+01:00",
    "ends_at": "2027-03-01T11:00:00+01:00",
    "place": "Regionshuset Viborg",
}


def post(client: Client, url: str, data: dict, headers: dict | None = None, method: str = "post"):
    return getattr(client, method)(
        url, data, content_type="application/json", headers=headers or {}
    )


# --- who may write ----------------------------------------------------------------------------
def test_anonymous_writes_are_refused_as_unauthenticated(world):  # noqa: F811
    response = post(Client(), "/api/v1/meetings/", {**NEW_MEETING, "forum": world.forum.pk})
    assert response.status_code == 401
    assert not Meeting.objects.filter(title=NEW_MEETING["title"]).exists()


def test_a_session_does_not_write_without_csrf(world):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["secretariat"])
    response = post(client, "/api/v1/meetings/", {**NEW_MEETING, "forum": world.forum.pk})
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not Meeting.objects.filter(title=NEW_MEETING["title"]).exists()


def test_a_session_with_csrf_still_needs_a_token(world):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["secretariat"])
    client.get("/api/noegler/")  # sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = post(
        client,
        "/api/v1/meetings/",
        {**NEW_MEETING, "forum": world.forum.pk},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 403
    assert "CSRF" not in response.json()["detail"]  # refused for want of a token
    assert not Meeting.objects.filter(title=NEW_MEETING["title"]).exists()


@pytest.mark.parametrize("role", ["outsider", "reader", "member", "chair", "other_secretariat"])
def test_only_a_managers_token_writes(world, role):  # noqa: F811
    headers = bearer(world.users[role])
    client = Client()
    created = post(client, "/api/v1/meetings/", {**NEW_MEETING, "forum": world.forum.pk}, headers)
    assert created.status_code == 403
    url = f"/api/v1/agenda-items/{world.open_item.pk}/"
    changed = post(client, url, {"title": "Ændret", "reason": "x"}, headers, method="patch")
    assert changed.status_code in (403, 404)  # 404: the outsider may not even read it
    assert AgendaItem.objects.get(pk=world.open_item.pk).title == "Status"
    action = post(
        client, f"/api/v1/actions/{world.action_pk}/", {"status": "done"}, headers, "patch"
    )
    assert action.status_code in (403, 404)
    assert Action.objects.get(pk=world.action_pk).status == Action.Status.OPEN


# --- meetings ---------------------------------------------------------------------------------
def test_the_secretariat_plans_a_meeting(world):  # noqa: F811
    user = world.users["secretariat"]
    data = {**NEW_MEETING, "forum": world.forum.pk, "minute_takers": [world.steering.member.pk]}
    response = post(Client(), "/api/v1/meetings/", data, bearer(user))
    assert response.status_code == 201, response.content
    body = response.json()
    meeting = Meeting.objects.get(pk=body["id"])
    assert body["state"] == "planned" and body["title"] == NEW_MEETING["title"]
    # create_meeting invited the members (two co-chairs and two members), and the audit trail
    # names the token's user.
    assert meeting.attendances.count() == 4
    assert list(meeting.minute_takers.all()) == [world.steering.member]
    entry = LogEntry.objects.get_for_object(meeting).get(action=LogEntry.Action.CREATE)
    assert entry.actor == user


def test_a_meeting_must_end_after_it_starts(world):  # noqa: F811
    data = {**NEW_MEETING, "forum": world.forum.pk, "ends_at": NEW_MEETING["starts_at"]}
    response = post(Client(), "/api/v1/meetings/", data, bearer(world.users["secretariat"]))
    assert response.status_code == 400
    assert list(response.json()) == ["ends_at"]


def test_required_fields_are_field_errors(world):  # noqa: F811
    response = post(
        Client(), "/api/v1/meetings/", {"title": "x"}, bearer(world.users["secretariat"])
    )
    assert response.status_code == 400
    assert set(response.json()) == {"forum", "starts_at", "ends_at"}


def test_the_secretariat_changes_a_meeting_but_not_its_state(world):  # noqa: F811
    user = world.users["secretariat"]
    url = f"/api/v1/meetings/{world.meeting.pk}/"
    response = post(
        Client(), url, {"place": "Online", "state": "minutes_published"}, bearer(user), "patch"
    )
    assert response.status_code == 200, response.content
    meeting = Meeting.objects.get(pk=world.meeting.pk)
    assert meeting.place == "Online"
    assert meeting.state == Meeting.State.AGENDA_PUBLISHED
    assert LogEntry.objects.get_for_object(meeting).filter(actor=user).exists()


# --- agenda items -----------------------------------------------------------------------------
def test_an_item_added_to_a_planned_meeting_starts_the_agenda(world):  # noqa: F811
    meeting = Meeting.objects.create(
        forum=world.forum,
        starts_at=timezone.now() + timezone.timedelta(days=30),
        ends_at=timezone.now() + timezone.timedelta(days=30, hours=2),
    )
    data = {
        "meeting": meeting.pk,
        "title": "Budget 2028",
        "kind": "decision",
        "duration_minutes": 20,
        "recommendations": ["godkender budgettet", "  ", "drøfter prioriteringen"],
    }
    response = post(Client(), "/api/v1/agenda-items/", data, bearer(world.users["secretariat"]))
    assert response.status_code == 201, response.content
    body = response.json()
    assert [(r["number"], r["text"]) for r in body["recommendations"]] == [
        (1, "godkender budgettet"),
        (2, "drøfter prioriteringen"),
    ]
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.AGENDA_DRAFT


def test_correcting_a_published_agenda_needs_a_reason_and_makes_a_version(world):  # noqa: F811
    headers = bearer(world.users["secretariat"])
    url = f"/api/v1/agenda-items/{world.open_item.pk}/"
    refused = post(Client(), url, {"title": "Status (rettet)"}, headers, "patch")
    assert refused.status_code == 400
    assert list(refused.json()) == ["reason"]
    assert AgendaItem.objects.get(pk=world.open_item.pk).title == "Status"
    versions = DocumentVersion.objects.filter(meeting=world.meeting, kind="agenda").count()
    done = post(
        Client(), url, {"title": "Status (rettet)", "reason": "Stavefejl"}, headers, "patch"
    )
    assert done.status_code == 200, done.content
    assert done.json()["title"] == "Status (rettet)"
    newest = DocumentVersion.objects.filter(meeting=world.meeting, kind="agenda").last()
    assert newest.number == versions + 1 and newest.reason == "Stavefejl"


def test_an_item_is_added_only_to_a_readable_meeting(world):  # noqa: F811
    other = Meeting.objects.create(
        forum=world.other_forum,
        starts_at=timezone.now(),
        ends_at=timezone.now() + timezone.timedelta(hours=1),
    )
    other.forum.public = False
    other.forum.save()
    data = {"meeting": other.pk, "title": "Ind ad bagdøren"}
    response = post(Client(), "/api/v1/agenda-items/", data, bearer(world.users["secretariat"]))
    assert response.status_code == 400
    assert list(response.json()) == ["meeting"]


# --- actions ----------------------------------------------------------------------------------
def test_the_secretariat_creates_and_completes_an_action(world):  # noqa: F811
    headers = bearer(world.users["secretariat"])
    data = {
        "forum": world.forum.pk,
        "item": world.open_item.pk,
        "title": "Udarbejd notat om tele-KOL",
        "responsible_person": world.steering.member.pk,
        "due_on": "2027-01-31",
    }
    created = post(Client(), "/api/v1/actions/", data, headers)
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    done = post(Client(), f"/api/v1/actions/{pk}/", {"status": "done"}, headers, "patch")
    assert done.status_code == 200
    assert done.json()["completed_on"] == timezone.localdate().isoformat()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"responsible_person": None}, "responsible_person"),
        ({"item": "closed"}, None),
        ({"status": "maybe"}, "status"),
        ({"due_on": "31.01.2027"}, "due_on"),
    ],
)
def test_action_field_errors(world, change, field):  # noqa: F811
    headers = bearer(world.users["secretariat"])
    data = {
        "forum": world.forum.pk,
        "title": "Noget",
        "responsible_person": world.steering.member.pk,
        **change,
    }
    if data.get("item") == "closed":
        data["item"] = world.closed_item.pk
        data["decision"] = None
        field = None
    response = post(Client(), "/api/v1/actions/", data, headers)
    if field is None:  # the secretariat sees the closed item: an action on it is allowed
        assert response.status_code == 201
        return
    assert response.status_code == 400
    assert field in response.json()


def test_an_action_cannot_name_another_forums_item(world):  # noqa: F811
    other_meeting = Meeting.objects.create(
        forum=world.other_forum,
        starts_at=timezone.now(),
        ends_at=timezone.now() + timezone.timedelta(hours=1),
    )
    foreign = AgendaItem.objects.create(meeting=other_meeting, title="Andet")
    data = {
        "forum": world.forum.pk,
        "item": foreign.pk,
        "title": "Noget",
        "responsible_forum": world.forum.pk,
    }
    headers = bearer(world.users["administrator"])
    response = post(Client(), "/api/v1/actions/", data, headers)
    assert response.status_code == 400
    assert list(response.json()) == ["item"]
