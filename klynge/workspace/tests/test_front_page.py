"""The front page: each person's next meetings and what is new in them, minutes to approve,
comments to them and their actions; the secretariat's deadlines and unfinished work. Also the
meeting list and the forum's deadline settings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from klynge.accounts.models import Role, User
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Attendance, Meeting
from klynge.meetings.tests.conftest import (
    PASSWORD,
    Steering,
    add_item,
    aware,
    steering,  # noqa: F401 - fixture
)
from klynge.organisation.models import Forum, Person
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory
from klynge.tests import a11y
from klynge.workspace import front
from klynge.workspace.deadlines import Standing
from klynge.workspace.models import Comment, ItemRead, ParticipantApproval, ReviewRound

TODAY = timezone.localdate()


def at(days: int, hour: int = 9) -> datetime.datetime:
    return aware(TODAY + datetime.timedelta(days=days), hour)


def plan(forum: Forum, days: int, **fields: object) -> Meeting:
    return services.create_meeting(forum, starts_at=at(days), ends_at=at(days, 11), **fields)


def say(item: AgendaItem, author: User, text: str, **fields: object) -> Comment:
    mentions = fields.pop("mentions", [])
    comment = Comment.objects.create(item=item, author=author, text=text, **fields)
    comment.mentions.set(mentions)
    return comment


@dataclass
class World:
    s: Steering
    coming: Meeting
    status: AgendaItem
    budget: AgendaItem
    closed: AgendaItem
    held: Meeting
    reader: User

    @property
    def member(self) -> User:
        return self.s.member_user


@pytest.fixture
def world(steering) -> World:  # noqa: F811
    """The steering group's meeting in six days with its agenda out (two open items, a closed
    one and a break), and one held twelve days ago whose minutes are in preparation."""
    steering.meeting.delete()
    coming = plan(steering.forum, 6)
    status = add_item(coming, "Status på akutteam")
    budget = add_item(coming, "Budget 2027")
    closed = add_item(coming, "Personsag", closed=True)
    add_item(coming, "Pause", kind=AgendaItem.Kind.BREAK)
    services.publish_agenda(coming)
    held = plan(steering.forum, -12)
    item = add_item(held, "Velkomst", kind=AgendaItem.Kind.WELCOME)
    services.publish_agenda(held)
    services.hold_meeting(held)
    services.record_minutes(item, "Formanden bød velkommen.", "", [])
    reader = User.objects.create_user("laeser", password=PASSWORD)
    reader.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    return World(steering, coming, status, budget, closed, held, reader)


def page_of(user: User) -> front.FrontPage:
    # A fresh user object: the policy caches its answers on it.
    return front.front_page(User.objects.get(pk=user.pk))


# --- logging in -------------------------------------------------------------------------------
def test_the_front_page_asks_an_anonymous_visitor_to_log_in(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("login") + "?next=/"


def test_logging_in_lands_on_the_front_page(client, steering):  # noqa: F811
    response = client.post(
        reverse("login"), {"username": steering.member_user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


# --- my next meetings ---------------------------------------------------------------------------
def test_my_next_meetings_count_items_not_opened_and_comments_since(world):
    ItemRead.objects.create(item=world.status, reader=world.member, read_at=at(-1))
    say(world.status, world.s.chair_user, "Før læst", created_at=at(-2))
    say(world.status, world.s.chair_user, "Efter læst", created_at=timezone.now())
    say(world.status, world.member, "Min egen")
    say(world.budget, world.s.secretary_user, "Se bilaget")
    say(world.budget, world.s.chair_user, "Slettet", deleted_at=timezone.now())

    [row] = page_of(world.member).meetings
    assert row.meeting == world.coming
    # Budget and the closed item (she sits in the forum); the break is no item to open.
    assert row.unread_items == 2
    # The chair's after her read marker and the secretariat's on the unopened item.
    assert row.new_comments == 2


def test_a_past_meeting_or_another_forums_is_not_among_my_next(world):
    other = ForumFactory(cluster=ClusterFactory())
    plan(other, 3)
    meetings = [row.meeting for row in page_of(world.member).meetings]
    assert meetings == [world.coming]


def test_a_closed_item_counts_only_for_those_who_read_it(world):
    say(world.closed, world.s.chair_user, "Fortroligt", mentions=[world.reader, world.member])
    [row] = page_of(world.reader).meetings
    assert (row.unread_items, row.new_comments) == (2, 0)
    assert page_of(world.reader).comments == []
    assert [e.comment.text for e in page_of(world.member).comments] == ["Fortroligt"]


def test_an_excluded_member_hears_nothing_of_the_item(world):
    services.set_exclusions(world.budget, [world.s.member])
    say(world.budget, world.s.chair_user, "Om budgettet", mentions=[world.member])
    page = page_of(world.member)
    assert page.meetings[0].unread_items == 2
    assert page.meetings[0].new_comments == 0
    assert page.comments == []


def test_a_region_level_forum_is_mine_only_with_a_seat_or_a_role_of_its_own(world):
    committee = ForumFactory(
        cluster=None, region=world.s.forum.region, kind=Forum.Kind.REGIONAL_COMMITTEE
    )
    meeting = plan(committee, 2)
    reader = User.objects.get(pk=world.reader.pk)
    assert meeting not in [row.meeting for row in front.front_page(reader).meetings]
    reader.roles.create(role=Role.MEMBER, forum=committee)
    reader = User.objects.get(pk=world.reader.pk)
    assert meeting in [row.meeting for row in front.front_page(reader).meetings]


# --- minutes to approve -----------------------------------------------------------------------
def test_a_chair_approves_minutes_in_preparation_until_done(world):
    [row] = page_of(world.s.chair_user).to_approve
    assert (row.meeting, row.as_chair, row.as_participant) == (world.held, True, False)
    assert page_of(world.member).to_approve == []
    services.approve_minutes(world.held, world.s.hospital_chair)
    assert page_of(world.s.chair_user).to_approve == []
    assert len(page_of(world.s.co_chair_user).to_approve) == 1


def test_participants_approve_where_the_forum_asks_them(world):
    assert page_of(world.member).to_approve == []
    world.s.forum.participants_approve_minutes = True
    world.s.forum.save(update_fields=["participants_approve_minutes"])
    [row] = page_of(world.member).to_approve
    assert (row.meeting, row.as_chair, row.as_participant) == (world.held, False, True)
    # A chair approves as a chair only.
    assert [r.as_participant for r in page_of(world.s.chair_user).to_approve] == [False]
    ParticipantApproval.objects.create(meeting=world.held, person=world.s.member)
    assert page_of(world.member).to_approve == []


def test_who_sent_apologies_does_not_approve(world):
    world.s.forum.participants_approve_minutes = True
    world.s.forum.save(update_fields=["participants_approve_minutes"])
    Attendance.objects.filter(meeting=world.held, person=world.s.member).update(
        status=Attendance.Status.APOLOGY
    )
    assert page_of(world.member).to_approve == []


# --- comments to me ---------------------------------------------------------------------------
def test_comments_that_mention_me_or_answer_mine(world):
    mine = say(world.status, world.member, "Hvad koster det?")
    say(world.status, world.s.chair_user, "Det undersøger vi", parent=mine)
    say(world.budget, world.s.secretary_user, "Kristine, se tallene", mentions=[world.member])
    say(world.budget, world.s.secretary_user, "Til alle")
    say(world.budget, world.s.chair_user, "Væk", mentions=[world.member], deleted_at=at(0))

    entries = page_of(world.member).comments
    assert [(e.comment.text, e.is_reply_to_me) for e in entries] == [
        ("Kristine, se tallene", False),
        ("Det undersøger vi", True),
    ]
    item = reverse("workspace:item", args=[world.coming.pk, world.budget.pk])
    assert entries[0].url == f"{item}#kommentar-{entries[0].comment.pk}"


def test_a_review_rounds_comment_reaches_only_its_reviewers(world):
    review = ReviewRound.objects.create(meeting=world.coming, kind=ReviewRound.Kind.AGENDA)
    review.reviewers.add(world.s.hospital_chair)
    say(
        world.status,
        world.s.secretary_user,
        "Til gennemlæsning",
        review_round=review,
        mentions=[world.member, world.s.chair_user],
    )
    assert page_of(world.member).comments == []
    assert [e.comment.text for e in page_of(world.s.chair_user).comments] == ["Til gennemlæsning"]
    assert page_of(world.s.chair_user).to_review == [review]
    assert page_of(world.member).to_review == []


# --- my actions -------------------------------------------------------------------------------
def test_my_open_actions_by_due_date(world):
    for title, due, status in [
        ("Senere", 20, Action.Status.OPEN),
        ("Snart", 2, Action.Status.IN_PROGRESS),
        ("Færdig", 1, Action.Status.DONE),
    ]:
        Action.objects.create(
            forum=world.s.forum,
            title=title,
            responsible_person=world.s.member,
            due_on=TODAY + datetime.timedelta(days=due),
            status=status,
        )
    Action.objects.create(forum=world.s.forum, title="Andres", responsible_forum=world.s.forum)
    assert [a.title for a in page_of(world.member).actions] == ["Snart", "Senere"]


# --- the secretariat --------------------------------------------------------------------------
def test_the_secretariat_sees_its_fora_against_their_deadlines(world):
    late = plan(world.s.forum, 2)  # agenda not out two days before: overdue by five
    add_item(late, "Punkt")
    page = page_of(world.s.secretary_user)
    standing = {j.meeting: j.deadline.standing for j in page.secretariat.judged}
    assert standing == {
        late: Standing.OVERDUE,
        world.coming: Standing.DONE,
        world.held: Standing.WARNING,  # minutes due in two days
    }
    assert page.secretariat.judged[0].meeting == late
    assert page.secretariat.minutes_drafts == [world.held]
    assert page.secretariat.agenda_drafts == [late]


def test_a_meeting_whose_minutes_are_done_leaves_the_table_once_past(world):
    services.approve_minutes(world.held, world.s.hospital_chair)
    services.approve_minutes(world.held, world.s.municipal_chair)
    judged = page_of(world.s.secretary_user).secretariat.judged
    assert [j.meeting for j in judged] == [world.coming]


def test_the_secretariat_sees_rounds_unresolved_comments_and_waiting_items(world):
    review = ReviewRound.objects.create(meeting=world.held, kind=ReviewRound.Kind.MINUTES)
    review.reviewers.add(world.s.hospital_chair, world.s.municipal_chair)
    say(world.held.items.get(), world.s.chair_user, "Rettelse", review_round=review)
    say(world.status, world.member, "Uafklaret")
    say(world.status, world.member, "Afklaret", resolved_at=timezone.now())
    followup.propose(world.s.forum, "Til næste møde")
    followup.propose(world.s.forum, "Også til næste møde")

    part = page_of(world.s.secretary_user).secretariat
    [entry] = part.rounds
    assert (entry.round, entry.comments, entry.unresolved, entry.reviewers) == (review, 1, 1, 2)
    assert part.unresolved_count == 2
    assert {e.comment.text for e in part.unresolved} == {"Rettelse", "Uafklaret"}
    assert [(f.forum, f.waiting) for f in part.waiting] == [(world.s.forum, 2)]


def test_the_secretariats_page_shows_deadlines_with_words_not_colour_alone(client, world):
    plan(world.s.forum, 2)
    client.force_login(world.s.secretary_user)
    html = client.get("/").content.decode()
    assert "1 frist er overskredet" in html
    assert "badge-error" in html and "5 dage over fristen" in html
    assert "Referat senest" in html and "Frist om 2 dage" in html
    assert reverse("workspace:forum_deadlines", args=[world.s.forum.slug]) in html


def test_a_member_has_no_secretariat_part(client, world):
    assert page_of(world.member).secretariat is None
    client.force_login(world.member)
    html = client.get("/").content.decode()
    assert "Mine næste møder" in html and world.coming.get_absolute_url() in html
    assert "Sekretariatets fora" not in html


# --- query counts -----------------------------------------------------------------------------
def more_of_everything(world: World, n: int) -> None:
    """n more coming meetings with items, comments, mentions, actions, rounds and matters."""
    for number in range(n):
        meeting = plan(world.s.forum, 20 + number)
        item = add_item(meeting, f"Punkt {number}")
        add_item(meeting, f"Lukket {number}", closed=True)
        services.publish_agenda(meeting)
        say(item, world.s.chair_user, f"Hej {number}", mentions=[world.member])
        reply = say(item, world.member, f"Svar {number}")
        say(item, world.s.chair_user, "Tak", parent=reply)
        ItemRead.objects.create(item=item, reader=world.member, read_at=at(-1))
        Action.objects.create(
            forum=world.s.forum,
            title=f"Opgave {number}",
            responsible_person=world.s.member,
            item=item,
        )
        review = ReviewRound.objects.create(meeting=meeting, kind=ReviewRound.Kind.AGENDA)
        review.reviewers.add(world.s.member)
        followup.propose(world.s.forum, f"Sag {number}")


def queries_of(client, url: str, **params: str) -> int:
    with CaptureQueriesContext(connection) as done:
        assert client.get(url, params).status_code == 200
    return len(done)


@pytest.mark.parametrize("who", ["member", "secretariat"])
def test_the_front_page_takes_the_same_queries_whatever_the_data(
    client, world, who, django_assert_num_queries
):
    world.s.forum.participants_approve_minutes = True
    world.s.forum.save(update_fields=["participants_approve_minutes"])
    world.s.secretary_user.person = Person.objects.create(name="Susanne Sekretær")
    world.s.secretary_user.save()
    user = world.member if who == "member" else world.s.secretary_user
    client.force_login(user)
    more_of_everything(world, 1)
    # The grants (the secretariat's fora by its cluster role, the member's seats), exclusions;
    # next meetings, unread items, new comments; approvals, rounds to read, comments to me,
    # actions (and their items, for the member); the secretariat's judged meetings, drafts,
    # rounds, unresolved comments and their count, and its fora.
    expected = {"member": 11, "secretariat": 17}[who]
    fresh = User.objects.get(pk=user.pk)
    with django_assert_num_queries(expected):
        front.front_page(fresh)
    page = queries_of(client, "/")
    more_of_everything(world, 6)
    fresh = User.objects.get(pk=user.pk)
    with django_assert_num_queries(expected):
        front.front_page(fresh)
    # The whole page, the header's menus included.
    assert queries_of(client, "/") == page


# --- the meeting list -------------------------------------------------------------------------
def test_the_meeting_list_shows_coming_meetings_first_then_the_past(client, world):
    later = plan(world.s.forum, 40)
    older = plan(world.s.forum, -100)
    hidden = plan(ForumFactory(cluster=ClusterFactory()), 3)
    client.force_login(world.reader)
    response = client.get(reverse("workspace:meetings"))
    shown = [row.meeting for row in response.context["rows"]]
    assert shown == [world.coming, later, world.held, older]
    assert hidden not in shown
    html = response.content.decode()
    assert html.index("Kommende møder") < html.index("Tidligere møder")
    # Deadlines are the secretariat's business.
    assert all(row.deadline is None for row in response.context["rows"])
    assert '<th scope="col">Frist</th>' not in html


def test_the_meeting_list_filters_by_forum_and_by_cluster(client, world):
    theme = ForumFactory(cluster=world.s.forum.cluster, name="Temagruppe", slug="tema")
    theirs = plan(theme, 4)
    client.force_login(world.s.secretary_user)
    url = reverse("workspace:meetings")
    by_forum = client.get(url, {"forum": "tema"}).context["rows"]
    assert [row.meeting for row in by_forum] == [theirs]
    by_cluster = client.get(url, {"klynge": world.s.forum.cluster.slug}).context["rows"]
    assert len(by_cluster) == 3
    assert all(row.deadline is not None for row in by_cluster)
    assert '<th scope="col">Frist</th>' in client.get(url).content.decode()
    wrong = client.get(url, {"forum": "findes-ikke"})
    assert "Marker en gyldig valgmulighed" in wrong.content.decode()


def test_the_meeting_list_pages_in_the_same_queries(client, world):
    client.force_login(world.member)
    url = reverse("workspace:meetings")
    first = queries_of(client, url)
    for days in range(30, 60):
        plan(world.s.forum, days)
    assert queries_of(client, url, side="2") == first
    response = client.get(url, {"side": 2})
    assert response.context["page"].number == 2
    assert "Side 2 af 2" in response.content.decode()


# --- the forum's deadlines --------------------------------------------------------------------
def test_the_secretariat_sets_the_forums_deadlines(client, world):
    plan(world.s.forum, -400)  # long past: no deadline to judge
    client.force_login(world.s.secretary_user)
    url = reverse("workspace:forum_deadlines", args=[world.s.forum.slug])
    assert "Dagsorden senest" in client.get(url).content.decode()
    data = {
        "agenda_days_before": "10",
        "minutes_days_after": "21",
        "deadline_warning_days": "5",
        "participants_approve_minutes": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    forum = Forum.objects.get(pk=world.s.forum.pk)
    assert (forum.agenda_days_before, forum.minutes_days_after) == (10, 21)
    assert (forum.deadline_warning_days, forum.participants_approve_minutes) == (5, True)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("agenda_days_before", "91", "mindre end eller lig 90"),
        ("minutes_days_after", "-1", "større end eller lig 0"),
        ("deadline_warning_days", "", "Dette felt er påkrævet"),
    ],
)
def test_bad_deadlines_get_a_danish_message_and_change_nothing(
    client, world, field, value, message
):
    client.force_login(world.s.secretary_user)
    url = reverse("workspace:forum_deadlines", args=[world.s.forum.slug])
    data = {"agenda_days_before": "7", "minutes_days_after": "14", "deadline_warning_days": "3"}
    data[field] = value
    response = client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    forum = Forum.objects.get(pk=world.s.forum.pk)
    assert (forum.agenda_days_before, forum.minutes_days_after, forum.deadline_warning_days) == (
        7,
        14,
        3,
    )


def test_only_the_secretariat_sets_deadlines(client, world):
    client.force_login(world.s.chair_user)
    url = reverse("workspace:forum_deadlines", args=[world.s.forum.slug])
    assert client.get(url).status_code == 403
    assert client.post(url, {"agenda_days_before": "1"}).status_code == 403


# --- valid HTML -------------------------------------------------------------------------------
def test_the_pages_are_valid_html_with_everything_on_them(client, world):
    reason = a11y.vnu_missing()
    if reason:
        pytest.fail(reason, pytrace=False)
    late = plan(world.s.forum, 2)
    add_item(late, "Punkt")
    more_of_everything(world, 2)
    followup.propose(world.s.forum, "Til næste møde")
    deadlines = reverse("workspace:forum_deadlines", args=[world.s.forum.slug])
    pages = []
    for user in (world.member, world.s.secretary_user):
        client.force_login(user)
        for url in ("/", reverse("workspace:meetings"), reverse("workspace:meetings") + "?forum=x"):
            status, page = a11y.fetch(client, f"{user.username} {url}", url)
            assert status == 200
            pages.append(page)
    _status, page = a11y.fetch(client, "deadlines", deadlines)
    pages.append(page)
    refused = client.post(deadlines, {"agenda_days_before": "x"})
    pages.append(a11y.Page("deadlines [invalid]", deadlines, refused.content.decode()))
    assert a11y.vnu_errors(pages) == []
