"""The meeting cycle enforced in the services: states, records, versions, approvals."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from klynge.meetings import document, queries, services
from klynge.meetings.models import AgendaItem, Attendance, Decision, DocumentVersion, Meeting

from .conftest import add_item

pytestmark = pytest.mark.django_db
State = Meeting.State
Outcome = Decision.Outcome


def doc_of(meeting):
    return document.build(queries.load_meeting(meeting.pk))


def test_members_are_invited_when_the_meeting_is_planned(steering):
    names = {a.person.name for a in steering.meeting.attendances.all()}
    assert names == {"Jonas Dahl", "Mette Andreassen", "Kristine Stange"}
    roles = {a.person.name: a.role_text for a in steering.meeting.attendances.all()}
    assert roles["Jonas Dahl"] == "medformand"


def test_item_times_follow_from_the_start_and_the_durations(steering):
    m = steering.meeting
    add_item(m, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    add_item(m, "Status på initiativerne", minutes=25)
    add_item(m, "Pause", AgendaItem.Kind.BREAK, 10)
    add_item(m, "Skriftlig orientering", AgendaItem.Kind.WRITTEN_ORIENTATION, 0)
    items = doc_of(m).items
    assert [(i.number, i.times) for i in items] == [
        ("1", "kl. 08:30–08:40"),
        ("2", "kl. 08:40–09:05"),
        (None, "kl. 09:05–09:15"),
        ("3", ""),
    ]


def test_items_keep_the_numbers_the_agenda_prints(steering):
    m = steering.meeting
    add_item(m, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    four = add_item(m, "Økonomi", minutes=20)
    for title, label in (("Regnskab", "4.a"), ("Budget", "4.b"), ("Temadrøftelse", "")):
        item = add_item(m, title, minutes=10)
        item.number_label = label
        item.save()
    four.number_label = "4"
    four.save()
    assert [(i.number, i.title) for i in doc_of(m).items] == [
        ("1", "Velkomst"),
        ("4", "Økonomi"),
        ("4.a", "Regnskab"),
        ("4.b", "Budget"),
        ("5", "Temadrøftelse"),
    ]
    assert Meeting.objects.get(pk=m.pk).state == State.AGENDA_DRAFT


def test_reordering_moves_the_times(steering):
    m = steering.meeting
    first = add_item(m, "Første", minutes=10)
    second = add_item(m, "Anden", minutes=20)
    services.move_item(second, -1)
    assert [(i.title, i.times) for i in doc_of(m).items] == [
        ("Anden", "kl. 08:30–08:50"),
        ("Første", "kl. 08:50–09:00"),
    ]
    services.move_item(first, -5)
    assert doc_of(m).items[0].title == "Første"


def test_recommendations_are_numbered(steering):
    item = add_item(
        steering.meeting, "Budget", recommendations=["tager til efterretning", "godkender"]
    )
    assert [(r.number, r.text) for r in item.recommendations.all()] == [
        (1, "tager til efterretning"),
        (2, "godkender"),
    ]
    services.save_item(item, ["godkender"])
    assert [(r.number, r.text) for r in item.recommendations.all()] == [(1, "godkender")]


def test_an_empty_agenda_cannot_be_published(steering):
    with pytest.raises(ValidationError):
        services.publish_agenda(steering.meeting)


def test_publishing_freezes_version_one_and_mails_the_invitees(
    steering, django_capture_on_commit_callbacks
):
    add_item(steering.meeting, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_agenda(steering.meeting, steering.secretary_user)
    meeting = Meeting.objects.get(pk=steering.meeting.pk)
    assert meeting.state == State.AGENDA_PUBLISHED
    version = meeting.versions.get()
    assert (version.kind, version.number) == (DocumentVersion.Kind.AGENDA, 1)
    assert version.content["items"][0]["title"] == "Velkomst"
    assert len(mail.outbox) == 3
    assert "Dagsorden" in mail.outbox[0].subject


def test_a_published_agenda_changes_only_as_a_correction_with_a_reason(steering):
    item = add_item(steering.meeting, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    services.publish_agenda(steering.meeting)
    item.refresh_from_db()
    item.title = "Velkomst og præsentationsrunde"
    with pytest.raises(ValidationError) as error:
        services.save_item(item)
    assert "reason" in error.value.message_dict
    services.save_item(item, user=steering.secretary_user, reason="Præsentationsrunde tilføjet")
    versions = list(steering.meeting.versions.filter(kind="agenda"))
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].content["items"][0]["title"] == "Velkomst"
    assert versions[1].content["items"][0]["title"] == "Velkomst og præsentationsrunde"
    assert versions[1].reason == "Præsentationsrunde tilføjet"
    assert versions[1].created_by == steering.secretary_user


def test_a_published_item_cannot_be_removed(steering):
    item = add_item(steering.meeting, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    services.publish_agenda(steering.meeting)
    with pytest.raises(ValidationError):
        services.remove_item(item)


def test_apology_with_substitute(steering):
    m = steering.meeting
    attendance = m.attendances.get(person=steering.member)
    from klynge.organisation.tests.factories import PersonFactory

    substitute = PersonFactory(name="Morten Kurth")
    services.record_apology(attendance, substitute, "Ferie")
    attendance.refresh_from_db()
    assert attendance.status == Attendance.Status.APOLOGY
    stand_in = m.attendances.get(person=substitute)
    assert stand_in.status == Attendance.Status.ATTENDING
    assert stand_in.role_text == "stedfortræder for Kristine Stange"
    doc = doc_of(m)
    assert [(p.name, p.substitute) for p in doc.apologies] == [("Kristine Stange", "Morten Kurth")]


def test_no_apologies_after_the_meeting_is_held(steering):
    add_item(steering.meeting, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    services.publish_agenda(steering.meeting)
    services.hold_meeting(steering.meeting)
    attendance = steering.meeting.attendances.get(person=steering.member)
    with pytest.raises(ValidationError):
        services.record_apology(attendance)


def held_meeting_with_decisions(steering):
    m = steering.meeting
    item = add_item(
        m, "Budget", recommendations=["tager orienteringen til efterretning", "godkender modellen"]
    )
    free = add_item(m, "Eventuelt", AgendaItem.Kind.ANY_OTHER_BUSINESS, 5)
    services.publish_agenda(m)
    services.hold_meeting(Meeting.objects.get(pk=m.pk))
    recs = list(item.recommendations.all())
    services.record_minutes(
        item,
        "Der var en kort drøftelse.",
        "Skive Kommune tog forbehold.",
        [
            (recs[0], Outcome.NOTED, "Orienteringen blev taget til efterretning"),
            (recs[1], Outcome.APPROVED, "Modellen blev godkendt"),
        ],
    )
    services.record_minutes(free, "Intet.", "", [(None, Outcome.DISCUSSED, "")])
    return Meeting.objects.get(pk=m.pk), item


def test_every_recommendation_needs_a_decision_before_approval(steering):
    m = steering.meeting
    item = add_item(m, "Budget", recommendations=["godkender"])
    services.publish_agenda(m)
    services.record_minutes(item, "Referat", "", [])
    with pytest.raises(ValidationError) as error:
        services.approve_minutes(Meeting.objects.get(pk=m.pk), steering.hospital_chair)
    assert "punkt 1, indstilling 1" in str(error.value)


def test_one_decision_per_recommendation(steering):
    m = steering.meeting
    item = add_item(m, "Budget", recommendations=["godkender"])
    services.publish_agenda(m)
    rec = item.recommendations.get()
    with pytest.raises(ValidationError):
        services.record_minutes(
            item, "", "", [(rec, Outcome.APPROVED, ""), (rec, Outcome.REJECTED, "")]
        )


def test_both_chairs_approve_then_the_minutes_are_a_record(steering):
    meeting, item = held_meeting_with_decisions(steering)
    assert meeting.state == State.MINUTES_DRAFT
    services.approve_minutes(meeting, steering.hospital_chair, steering.chair_user)
    assert Meeting.objects.get(pk=meeting.pk).state == State.MINUTES_DRAFT
    services.approve_minutes(meeting, steering.municipal_chair, steering.co_chair_user)
    meeting.refresh_from_db()
    assert meeting.state == State.MINUTES_APPROVED
    minutes = meeting.versions.get(kind="minutes")
    decisions = minutes.content["items"][0]["recommendations"]
    assert [d["decision"]["outcome"] for d in decisions] == ["noted", "approved"]
    assert minutes.content["items"][0]["dissent"] == "Skive Kommune tog forbehold."
    assert len(minutes.content["approvals"]) == 2

    with pytest.raises(ValidationError):
        services.record_minutes(item, "Ændret", "", [])
    services.record_minutes(
        item, "Ændret referat", "", [], user=steering.secretary_user, reason="Stavefejl rettet"
    )
    versions = list(meeting.versions.filter(kind="minutes"))
    assert [v.reason for v in versions] == ["", "Stavefejl rettet"]
    assert versions[0].content["items"][0]["minutes_text"] == "Der var en kort drøftelse."

    services.publish_minutes(meeting)
    assert Meeting.objects.get(pk=meeting.pk).state == State.MINUTES_PUBLISHED


def test_only_chairs_approve(steering):
    meeting, _item = held_meeting_with_decisions(steering)
    with pytest.raises(ValidationError):
        services.approve_minutes(meeting, steering.member)


def test_closed_items_are_stubs_for_outsiders(steering):
    add_item(steering.meeting, "Personsag", closed=True, case_text="Fortroligt: borgerens navn")
    doc = doc_of(steering.meeting).without_closed()
    assert doc.items[0].title == ""
    assert doc.items[0].closed
    assert doc.items[0].case_text == ""
    assert "Personsag" not in str(doc.to_json())
    assert "borgerens navn" not in str(doc.to_json())


def test_version_json_round_trips(steering):
    meeting, _item = held_meeting_with_decisions(steering)
    doc = doc_of(meeting)
    assert document.MeetingDoc.from_json(doc.to_json()) == doc
