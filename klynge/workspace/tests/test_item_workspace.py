"""The meeting read item by item: the side navigation, one item, private notes, shared comments
with replies and mentions, read markers, and the access policy on all of them."""

from __future__ import annotations

import io
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from klynge.accounts import permissions
from klynge.accounts.models import Role, User
from klynge.followup.tests.test_reminders import smtp  # noqa: F401 - a fixture
from klynge.meetings import services as meeting_services
from klynge.meetings.models import AgendaItem
from klynge.meetings.tests.conftest import PASSWORD, add_item
from klynge.workspace import services
from klynge.workspace.models import Comment, ItemRead, Note, ReviewRound
from klynge.workspace.tests.test_review import worker  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(steering):
    """The steering meeting with an open item, a second one, and a closed item from which the
    member (kristine) is excluded; a reader of the cluster; e-mail addresses for everyone."""
    first = add_item(steering.meeting, "Velkomst", AgendaItem.Kind.WELCOME)
    second = add_item(steering.meeting, "Status på akutteam", recommendations=["Godkende"])
    closed = add_item(steering.meeting, "Personsag", closed=True)
    meeting_services.set_exclusions(closed, [steering.member])
    reader = User.objects.create_user("laeser", password=PASSWORD, email="laeser@example.dk")
    reader.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    for user in (steering.chair_user, steering.co_chair_user, steering.member_user):
        user.email = f"{user.username}@example.dk"
        user.save(update_fields=["email"])
    steering.first, steering.second, steering.closed, steering.reader = (
        first,
        second,
        closed,
        reader,
    )
    return steering


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def item_url(item: AgendaItem) -> str:
    return reverse("workspace:item", args=[item.meeting_id, item.pk])


# --- the page --------------------------------------------------------------------------------
def test_a_member_reads_item_2_beside_the_agenda(world):
    page = client_for(world.member_user).get(item_url(world.second))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Punkt 2: Status på akutteam" in html
    assert 'aria-current="page"' in html and "Godkende" in html
    # The closed item she is excluded from is in the agenda by its number only.
    assert "Personsag" not in html and "Lukket punkt" in html
    assert ItemRead.objects.filter(item=world.second, reader=world.member_user).exists()


def test_the_agenda_marks_new_items_and_comments_until_they_are_read(world):
    services.add_comment(world.second, world.chair_user, "Vi bør se på tallene.")
    member = client_for(world.member_user)
    nav = member.get(world.meeting.get_absolute_url()).context["nav"]
    entry = next(e for e in nav if e.pk == world.second.pk)
    assert entry.unread and entry.comments == 1
    member.get(item_url(world.second))
    nav = member.get(world.meeting.get_absolute_url()).context["nav"]
    assert not next(e for e in nav if e.pk == world.second.pk).unread
    services.add_comment(world.second, world.chair_user, "Og på økonomien.")
    nav = member.get(world.meeting.get_absolute_url()).context["nav"]
    assert next(e for e in nav if e.pk == world.second.pk).unread


def test_htmx_swaps_the_item_pane_and_the_agenda_only(world):
    page = client_for(world.member_user).get(item_url(world.second), HTTP_HX_REQUEST="true")
    html = page.content.decode()
    assert "<header" not in html and 'id="punkt-titel"' in html
    assert 'id="dagsorden"' in html and 'hx-swap-oob="true"' in html


def test_a_closed_item_shows_nothing_to_those_outside_it(world):
    for user in (world.member_user, world.reader):
        page = client_for(user).get(item_url(world.closed))
        html = page.content.decode()
        assert page.status_code == 200
        assert "Personsag" not in html and page.context["view"].doc.title == ""
        assert not page.context["view"].may_discuss and not page.context["view"].may_note
    chair = client_for(world.chair_user).get(item_url(world.closed)).content.decode()
    assert "Personsag" in chair


def test_opening_an_item_again_moves_the_read_marker_only_after_someone_else_commented(world):
    client = client_for(world.member_user)
    marker = ItemRead.objects.filter(item=world.second, reader=world.member_user)
    client.get(item_url(world.second))
    first = marker.get().read_at
    services.add_comment(world.second, world.member_user, "Min egen.")
    client.get(item_url(world.second))
    assert marker.get().read_at == first  # nothing new from anyone else: no write
    services.add_comment(world.second, world.chair_user, "Fra formanden.")
    client.get(item_url(world.second))
    assert marker.get().read_at > first


def test_the_item_page_takes_the_same_queries_whatever_the_meetings_size(
    world, django_assert_num_queries
):
    client = client_for(world.member_user)
    client.get(item_url(world.second))
    services.add_comment(world.second, world.chair_user, "En kommentar.")
    with django_assert_num_queries(21) as small:
        client.get(item_url(world.second))
    for n in range(12):
        item = add_item(world.meeting, f"Punkt {n}", recommendations=["a", "b"])
        services.add_comment(item, world.chair_user, "Mere.")
        services.save_note(item, world.member_user, "Husk")
    comment = services.add_comment(world.second, world.chair_user, "Endnu en.")
    services.add_comment(world.second, world.co_chair_user, "Svar.", parent=comment)
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(item_url(world.second))


# --- notes -----------------------------------------------------------------------------------
def test_a_note_is_seen_by_its_author_only(world):
    member = client_for(world.member_user)
    answer = member.post(
        reverse("workspace:note", args=[world.meeting.pk, world.second.pk]),
        {"text": "Spørg til økonomien"},
    )
    assert answer.status_code == 302
    assert "Spørg til økonomien" in member.get(item_url(world.second)).content.decode()
    for other in (world.chair_user, world.secretary_user, world.reader):
        assert (
            "Spørg til økonomien"
            not in client_for(other).get(item_url(world.second)).content.decode()
        )
    member.post(reverse("workspace:note", args=[world.meeting.pk, world.second.pk]), {"text": ""})
    assert not Note.objects.exists()


def test_no_note_on_an_item_one_may_not_read(world):
    with pytest.raises(PermissionDenied):
        services.save_note(world.closed, world.member_user, "Hemmeligt")
    answer = client_for(world.reader).post(
        reverse("workspace:note", args=[world.meeting.pk, world.closed.pk]), {"text": "x"}
    )
    assert answer.status_code == 403


def test_the_agenda_with_my_notes_holds_my_notes_only(world):
    services.save_note(world.second, world.member_user, "Min egen bemærkning")
    services.save_note(world.second, world.chair_user, "Formandens bemærkning")
    answer = client_for(world.member_user).get(
        reverse("workspace:agenda_notes_pdf", args=[world.meeting.pk])
    )
    assert answer["Content-Type"] == "application/pdf"
    assert "no-store" in answer["Cache-Control"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(answer.content)).pages)
    assert "Min egen bemærkning" in text
    assert "Formandens" not in text and "Personsag" not in text


# --- comments --------------------------------------------------------------------------------
def test_a_comment_thread_with_a_reply(world):
    chair = client_for(world.chair_user)
    url = reverse("workspace:comment_add", args=[world.meeting.pk, world.second.pk])
    answer = chair.post(url, {"text": "Kan vi få tallene for 2026?"})
    comment = Comment.objects.get()
    assert answer["Location"].endswith(f"#kommentar-{comment.pk}")
    client_for(world.member_user).post(url, {"text": "Ja, de kommer.", "parent": comment.pk})
    reply = Comment.objects.get(parent=comment)
    assert reply.author == world.member_user
    html = client_for(world.reader).get(item_url(world.second)).content.decode()
    assert "Kan vi få tallene for 2026?" in html and "Ja, de kommer." in html


def test_an_empty_comment_is_refused_at_the_field(world):
    answer = client_for(world.member_user).post(
        reverse("workspace:comment_add", args=[world.meeting.pk, world.second.pk]), {"text": " "}
    )
    assert answer.status_code == 400
    assert "Skriv noget først." in answer.content.decode()
    assert not Comment.objects.exists()


def test_only_the_author_edits_or_deletes(world):
    comment = services.add_comment(world.second, world.chair_user, "Første udgave")
    edit = reverse("workspace:comment_edit", args=[world.meeting.pk, world.second.pk, comment.pk])
    delete = reverse(
        "workspace:comment_delete", args=[world.meeting.pk, world.second.pk, comment.pk]
    )
    for other in (world.member_user, world.secretary_user):
        assert client_for(other).post(edit, {"text": "Ændret"}).status_code == 403
        assert client_for(other).post(delete).status_code == 403
    chair = client_for(world.chair_user)
    assert chair.get(delete).status_code == 200  # the confirmation
    chair.post(edit, {"text": "Anden udgave"})
    comment.refresh_from_db()
    assert comment.text == "Anden udgave" and comment.edited_at
    chair.post(delete)
    assert not Comment.objects.exists()


def test_a_deleted_comment_with_replies_keeps_its_place(world):
    comment = services.add_comment(world.second, world.chair_user, "Spørgsmål")
    services.add_comment(world.second, world.member_user, "Svar", parent=comment)
    services.delete_comment(comment, world.chair_user)
    comment.refresh_from_db()
    assert comment.deleted_at and comment.text == ""
    html = client_for(world.member_user).get(item_url(world.second)).content.decode()
    assert "Kommentaren er slettet af forfatteren." in html and "Svar" in html


def test_the_excluded_member_takes_no_part_in_the_comments(world):
    services.add_comment(world.closed, world.chair_user, "Om personsagen")
    with pytest.raises(PermissionDenied):
        services.add_comment(world.closed, world.member_user, "Jeg mener")
    url = reverse("workspace:comment_add", args=[world.meeting.pk, world.closed.pk])
    assert client_for(world.member_user).post(url, {"text": "x"}).status_code == 403
    assert not Comment.objects.filter(permissions.readable_comments(world.member_user)).exists()


def test_readable_comments_agrees_with_the_per_object_rule(world):
    for item in (world.second, world.closed):
        services.add_comment(item, world.chair_user, f"Om {item.title}")
    in_round = ReviewRound.objects.create(meeting=world.meeting, kind=ReviewRound.Kind.AGENDA)
    in_round.reviewers.add(world.hospital_chair)
    Comment.objects.create(
        item=world.second, author=world.chair_user, text="Til runden", review_round=in_round
    )
    users = [
        world.chair_user,
        world.co_chair_user,
        world.member_user,
        world.secretary_user,
        world.reader,
    ]
    for user in users:
        bulk = set(Comment.objects.filter(permissions.readable_comments(user)))
        each = {
            c
            for c in Comment.objects.filter(review_round=None).select_related("item__meeting")
            if permissions.can_discuss_item(User.objects.get(pk=user.pk), c.item)
        }
        assert bulk == each | _round_comments_seen_by(user, in_round), user.username
        if permissions.can_view_forum(user, world.forum):
            items = world.meeting.items.values_list("pk", "closed")
            shown, unseen = permissions.comments_shown_in(user, world.meeting, items)
            page = Comment.objects.filter(shown, item__meeting=world.meeting)
            assert set(page.exclude(item__in=unseen)) == bulk, user.username


def _round_comments_seen_by(user, in_round) -> set[Comment]:
    return set(in_round.comments.all()) if permissions.can_see_round(user, in_round) else set()


# --- mentions --------------------------------------------------------------------------------
def test_mentions_must_name_someone_who_may_read_the_item(world):
    with pytest.raises(ValidationError, match="Intet brugernavn hedder @nogen"):
        services.add_comment(world.second, world.chair_user, "Hej @nogen")
    with pytest.raises(ValidationError, match="kan ikke læse"):
        services.add_comment(world.closed, world.chair_user, "Hej @kristine")
    comment = services.add_comment(world.second, world.chair_user, "Hej @kristine og @mette")
    assert set(comment.mentions.values_list("username", flat=True)) == {"kristine", "mette"}


@pytest.mark.django_db(transaction=True)
def test_the_mentioned_are_told_by_mail_through_the_task_worker(world, smtp, worker):  # noqa: F811
    comment = services.add_comment(world.second, world.chair_user, "Se her @kristine og @laeser")
    assert smtp.received == []
    worker()
    told = sorted(recipients[0] for recipients, _message in smtp.received)
    assert told == ["kristine@example.dk", "laeser@example.dk"]
    mail = smtp.to("kristine@example.dk")[0]
    body = mail.get_content()
    assert "punkt 2" in body and comment.get_absolute_url() in body
    assert "Se her" not in body  # the mail carries a link, never the comment


@pytest.mark.django_db(transaction=True)
def test_no_mail_to_someone_excluded_after_being_mentioned(world, smtp, worker):  # noqa: F811
    services.add_comment(world.second, world.chair_user, "Se her @kristine")
    meeting_services.set_exclusions(world.second, [world.member])
    worker()
    assert smtp.received == []


# --- the person's data -----------------------------------------------------------------------
def test_my_data_holds_my_notes_and_comments_only(world):
    services.save_note(world.second, world.member_user, "Min note")
    services.save_note(world.second, world.chair_user, "Formandens note")
    comment = services.add_comment(world.second, world.chair_user, "Spørgsmål")
    services.add_comment(world.second, world.member_user, "Mit svar", parent=comment)
    answer = client_for(world.member_user).get(reverse("workspace:my_data"))
    assert answer["Content-Type"] == "application/json"
    assert "attachment" in answer["Content-Disposition"]
    data = json.loads(answer.content)
    assert [n["text"] for n in data["notes"]] == ["Min note"]
    assert [(c["text"], c["reply_to"]) for c in data["comments"]] == [("Mit svar", comment.pk)]
    assert data["person"]["name"] == "Kristine Stange"
    assert [r["item_title"] for r in data["read"]] == []


def test_notes_and_comments_go_with_the_login(world):
    services.save_note(world.second, world.member_user, "Min note")
    comment = services.add_comment(world.second, world.chair_user, "Spørgsmål")
    services.add_comment(world.second, world.member_user, "Mit svar", parent=comment)
    world.member_user.delete()
    assert not Note.objects.exists()
    assert list(Comment.objects.values_list("text", flat=True)) == ["Spørgsmål"]


def test_a_comment_recorded_in_a_version_no_longer_changes(world):
    recorded = ReviewRound.objects.create(meeting=world.meeting, kind=ReviewRound.Kind.AGENDA)
    recorded.reviewers.add(world.hospital_chair)
    comment = Comment.objects.create(
        item=world.second, author=world.chair_user, text="Ret datoen.", review_round=recorded
    )
    meeting_services.publish_agenda(world.meeting)
    recorded.refresh_from_db()
    assert recorded.version_id  # the publication recorded the round
    comment.refresh_from_db()
    for change in (
        lambda: services.edit_comment(comment, world.chair_user, "Anden tekst"),
        lambda: services.delete_comment(comment, world.chair_user),
    ):
        with pytest.raises(ValidationError, match="registreret version"):
            change()
    html = client_for(world.chair_user).get(item_url(world.second)).content.decode()
    assert "Ret datoen." in html and "/slet/" not in html


def test_a_break_opened_by_its_address_shows_and_passes_to_its_neighbours(world):
    pause = add_item(world.meeting, "Pause", AgendaItem.Kind.BREAK, 10)
    after = add_item(world.meeting, "Eventuelt", AgendaItem.Kind.ANY_OTHER_BUSINESS, 5)
    page = client_for(world.member_user).get(item_url(pause))
    assert page.status_code == 200
    assert page.context["before"].pk == world.closed.pk
    assert page.context["after"].pk == after.pk
