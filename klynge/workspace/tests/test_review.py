"""The review round (gennemlæsning): who may be asked, when, one open round at a time; the
comments resolved by the secretariat; the release or approval records the round in its version;
who sees the round; the reviewers' e-mail through the real task worker; query counts pinned."""

from __future__ import annotations

import datetime
import io
import signal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from klynge.accounts import permissions
from klynge.accounts.models import User
from klynge.followup.tests.test_reminders import BASE_URL, smtp  # noqa: F401 - fixture
from klynge.meetings import services
from klynge.meetings.models import DocumentVersion, Meeting
from klynge.workspace import review
from klynge.workspace.models import ReviewRound
from klynge.workspace.review_tasks import notify_reviewers
from klynge.workspace.tests import review_world
from klynge.workspace.tests.review_world import comment, render

pytestmark = pytest.mark.django_db
AGENDA, MINUTES = ReviewRound.Kind.AGENDA, ReviewRound.Kind.MINUTES


@pytest.fixture
def world(steering):
    return review_world.build(steering)


@pytest.fixture
def minutes(world):
    review_world.to_minutes_draft(world)
    return world


def start(world, kind=MINUTES, reviewers=None, **fields):
    fields.setdefault("user", world.steering.secretary_user)
    return review.start_round(
        world.meeting, kind, reviewers if reviewers is not None else world.chairs, **fields
    )


def messages(error: pytest.ExceptionInfo) -> str:
    return " ".join(error.value.messages)


# --- who, when ----------------------------------------------------------------------------------
def test_the_chairs_read_the_agenda_and_those_who_attended_the_minutes(minutes):
    agenda = [p.name for p in review.candidates(minutes.meeting, AGENDA)]
    assert agenda == ["Jonas Dahl", "Mette Andreassen"]
    drafted = {p.name for p in review.candidates(minutes.meeting, MINUTES)}
    # The substitute attended in Ole's place; the guest and Ole himself did not count.
    assert drafted == {"Jonas Dahl", "Mette Andreassen", "Kristine Stange", "Sara Stedfortræder"}


def test_a_round_for_the_agenda_only_before_it_is_published(world):
    first = start(world, AGENDA, message="Se især punkt 2.")
    assert first.is_open and first.started_by == world.steering.secretary_user
    assert set(first.reviewers.all()) == set(world.chairs)
    review.close_round(first)
    services.publish_agenda(world.meeting)
    with pytest.raises(ValidationError) as refused:
        start(world, AGENDA)
    assert messages(refused) == (
        "Dagsordenen er offentliggjort og kan ikke længere sendes til gennemlæsning."
    )


def test_a_round_for_the_minutes_only_while_they_are_in_preparation(world):
    with pytest.raises(ValidationError) as refused:
        start(world, MINUTES)
    assert messages(refused) == "Kun et referat under udarbejdelse kan sendes til gennemlæsning."
    review_world.to_minutes_draft(world)
    assert start(world, MINUTES).kind == MINUTES
    review_world.approve_by_chairs(world)
    with pytest.raises(ValidationError):
        start(world, MINUTES)


def test_an_agenda_without_items_is_not_sent(steering):
    with pytest.raises(ValidationError) as refused:
        review.start_round(steering.meeting, AGENDA, [steering.hospital_chair])
    assert messages(refused) == "Dagsordenen har endnu ingen punkter."


def test_one_open_round_per_draft(minutes):
    first = start(minutes)
    with pytest.raises(ValidationError) as refused:
        start(minutes)
    assert messages(refused) == (
        "Udkastet er allerede sendt til gennemlæsning; luk den runde først."
    )
    review.close_round(first)
    with pytest.raises(ValidationError) as again:
        review.close_round(first)
    assert messages(again) == "Gennemlæsningen er allerede lukket."
    assert start(minutes).pk != first.pk


def test_who_may_be_chosen(minutes):
    w = minutes
    with pytest.raises(ValidationError) as nobody:
        start(w, reviewers=[])
    assert nobody.value.message_dict == {
        "reviewers": ["Vælg mindst én, der skal gennemlæse udkastet."]
    }
    with pytest.raises(ValidationError) as stranger:
        start(w, reviewers=[w.steering.hospital_chair, w.guest, w.absent])
    assert stranger.value.message_dict["reviewers"] == [
        "Kun formandskabet og de, der deltog i mødet, kan bedes gennemlæse udkastet til "
        "referatet, ikke Gitte Gæst, Ole Olsen."
    ]
    w.substitute_user.roles.all().delete()  # Sara can no longer read the forum
    with pytest.raises(ValidationError) as outside:
        start(w, reviewers=[w.substitute])
    assert outside.value.message_dict["reviewers"] == [
        "Sara Stedfortræder kan ikke logge ind og læse forummet i Klynge."
    ]
    assert ReviewRound.objects.count() == 0


def test_only_chairs_read_the_draft_agenda(world):
    with pytest.raises(ValidationError) as refused:
        start(world, AGENDA, reviewers=[world.steering.member])
    assert refused.value.message_dict["reviewers"] == [
        "Kun formandskabet kan bedes gennemlæse udkastet til dagsordenen, ikke Kristine Stange."
    ]


def test_the_deadline_is_not_in_the_past(minutes):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        start(minutes, respond_by=yesterday)
    assert refused.value.message_dict == {"respond_by": ["Fristen kan ikke ligge før i dag."]}
    assert start(minutes, respond_by=timezone.localdate()).respond_by == timezone.localdate()


# --- the record ---------------------------------------------------------------------------------
def test_publishing_the_agenda_records_its_rounds(world):
    by_hand = start(world, AGENDA)
    review.close_round(by_hand)
    running = start(world, AGENDA)
    version = services.publish_agenda(world.meeting)
    by_hand.refresh_from_db()
    running.refresh_from_db()
    assert by_hand.version == running.version == version
    assert running.closed_at == version.created_at
    assert by_hand.closed_at < version.created_at


def test_the_chairs_approval_records_the_minutes_round(minutes):
    agenda_round = ReviewRound.objects.create(meeting=minutes.meeting, kind=AGENDA)
    running = start(minutes)
    services.approve_minutes(minutes.meeting, minutes.chairs[0])
    running.refresh_from_db()
    assert running.is_open and running.version is None  # one chair is not yet the record
    services.approve_minutes(minutes.meeting, minutes.chairs[1])
    running.refresh_from_db()
    agenda_round.refresh_from_db()
    assert not running.is_open
    assert running.version == DocumentVersion.objects.get(meeting=minutes.meeting, kind=MINUTES)
    assert agenda_round.version is None


def test_an_approval_registered_outside_klynge_records_the_round(minutes):
    running = start(minutes)
    services.record_approval_outside(minutes.meeting, timezone.now(), "Godkendt på næste møde")
    running.refresh_from_db()
    assert running.version.kind == MINUTES and running.closed_at is not None


def test_a_failing_record_leaves_the_round_open(minutes, monkeypatch):
    running = start(minutes)
    broken = services.freeze

    def freeze_then_fail(*args, **kwargs):
        broken(*args, **kwargs)
        raise ValidationError("Stop")

    monkeypatch.setattr(services, "freeze", freeze_then_fail)
    with pytest.raises(ValidationError):
        services.record_approval_outside(minutes.meeting, timezone.now(), "Godkendt")
    running.refresh_from_db()
    assert running.is_open and running.version is None


# --- resolving ----------------------------------------------------------------------------------
def test_the_secretariat_resolves_and_reopens_a_comment(minutes):
    running = start(minutes)
    secretary = minutes.steering.secretary_user
    said = comment(minutes.open_item, minutes.steering.chair_user, "Ret datoen.", running)
    resolved = review.resolve_comment(said, secretary)
    assert resolved.resolved_by == secretary and resolved.resolved_at is not None
    at = resolved.resolved_at
    assert review.resolve_comment(said, secretary).resolved_at == at  # once is enough
    reopened = review.reopen_comment(said)
    assert reopened.resolved_at is None and reopened.resolved_by is None


def test_replies_deleted_comments_and_recorded_rounds_are_not_resolved(minutes):
    running = start(minutes)
    chair = minutes.steering.chair_user
    said = comment(minutes.open_item, chair, "Ret datoen.", running)
    reply = comment(minutes.open_item, minutes.steering.secretary_user, "Rettet.", running)
    reply.parent = said
    reply.save()
    gone = comment(minutes.open_item, chair, "", running, deleted_at=timezone.now())
    with pytest.raises(ValidationError) as on_reply:
        review.resolve_comment(reply, None)
    assert messages(on_reply) == "Et svar markeres løst sammen med den kommentar, det svarer på."
    with pytest.raises(ValidationError) as on_deleted:
        review.resolve_comment(gone, None)
    assert messages(on_deleted) == "Kommentaren er slettet."
    review_world.approve_by_chairs(minutes)
    for change in (review.resolve_comment, lambda c, _u=None: review.reopen_comment(c)):
        with pytest.raises(ValidationError) as recorded:
            change(said, None)
        assert messages(recorded) == (
            "Gennemlæsningen indgår i en registreret version; dens kommentarer ændres ikke længere."
        )


# --- access -------------------------------------------------------------------------------------
def test_forum_readers_agrees_with_can_view_forum(minutes):
    w = minutes
    outsider = User.objects.create_user("udenfor")
    admin = User.objects.create_superuser("admin")
    users = [
        w.steering.secretary_user,
        w.steering.chair_user,
        w.steering.member_user,
        w.substitute_user,
        w.reader_user,
        w.absent_user,
        outsider,
        admin,
    ]
    readers = permissions.forum_readers(w.steering.forum, users)
    fresh = User.objects.filter(pk__in=[u.pk for u in users])
    assert readers == {u.pk for u in fresh if permissions.can_view_forum(u, w.steering.forum)}
    assert outsider.pk not in readers and w.reader_user.pk in readers


def page(client, user, review_round):
    client.force_login(user)
    return client.get(review_round.get_absolute_url())


def test_who_sees_the_round(client, minutes):
    w = minutes
    running = start(w, reviewers=[w.steering.hospital_chair, w.steering.member])
    comment(w.open_item, w.steering.chair_user, "Åbent punkt: ret datoen.", running)
    comment(w.closed_item, w.steering.chair_user, "Lukket punkt: navnet er forkert.", running)
    for user in (w.steering.secretary_user, w.steering.chair_user):
        shown = page(client, user, running).content.decode()
        assert "Åbent punkt: ret datoen." in shown
        assert "Lukket punkt: navnet er forkert." in shown
    # The member reads the round but was excluded from the closed item.
    shown = page(client, w.steering.member_user, running).content.decode()
    assert "Åbent punkt: ret datoen." in shown
    assert "navnet er forkert" not in shown and "Personsag" not in shown
    # A member of the forum who was not asked, and a reader, see nothing of it.
    for user in (w.substitute_user, w.reader_user, w.steering.co_chair_user):
        assert page(client, user, running).status_code == 403


def test_a_reviewer_who_loses_the_forum_loses_the_round(client, minutes):
    w = minutes
    running = start(w, reviewers=[w.substitute])
    assert page(client, w.substitute_user, running).status_code == 200
    w.substitute_user.roles.all().delete()
    assert page(client, w.substitute_user, running).status_code == 403


def test_only_the_secretariat_resolves(client, minutes):
    w = minutes
    running = start(w)
    said = comment(w.open_item, w.steering.chair_user, "Ret datoen.", running)
    url = reverse("workspace:comment_resolve", args=[said.pk])
    client.force_login(w.steering.chair_user)
    assert client.post(url).status_code == 403
    client.force_login(w.steering.secretary_user)
    response = client.post(url, {"next": running.get_absolute_url()})
    assert response.url == f"{running.get_absolute_url()}#kommentar-{said.pk}"
    said.refresh_from_db()
    assert said.resolved_by == w.steering.secretary_user
    response = client.post(
        reverse("workspace:comment_reopen", args=[said.pk]), {"next": "https://elsewhere.example"}
    )
    assert response.url == f"{running.get_absolute_url()}#kommentar-{said.pk}"
    said.refresh_from_db()
    assert said.resolved_at is None


def test_the_secretariat_starts_a_round_on_the_form(client, minutes):
    w = minutes
    client.force_login(w.steering.secretary_user)
    url = reverse("workspace:review_start", args=[w.meeting.pk])
    form = client.get(url).content.decode()
    assert "Sara Stedfortræder" in form and "Gitte Gæst" not in form
    refused = client.post(url, {"message": "Hej"})
    assert "Vælg mindst én, der skal gennemlæse udkastet." in refused.content.decode()
    chosen = [w.steering.hospital_chair.pk, w.substitute.pk]
    response = client.post(
        url, {"reviewers": chosen, "message": "Se punkt 2.", "respond_by": "2026-12-20"}
    )
    running = ReviewRound.objects.get()
    assert response.url == running.get_absolute_url()
    assert {p.pk for p in running.reviewers.all()} == set(chosen)
    assert running.respond_by == datetime.date(2026, 12, 20)
    assert "allerede sendt til gennemlæsning" in client.get(url).content.decode()


def test_the_secretariat_closes_a_round_after_confirming(client, minutes):
    w = minutes
    running = start(w)
    url = reverse("workspace:review_close", args=[w.meeting.pk, running.pk])
    client.force_login(w.steering.chair_user)
    assert client.post(url).status_code == 403
    client.force_login(w.steering.secretary_user)
    assert "Luk gennemlæsningen" in client.get(url).content.decode()
    running.refresh_from_db()
    assert running.is_open
    client.post(url)
    running.refresh_from_db()
    assert not running.is_open


# --- the version and the meeting page -----------------------------------------------------------
def test_the_version_shows_the_round_and_how_each_comment_was_resolved(client, minutes):
    w = minutes
    running = start(w, reviewers=[*w.chairs, w.steering.member], message="Se især datoerne.")
    said = comment(w.open_item, w.steering.chair_user, "Ret datoen i punkt 1.", running)
    comment(w.closed_item, w.steering.chair_user, "Navnet i personsagen er forkert.", running)
    review.resolve_comment(said, w.steering.secretary_user)
    review_world.approve_by_chairs(w)
    version = DocumentVersion.objects.get(meeting=w.meeting, kind=MINUTES)
    client.force_login(w.steering.secretary_user)
    shown = client.get(version.get_absolute_url()).content.decode()
    assert "Gennemlæsning før udsendelse" in shown
    assert "Ret datoen i punkt 1." in shown and "Navnet i personsagen er forkert." in shown
    assert "Løst" in shown and "Ikke løst" in shown
    assert "Markér som løst" not in shown  # the record no longer changes
    client.force_login(w.steering.member_user)  # a reviewer, excluded from the closed item
    shown = client.get(version.get_absolute_url()).content.decode()
    assert "Ret datoen i punkt 1." in shown and "personsagen" not in shown
    client.force_login(w.reader_user)  # reads the minutes, not the round's comments
    shown = client.get(version.get_absolute_url()).content.decode()
    assert "Gennemlæsning før udsendelse" in shown and "Jonas Dahl" in shown
    assert "Ret datoen" not in shown and "Se især datoerne." not in shown


def test_the_panel_for_the_secretariat_and_for_a_reviewer(minutes):
    w = minutes
    shown = render("{% review_panel meeting %}", w.steering.secretary_user, meeting=w.meeting)
    assert "Send udkastet til referatet til gennemlæsning" in shown
    running = start(
        w, reviewers=[w.steering.hospital_chair], respond_by=datetime.date(2026, 12, 20)
    )
    comment(w.open_item, w.steering.chair_user, "Ret datoen.", running)
    shown = render("{% review_panel meeting %}", w.steering.secretary_user, meeting=w.meeting)
    assert "Send udkastet til referatet til gennemlæsning" not in shown
    assert "1 kommentar, 0 løst" in shown and running.get_absolute_url() in shown
    mine = render("{% review_panel meeting %}", w.steering.chair_user, meeting=w.meeting)
    assert "Sekretariatet beder dig gennemlæse udkastet til referatet senest 20. december 2026" in (
        mine
    )
    first = reverse("workspace:item", args=[w.meeting.pk, w.open_item.pk])
    assert first in mine and running.get_absolute_url() in mine
    for other in (w.steering.co_chair_user, w.steering.member_user, w.reader_user):
        assert render("{% review_panel meeting %}", other, meeting=w.meeting).strip() == ""


# --- e-mail through the task worker -------------------------------------------------------------
transactional = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker():
    """Run the database worker in this process until the queue is empty."""
    saved = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}

    def run():
        call_command(
            "db_worker",
            batch=True,
            startup_delay=False,
            interval=0,
            reload=False,
            verbosity=0,
            stdout=io.StringIO(),
        )
        failed = DBTaskResult.objects.failed().first()
        assert failed is None, failed.traceback

    yield run
    for number, handler in saved.items():
        signal.signal(number, handler)


@transactional
def test_the_reviewers_are_told_once_by_mail(steering, smtp, worker):  # noqa: F811
    w = review_world.build(steering)
    review_world.to_minutes_draft(w)
    smtp.received.clear()  # the agenda's own mail to the invitees
    running = start(w, reviewers=[*w.chairs, w.steering.member], message="Se især punkt 2.")
    # Mette's login is closed before the worker comes to it: she may not read, so no mail.
    w.steering.co_chair_user.is_active = False
    w.steering.co_chair_user.save()
    assert smtp.received == []
    worker()
    assert sorted(r[0][0] for r in smtp.received) == ["jonas@example.dk", "kristine@example.dk"]
    mail = smtp.to("jonas@example.dk")[0]
    assert str(mail["Subject"]).strip() == (
        "Til gennemlæsning: udkast til referat, Klyngestyregruppen 10. december 2026"
    )
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "Kære Jonas Dahl" in body
    assert "udkastet til referatet af mødet i Klyngestyregruppen den 10. december 2026" in body
    assert "Se især punkt 2." in body
    assert f"{BASE_URL}{running.get_absolute_url()}" in body
    assert "Personsag" not in body and "Referat af" not in body  # only a link, no content
    worker()
    notify_reviewers.call(running.pk)  # a second run of the same round tells nobody again
    assert len(smtp.received) == 2


@transactional
def test_a_round_closed_before_the_worker_runs_tells_nobody(steering, smtp, worker):  # noqa: F811
    w = review_world.build(steering)
    review_world.to_minutes_draft(w)
    smtp.received.clear()
    review.close_round(start(w))
    worker()
    assert smtp.received == []


# --- query counts -------------------------------------------------------------------------------
def _grow(w, running, n):
    for i in range(n):
        said = comment(w.open_item, w.steering.chair_user, f"Kommentar {i}", running)
        reply = comment(w.open_item, w.steering.secretary_user, f"Svar {i}", running)
        reply.parent = said
        reply.save()
        comment(w.closed_item, w.steering.member_user, f"Lukket {i}", running)


@pytest.mark.parametrize("grow", [1, 6])
def test_the_round_page_has_a_fixed_query_count(client, minutes, django_assert_num_queries, grow):
    w = minutes
    running = start(w, reviewers=[*w.chairs, w.steering.member])
    _grow(w, running, grow)
    client.force_login(w.steering.secretary_user)
    with django_assert_num_queries(13):  # 2 of them the header's menu
        assert client.get(running.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("grow", [1, 6])
def test_the_panel_has_a_fixed_query_count(minutes, django_assert_num_queries, grow):
    w = minutes
    for _ in range(grow):
        review.close_round(start(w))
    running = start(w, reviewers=[*w.chairs, w.steering.member])
    _grow(w, running, grow)
    secretary = User.objects.get(pk=w.steering.secretary_user.pk)
    meeting = Meeting.objects.select_related("forum").get(pk=w.meeting.pk)
    with django_assert_num_queries(6):
        render("{% review_panel meeting %}", secretary, meeting=meeting)
    chair = User.objects.get(pk=w.steering.chair_user.pk)
    with django_assert_num_queries(9):  # the policy's lookups, done once per request
        render("{% review_panel meeting %}", chair, meeting=meeting)


@pytest.mark.parametrize("grow", [1, 6])
def test_the_version_record_has_a_fixed_query_count(minutes, django_assert_num_queries, grow):
    w = minutes
    for _ in range(grow):
        review.close_round(start(w))
    _grow(w, start(w), grow)
    review_world.approve_by_chairs(w)
    version = DocumentVersion.objects.select_related("meeting__forum").get(
        meeting=w.meeting, kind=MINUTES
    )
    secretary = User.objects.get(pk=w.steering.secretary_user.pk)
    with django_assert_num_queries(8):
        render("{% review_record version %}", secretary, version=version)


def test_a_chair_without_a_login_is_named_but_not_offered(client, minutes):
    w = minutes
    w.steering.co_chair_user.delete()
    client.force_login(w.steering.secretary_user)
    shown = client.get(reverse("workspace:review_start", args=[w.meeting.pk])).content.decode()
    assert f'value="{w.steering.municipal_chair.pk}"' not in shown
    assert "og kan derfor ikke vælges: Mette Andreassen." in shown


def test_without_anyone_to_ask_there_is_no_form(client, world):
    world.steering.chair_user.delete()
    world.steering.co_chair_user.delete()
    client.force_login(world.steering.secretary_user)
    shown = client.get(reverse("workspace:review_start", args=[world.meeting.pk])).content.decode()
    assert "Jonas Dahl, Mette Andreassen." in shown
    assert '<form method="post" novalidate>' not in shown
