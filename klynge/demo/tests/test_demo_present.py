"""The demo lives in the present: built on a given day, the fora have coming meetings planned from
their annual plans, the steering group where the demo logins sit has a meeting held a few days ago
whose minutes wait for the chairs (sent to them for review) and the next meeting's agenda out
with attachments and comments, actions fall due in the coming weeks, and the public calendar
shows what is coming. Checked on two pinned days either side of the reform and on the day the
tests run."""

import datetime
from collections import Counter
from dataclasses import dataclass
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from klynge.demo.build import COUNTED
from klynge.demo.logins import LOGINS
from klynge.demo.present import HOME
from klynge.demo.present_plan import LINES, PLANNING_NOTE, chain, is_active, local
from klynge.followup.models import Action
from klynge.followup.services import due_soon
from klynge.meetings import services
from klynge.meetings.models import (
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    DocumentVersion,
    Meeting,
    Recommendation,
)
from klynge.organisation.body_urls import body_url
from klynge.organisation.models import Cluster, Forum, Membership
from klynge.organisation.transition.plan import REFORM_DAY
from klynge.workspace.models import Comment, ReviewRound

DECEMBER = datetime.date(2026, 12, 2)
MARCH = datetime.date(2027, 3, 1)
DAY = datetime.timedelta(days=1)
State = Meeting.State
PEOPLE = {login.username: login.person for login in LOGINS if login.person}
SEEDS = [
    ("midtklyngen-klyngestyregruppe", datetime.date(2023, 6, 7), State.MINUTES_PUBLISHED),
    ("midtklyngen-klyngestyregruppe", datetime.date(2023, 10, 27), State.PLANNED),
    ("midtklyngen-klyngestyregruppe", datetime.date(2023, 12, 8), State.PLANNED),
    ("lillebaelt-fagligt-strategisk-niveau", datetime.date(2025, 2, 26), State.MINUTES_PUBLISHED),
    ("lillebaelt-politisk-niveau", datetime.date(2025, 4, 4), State.PLANNED),
    ("lillebaelt-fagligt-strategisk-niveau", datetime.date(2025, 5, 15), State.PLANNED),
]


@dataclass(frozen=True)
class Built:
    today: datetime.date
    pinned: bool
    mails: int
    tasks: int


def _build(day: datetime.date | None, *args: str) -> Built:
    today = day or timezone.localdate()
    call_command("build_demo", "--today", today.isoformat(), *args, stdout=StringIO())
    return Built(today, day is not None, len(mail.outbox), DBTaskResult.objects.count())


@pytest.fixture(
    scope="module", params=[DECEMBER, MARCH, None], ids=["2026-12-02", "2027-03-01", "today"]
)
def built(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo built as on the day, inside a transaction rolled back at the module's end."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEMO=True, MEDIA_ROOT=media):
            yield _build(request.param)
        transaction.set_rollback(True)


@pytest.fixture
def demo(built, db):
    return built


def ours():
    return Meeting.objects.filter(booking_note=PLANNING_NOTE).select_related("forum__cluster")


def after(day: datetime.date):
    return {"starts_at__gte": local(day + DAY, datetime.time())}


def held_meeting() -> Meeting:
    return ours().get(state=State.MINUTES_DRAFT)


def published_meeting() -> Meeting:
    return ours().get(state=State.AGENDA_PUBLISHED)


def item_2(meeting: Meeting) -> AgendaItem:
    return [item for item in meeting.items.order_by("position") if item.is_numbered][1]


# --- coming meetings ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_main_forum_has_a_coming_meeting(demo):
    for line in LINES:
        fora = chain(line.slug)
        coming = Meeting.objects.filter(forum__in=fora, **after(demo.today))
        assert coming.exists(), line.slug


@pytest.mark.django_db
def test_each_forums_next_agenda_is_in_preparation(demo):
    for line in LINES:
        coming = ours().filter(forum__in=chain(line.slug), **after(demo.today))
        following = coming.exclude(state=State.AGENDA_PUBLISHED).order_by("starts_at")
        drafts = coming.filter(state=State.AGENDA_DRAFT)
        assert list(drafts) == [following.first()], line.slug
        assert drafts.get().items.count() >= 4
    assert not ours().filter(state=State.PLANNED, items__isnull=False).exists()


@pytest.mark.django_db
def test_exactly_one_meeting_held_and_one_agenda_out_beside_drafts_and_plans(demo):
    states = Counter(ours().values_list("state", flat=True))
    assert states[State.MINUTES_DRAFT] == 1
    assert states[State.AGENDA_PUBLISHED] == 1
    assert states[State.AGENDA_DRAFT] == len(LINES)
    assert set(states) == {
        State.PLANNED,
        State.AGENDA_DRAFT,
        State.AGENDA_PUBLISHED,
        State.MINUTES_DRAFT,
    }


@pytest.mark.django_db
def test_seed_meetings_stay_as_the_seeds_say(demo):
    seeds = Meeting.objects.exclude(booking_note=PLANNING_NOTE).select_related("forum")
    assert sorted((m.forum.slug, m.local_day(), m.state) for m in seeds) == sorted(SEEDS)
    assert not seeds.filter(state=State.PLANNED, items__isnull=False).exists()


@pytest.mark.django_db
def test_no_meeting_of_a_forum_or_cluster_after_its_end(demo):
    assert ours().count() > 20
    for meeting in ours():
        assert is_active(meeting.forum, meeting.local_day()), meeting
    assert not Meeting.objects.filter(
        forum__cluster__kind=Cluster.Kind.CLUSTER, starts_at__gte=local(REFORM_DAY, datetime.time())
    ).exists()
    for forum in Forum.objects.filter(ends_on__isnull=False):
        later = forum.meetings.filter(starts_at__gte=local(forum.ends_on + DAY, datetime.time()))
        assert not later.exists(), forum.slug


# --- the cycle under way where the demo logins sit ----------------------------------------------


@pytest.mark.django_db
def test_meeting_held_a_few_days_ago_waits_for_the_chairs(demo):
    held = held_meeting()
    assert 2 <= (demo.today - held.local_day()).days <= 6
    assert held.forum in chain(HOME)
    seated = Membership.objects.active_on(held.local_day()).filter(forum=held.forum)
    assert {PEOPLE["formand"], PEOPLE["medlem"]} <= set(
        seated.values_list("person__name", flat=True)
    )
    chairs = services.chairs(held)
    assert PEOPLE["formand"] in {chair.name for chair in chairs}
    assert services.missing_decisions(held) == [] and not held.approvals.exists()
    statuses = Counter(held.attendances.values_list("status", flat=True))
    assert statuses[Attendance.Status.APOLOGY] >= 1 and statuses[Attendance.Status.ATTENDING] > 10
    for chair in chairs:  # one click each
        services.approve_minutes(held, chair)
    held.refresh_from_db()
    assert held.state == State.MINUTES_APPROVED


@pytest.mark.django_db
def test_next_agenda_is_out_with_items_and_pdf_attachments(demo):
    meeting = published_meeting()
    assert meeting.forum in chain(HOME)
    assert 0 < (meeting.local_day() - demo.today).days <= 14
    assert meeting.items.count() >= 4
    assert meeting.versions.filter(kind=DocumentVersion.Kind.AGENDA).exists()
    pdfs = Attachment.objects.filter(item__meeting=meeting, content_type="application/pdf")
    assert pdfs.filter(item=item_2(meeting)).exists()
    for attachment in pdfs:
        with attachment.file.open("rb") as content:
            assert content.read(5) == b"%PDF-"


@pytest.mark.django_db
def test_a_member_asks_the_chair_on_item_2(demo):
    item = item_2(published_meeting())
    question = Comment.objects.get(item=item, author__username="medlem", parent=None)
    assert "@formand" in question.text and not question.review_round
    assert list(question.mentions.values_list("username", flat=True)) == ["formand"]
    answer = Comment.objects.get(parent=question)
    assert answer.author.username == "formand"


@pytest.mark.django_db
def test_draft_minutes_are_out_for_review_with_the_chairs(demo):
    held = held_meeting()
    review = ReviewRound.objects.get(meeting=held)
    assert review.is_open and review.kind == ReviewRound.Kind.MINUTES
    assert set(review.reviewers.all()) == set(services.chairs(held))
    assert review.respond_by > demo.today
    council = held.forum.cluster.kind == Cluster.Kind.COUNCIL
    assert review.started_by.username == ("raadssekretariat" if council else "sekretariat")
    remark = review.comments.get()
    assert remark.author.username == "formand" and remark.item == item_2(held)


@pytest.mark.django_db
def test_actions_fall_due_in_the_coming_weeks_for_the_demo_people(demo):
    coming = Action.objects.open().filter(due_on__gt=demo.today, due_on__lte=demo.today + 28 * DAY)
    for name in PEOPLE.values():
        assert coming.filter(responsible_person__name=name).exists(), name
    assert coming.filter(item__meeting=held_meeting()).count() == coming.count()
    assert due_soon(demo.today, 7)


# The public calendar counts from the real day: checked on the demo built as of today only.
@pytest.mark.django_db
@pytest.mark.parametrize("built", [None], indirect=True, ids=["today"])
def test_public_calendar_shows_the_coming_meetings(demo, client):
    starts = []
    for slug in ("midtklyngen", "sundhedsraad-midt", "lillebaelt", "sundhedsraad-lillebaelt"):
        response = client.get(body_url("feeds:cluster_ics", Cluster.objects.get(slug=slug)))
        events = Calendar.from_ical(response.content).walk("VEVENT")
        starts += [event.decoded("DTSTART") for event in events]
    assert any(start > timezone.now() for start in starts)


# --- building it -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_nothing_is_mailed_or_queued(demo):
    assert demo.mails == 0 and demo.tasks == 0


@pytest.mark.django_db
def test_building_again_the_same_day_changes_nothing(demo):
    models = [Recommendation, Decision, Attendance, Attachment, DocumentVersion, Comment]
    models += [ReviewRound, *(model for _label, model in COUNTED)]
    before = [model.objects.count() for model in models]
    states = list(ours().order_by("pk").values_list("pk", "state"))
    _build(demo.today)
    assert [model.objects.count() for model in models] == before
    assert list(ours().order_by("pk").values_list("pk", "state")) == states


@pytest.mark.django_db
def test_a_later_day_moves_the_cycle_on(demo):
    out = published_meeting()
    later = out.local_day() + 2 * DAY
    _build(later)
    out.refresh_from_db()
    assert out.state == State.MINUTES_DRAFT and not services.missing_decisions(out)
    assert published_meeting().local_day() > later
