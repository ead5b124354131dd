"""The annual plan (årshjul): the year's calendar of a cluster, its iCalendar file, and the
proposal of a year's dates with the ordering rules of seed 003."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.followup import annual_plan as plan
from klynge.followup.models import PlanningRule
from klynge.meetings import ics
from klynge.meetings.models import Meeting
from klynge.meetings.tests.conftest import PASSWORD, aware
from klynge.organisation.models import Forum
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory

YEAR = 2027


def meeting(
    forum: Forum, day: datetime.date, hour: int = 9, title: str = "", minute: int = 0
) -> Meeting:
    return Meeting.objects.create(
        forum=forum,
        title=title,
        starts_at=aware(day, hour, minute),
        ends_at=aware(day, hour + 3, minute),
    )


@pytest.fixture
def psychiatry(steering) -> Forum:
    return ForumFactory(
        cluster=steering.forum.cluster,
        name="Voksentemagruppen psykiatri",
        slug="midtklyngen-psykiatri",
        kind=Forum.Kind.THEME_GROUP,
        position=2,
    )


@pytest.fixture
def elsewhere(db) -> Forum:
    return ForumFactory(cluster=ClusterFactory(name="Vestklyngen"), name="Vestklyngens styregruppe")


def user_with(role: str, **scope: object) -> User:
    user = User.objects.create_user(f"{role}-{len(scope)}", password=PASSWORD)
    RoleAssignment.objects.create(user=user, role=role, **scope)
    return user


def plan_url(name: str, steering, year: int = YEAR) -> str:
    return reverse(f"followup:{name}", args=[steering.forum.cluster.slug, year])


# --- the calendar --------------------------------------------------------------------------------


def _month_sections(html: str) -> dict[int, str]:
    parts = html.split('id="maaned-')[1:]
    return {int(part.split('"', 1)[0]): part for part in parts}


def test_calendar_lists_the_clusters_meetings_by_month(client, steering, psychiatry, elsewhere):
    meeting(steering.forum, datetime.date(YEAR, 3, 10), title="Marts-mødet")
    meeting(psychiatry, datetime.date(YEAR, 3, 17), title="Psykiatri i marts")
    meeting(psychiatry, datetime.date(YEAR, 10, 6), title="Psykiatri i oktober")
    meeting(elsewhere, datetime.date(YEAR, 3, 11), title="Vestklyngens møde")
    meeting(steering.forum, datetime.date(YEAR + 1, 1, 12), title="Næste års møde")
    client.force_login(steering.secretary_user)

    response = client.get(plan_url("annual_plan", steering))

    assert response.status_code == 200
    html = response.content.decode()
    months = _month_sections(html)
    assert len(months) == 12
    assert "Marts-mødet" in months[3] and "Psykiatri i marts" in months[3]
    assert "10. marts 2027" in months[3]
    assert "Psykiatri i oktober" in months[10] and "Psykiatri i oktober" not in months[3]
    assert "Vestklyngens møde" not in html
    assert "Næste års møde" not in html
    assert plan_url("annual_plan_ics", steering) in html
    assert plan_url("annual_plan", steering, YEAR + 1) in html
    assert plan_url("annual_plan", steering, YEAR - 1) in html
    assert "<caption" in html and 'scope="col"' in html


def test_calendar_shows_only_the_fora_the_user_may_read(client, steering, psychiatry):
    meeting(steering.forum, datetime.date(YEAR, 3, 10), title="Styregruppens møde")
    meeting(psychiatry, datetime.date(YEAR, 3, 17), title="Psykiatriens møde")
    client.force_login(user_with(Role.READER, forum=psychiatry))

    html = client.get(plan_url("annual_plan", steering)).content.decode()

    assert "Psykiatriens møde" in html
    assert "Styregruppens møde" not in html


def test_calendar_needs_login(client, steering):
    response = client.get(plan_url("annual_plan", steering))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_calendar_query_count_does_not_grow_with_meetings(
    client, steering, psychiatry, django_assert_num_queries
):
    client.force_login(steering.secretary_user)
    meeting(steering.forum, datetime.date(YEAR, 2, 3))
    with CaptureQueriesContext(connection) as few:
        client.get(plan_url("annual_plan", steering))
    for month, forum in itertools.product(range(1, 13), (steering.forum, psychiatry)):
        meeting(forum, datetime.date(YEAR, month, 14 if forum == psychiatry else 7))

    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(plan_url("annual_plan", steering))

    assert response.content.decode().count('<th scope="row">') == 25


def test_ics_has_one_event_per_meeting(client, steering, psychiatry, elsewhere):
    meetings = [
        meeting(steering.forum, datetime.date(YEAR, 3, 10)),
        meeting(psychiatry, datetime.date(YEAR, 3, 17)),
        meeting(psychiatry, datetime.date(YEAR, 11, 3)),
    ]
    meeting(elsewhere, datetime.date(YEAR, 3, 11))
    client.force_login(steering.secretary_user)

    response = client.get(plan_url("annual_plan_ics", steering))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == len(meetings)
    own = Calendar.from_ical(ics.meeting_ics(meetings[0])).walk("VEVENT")[0]
    assert own["UID"] in {str(event["UID"]) for event in events}
    assert {str(event["SUMMARY"]) for event in events} == {
        "Klyngestyregruppen",
        "Voksentemagruppen psykiatri",
    }


# --- the proposal: days off ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2023, datetime.date(2023, 4, 9)),
        (2024, datetime.date(2024, 3, 31)),
        (2027, datetime.date(2027, 3, 28)),
        (2038, datetime.date(2038, 4, 25)),
    ],
)
def test_easter(year, easter):
    assert plan.easter_sunday(year) == easter


def test_holidays_and_holiday_periods_are_blocked():
    days = plan.YearDays.of(YEAR)
    assert days.blocked(datetime.date(YEAR, 5, 6))  # Kr. Himmelfartsdag
    assert days.blocked(datetime.date(YEAR, 5, 17))  # 2. pinsedag
    assert days.blocked(datetime.date(YEAR, 6, 5))  # Grundlovsdag
    assert days.blocked(datetime.date(YEAR, 3, 25))  # Skærtorsdag
    assert days.blocked(datetime.date(YEAR, 7, 14))
    assert days.blocked(datetime.date(YEAR, 12, 22))  # the week of Christmas
    assert days.blocked(datetime.date(YEAR, 1, 1))
    assert days.blocked(datetime.date(YEAR, 6, 9)) is None


# --- the proposal: spreading ---------------------------------------------------------------------


def _forum_with(steering, name: str, per_year: int, **fields) -> Forum:
    return ForumFactory(
        cluster=steering.forum.cluster, name=name, meetings_per_year=per_year, **fields
    )


def _dates(proposal: plan.Proposal, forum: Forum) -> list[plan.PlannedDate]:
    return next(p.dates for p in proposal.plans if p.forum == forum)


def test_four_meetings_a_year_one_per_quarter_on_wednesday_morning(steering):
    forum = _forum_with(steering, "Temagruppe uden historik", 4)

    dates = _dates(plan.propose(forum.cluster, YEAR), forum)

    assert [(d.day.month - 1) // 3 for d in dates] == [0, 1, 2, 3]
    assert all(d.day.weekday() == 2 for d in dates)
    assert all(d.starts_at.hour == 9 and d.ends_at.hour == 12 for d in dates)
    gaps = [(b.day - a.day).days for a, b in itertools.pairwise(dates)]
    assert all(80 <= gap <= 100 for gap in gaps)


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027, 2028])
@pytest.mark.parametrize("per_year", [1, 2, 3, 4, 6, 10, 12])
def test_no_proposed_day_in_july_the_christmas_week_or_on_a_holiday(steering, year, per_year):
    fora = [_forum_with(steering, f"Forum {weekday}", per_year) for weekday in range(5)]
    for weekday, forum in enumerate(fora):  # a habit on each weekday of the week
        day = datetime.date(year - 1, 3, 1)
        meeting(forum, day + datetime.timedelta(days=(weekday - day.weekday()) % 7))

    proposal = plan.propose(steering.forum.cluster, year)

    days_off = plan.YearDays.of(year)
    for forum in fora:
        dates = [d.day for d in _dates(proposal, forum)]
        assert len(dates) == per_year
        assert dates == sorted(set(dates))
        assert all(day.month != 7 and days_off.blocked(day) is None for day in dates)
        assert all(day not in plan.public_holidays(year) for day in dates)


def test_weekday_and_time_are_learned_from_past_meetings(steering):
    # The steering group met on Thursdays 08:30–11:30 (the fixture's meeting on 10 December
    # 2026) and on one Friday; its place is kept.
    steering.forum.meetings_per_year = 4
    steering.forum.save()
    for day in (datetime.date(2026, 3, 12), datetime.date(2026, 6, 11)):
        meeting(steering.forum, day, hour=8, minute=30)
    meeting(steering.forum, datetime.date(2026, 10, 30), hour=13)

    forum_plan = plan.propose(steering.forum.cluster, YEAR).plans[0]

    assert forum_plan.habit.learned
    assert forum_plan.habit.weekday == 3
    assert forum_plan.habit.starts == datetime.time(8, 30)
    assert forum_plan.habit.ends == datetime.time(11, 30)
    assert "Viborg" in forum_plan.habit.place
    assert all(d.day.weekday() == 3 for d in forum_plan.dates)
    assert all(d.starts_at == aware(d.day, 8, 30) for d in forum_plan.dates)


# --- the proposal: ordering rules ----------------------------------------------------------------


@pytest.fixture
def seed_003(steering, psychiatry) -> tuple[Forum, Forum]:
    """Seed 003: "Møderne placeres efter klyngestyregruppemøder" — four meetings a year each."""
    steering.forum.meetings_per_year = 4
    steering.forum.save()
    psychiatry.meetings_per_year = 4
    psychiatry.save()
    PlanningRule.objects.create(forum=psychiatry, after=steering.forum, min_days=7)
    return steering.forum, psychiatry


def test_psychiatry_meets_at_least_a_week_after_the_steering_group(seed_003):
    steering_group, psychiatry = seed_003

    proposal = plan.propose(steering_group.cluster, YEAR)

    assert proposal.problems == []
    after = _dates(proposal, steering_group)
    dates = _dates(proposal, psychiatry)
    assert len(after) == len(dates) == 4
    for first, then in zip(after, dates, strict=True):
        assert (then.day - first.day).days >= 7
    moved = [d for d in dates if d.reasons]
    assert moved and all("Klyngestyregruppen" in d.reasons[-1] for d in moved)


def test_rule_with_different_counts_pairs_with_the_latest_meeting_before(seed_003):
    steering_group, psychiatry = seed_003
    psychiatry.meetings_per_year = 6
    psychiatry.save()
    PlanningRule.objects.filter(forum=psychiatry).update(min_days=3)

    proposal = plan.propose(steering_group.cluster, YEAR)

    after = [d.day for d in _dates(proposal, steering_group)]
    for planned in _dates(proposal, psychiatry):
        earlier = [day for day in after if day <= planned.day]
        assert not earlier or (planned.day - earlier[-1]).days >= 3
    assert proposal.problems == []


def test_rules_chain_in_order(seed_003, steering):
    steering_group, psychiatry = seed_003
    children = _forum_with(steering, "Temagruppe børn og unge", 4)
    PlanningRule.objects.create(forum=children, after=psychiatry, min_days=7, max_days=21)

    proposal = plan.propose(steering_group.cluster, YEAR)

    assert proposal.problems == []
    for a, b, c in zip(
        _dates(proposal, steering_group),
        _dates(proposal, psychiatry),
        _dates(proposal, children),
        strict=True,
    ):
        assert (b.day - a.day).days >= 7
        assert 7 <= (c.day - b.day).days <= 21


def test_a_cycle_of_rules_is_reported(seed_003):
    steering_group, psychiatry = seed_003
    PlanningRule.objects.create(forum=steering_group, after=psychiatry, min_days=7)

    proposal = plan.propose(steering_group.cluster, YEAR)

    assert len(proposal.problems) == 1
    problem = proposal.problems[0]
    assert "Klyngestyregruppen" in problem and "Voksentemagruppen psykiatri" in problem
    assert "→" in problem
    assert all(len(p.dates) == 4 for p in proposal.plans)


def test_a_rule_that_cannot_be_honoured_is_reported(seed_003):
    steering_group, psychiatry = seed_003
    PlanningRule.objects.filter(forum=psychiatry).update(min_days=120)

    proposal = plan.propose(steering_group.cluster, YEAR)

    assert proposal.problems
    assert all("Voksentemagruppen psykiatri" in problem for problem in proposal.problems)


def test_rule_after_a_forum_outside_the_proposal_uses_its_meetings(steering, psychiatry):
    psychiatry.meetings_per_year = 2
    psychiatry.save()
    PlanningRule.objects.create(forum=psychiatry, after=steering.forum, min_days=7)
    fixed = [datetime.date(YEAR, 3, 3), datetime.date(YEAR, 9, 1)]
    for day in fixed:
        meeting(steering.forum, day)

    proposal = plan.propose(steering.forum.cluster, YEAR)

    for planned in _dates(proposal, psychiatry):
        earlier = [day for day in fixed if day <= planned.day]
        assert not earlier or (planned.day - earlier[-1]).days >= 7


# --- creating the proposed meetings --------------------------------------------------------------


def test_the_secretariat_creates_the_proposed_meetings_once(client, seed_003, steering):
    steering_group, psychiatry = seed_003
    taken = plan.propose(steering_group.cluster, YEAR).plans[0].dates[0]
    meeting(steering_group, taken.day, title="Allerede planlagt")
    client.force_login(steering.secretary_user)
    url = plan_url("annual_plan_proposal", steering)

    page = client.get(url)
    assert page.status_code == 200
    assert "Voksentemagruppen psykiatri" in page.content.decode()

    review = client.post(url)
    assert review.status_code == 200
    assert Meeting.objects.filter(starts_at__year=YEAR).count() == 1
    fingerprint = review.context["form"].initial["fingerprint"]
    assert "Allerede planlagt" not in review.content.decode()
    assert len(review.context["proposal"].to_create()) == 7

    created = client.post(url, {"confirm": "on", "fingerprint": fingerprint})
    assert created.status_code == 302
    assert created["Location"] == plan_url("annual_plan", steering)
    in_year = Meeting.objects.filter(starts_at__year=YEAR)
    assert in_year.filter(forum=steering_group).count() == 4
    assert in_year.filter(forum=psychiatry).count() == 4
    assert in_year.filter(state=Meeting.State.PLANNED).count() == 8
    new = in_year.filter(forum=steering_group).exclude(title="Allerede planlagt").first()
    assert new.attendances.count() == 3  # the members are invited

    again = client.post(url, {"confirm": "on", "fingerprint": fingerprint})
    assert again.status_code == 302
    assert Meeting.objects.filter(starts_at__year=YEAR).count() == 8


def test_a_changed_proposal_is_shown_again_before_creating(client, seed_003, steering):
    client.force_login(steering.secretary_user)
    url = plan_url("annual_plan_proposal", steering)

    response = client.post(url, {"confirm": "on", "fingerprint": "stale"})

    assert response.status_code == 200
    assert response.context["changed"]
    assert not Meeting.objects.filter(starts_at__year=YEAR).exists()


def test_a_reader_may_see_the_proposal_but_not_create_it(client, seed_003, steering):
    client.force_login(user_with(Role.READER, cluster=steering.forum.cluster))
    url = plan_url("annual_plan_proposal", steering)

    assert client.get(url).status_code == 200
    fingerprint = plan.propose(steering.forum.cluster, YEAR).fingerprint()
    assert client.post(url).status_code == 403
    assert client.post(url, {"confirm": "on", "fingerprint": fingerprint}).status_code == 403
    assert not Meeting.objects.filter(starts_at__year=YEAR).exists()
