"""The follow-up of the seed meetings in the demo: no action, referral or item for a coming
meeting of seeds 003 and 004 is lost, and each links back to the item it comes from. Checked
on the seeds as they stood before the reform of 1 January 2027."""

import datetime

import pytest
from django.urls import reverse

from klynge.demo import followup_003, followup_004
from klynge.demo.build import build_seeds
from klynge.demo.followup_common import (
    WITHOUT_RECOMMENDATION,
    ActionSpec,
    BacklogSpec,
    ReferralSpec,
    seed_meeting,
)
from klynge.demo.meeting_cycle import silent_mail
from klynge.demo.testing import seeds_rolled_back
from klynge.followup.models import Action, BacklogItem, Referral
from klynge.meetings.models import Decision, Meeting

SOMATIC = "midtklyngen-voksentemagruppen-somatik"
STEERING = "midtklyngen-klyngestyregruppe"
SECRETARIAT = "midtklyngen-faellessekretariat"
LB_POLITICAL = "lillebaelt-politisk-niveau"
LB_STEERING = "lillebaelt-fagligt-strategisk-niveau"
LB_COORDINATING = "lillebaelt-koordinerende-niveau"

MODULES = {"003": followup_003, "004": followup_004}


@pytest.fixture(scope="module")
def seeds_built(django_db_setup, django_db_blocker):
    """Build the seeds once for the module, as they stood before the reform moved their open
    work into the councils (test_demo_reform follows it there), rolled back at the
    module's end."""
    with django_db_blocker.unblock(), seeds_rolled_back():
        yield


@pytest.fixture
def demo(seeds_built, db):
    return seeds_built


def specs(kind: str) -> list:
    return [
        pytest.param(seed, spec, id=f"{seed}-{spec.title[:50]}")
        for seed, module in MODULES.items()
        for spec in getattr(module, kind)
    ]


def check_decision(found: Decision | None, number: int | None) -> None:
    if number is None:
        assert found is None
    elif number == WITHOUT_RECOMMENDATION:
        assert found is not None and found.recommendation_id is None
    else:
        assert found is not None and found.recommendation.number == number


@pytest.mark.parametrize(("seed", "spec"), specs("ACTIONS"))
@pytest.mark.django_db
def test_every_action_of_the_seeds_exists(demo, seed, spec: ActionSpec):
    meeting = seed_meeting(MODULES[seed].MEETING)
    action = Action.objects.get(forum=meeting.forum, title=spec.title)
    assert action.item.meeting == meeting
    assert action.item.title.startswith(spec.item)
    assert (action.responsible_person.name if action.responsible_person else "") == spec.person
    assert (action.responsible_party.name if action.responsible_party else "") == spec.party
    assert (action.responsible_forum.slug if action.responsible_forum else "") == spec.forum_slug
    assert action.due_on == spec.due_on
    if action.decision is not None:
        assert action.decision.item == action.item
    check_decision(action.decision, spec.decision)
    assert action.is_open == (spec.done_on is None)


@pytest.mark.parametrize(("seed", "spec"), specs("REFERRALS"))
@pytest.mark.django_db
def test_every_forwarded_matter_is_a_referral_with_a_link_back(demo, seed, spec: ReferralSpec):
    meeting = seed_meeting(MODULES[seed].MEETING)
    waiting = BacklogItem.objects.get(forum__slug=spec.to_forum, title=spec.title)
    referral = waiting.referral
    assert referral.from_item.meeting == meeting
    assert referral.from_item.title.startswith(spec.item)
    assert referral.to_forum.slug == spec.to_forum
    assert waiting.origin_item == referral.from_item
    assert waiting.status == BacklogItem.Status.WAITING
    check_decision(referral.decision, spec.decision)


@pytest.mark.parametrize(("seed", "spec"), specs("BACKLOG"))
@pytest.mark.django_db
def test_every_item_proposed_for_a_coming_meeting_waits_in_the_backlog(
    demo, seed, spec: BacklogSpec
):
    meeting = seed_meeting(MODULES[seed].MEETING)
    waiting = BacklogItem.objects.get(forum__slug=spec.forum_slug, title=spec.title)
    assert waiting.origin_item.meeting == meeting
    assert waiting.origin_item.title.startswith(spec.item)
    assert waiting.proposed_by == spec.proposed_by
    assert not hasattr(waiting, "referral")  # proposed, not forwarded
    if spec.wanted_on is None:
        assert waiting.wanted_meeting is None
    else:
        assert waiting.wanted_meeting.local_day() == spec.wanted_on
        assert waiting.wanted_meeting.forum.slug == spec.forum_slug


@pytest.mark.django_db
def test_nothing_of_the_seed_meetings_is_lost(demo):
    for module in MODULES.values():
        meeting = seed_meeting(module.MEETING)
        assert Action.objects.filter(item__meeting=meeting).count() == len(module.ACTIONS)
        assert Referral.objects.filter(from_item__meeting=meeting).count() == len(module.REFERRALS)
        proposed = BacklogItem.objects.filter(origin_item__meeting=meeting, referral__isnull=True)
        assert proposed.count() == len(module.BACKLOG)


@pytest.mark.django_db
def test_somatic_theme_group_holds_the_matter_forwarded_from_the_steering_group(demo):
    meeting = seed_meeting(followup_003.MEETING)
    waiting = BacklogItem.objects.get(forum__slug=SOMATIC)
    referral = waiting.referral
    assert referral.from_item == meeting.items.get(title__startswith="Godkendelse af opdateret")
    assert referral.decision.outcome == Decision.Outcome.FORWARDED
    assert "videreføres i voksentemagruppen for somatik" in referral.decision.text
    assert waiting.proposed_by == str(meeting.forum)
    # The link back leads to the item of the steering group's meeting.
    assert waiting.origin_item.get_absolute_url() == (
        reverse("workspace:item", args=[meeting.pk, referral.from_item.pk])
    )


@pytest.mark.django_db
def test_political_level_backlog_holds_the_points_for_4_april_2025(demo):
    waiting = BacklogItem.objects.filter(forum__slug=LB_POLITICAL).order_by("pk")
    assert [w.title for w in waiting] == [
        "Orienteringspunkt: Fælles overblik og kommende opgaver",
        "Rundvisning på Middelfart Nærhospital",
        "Status vedr. klyngemidler og klyngemiddelinitiativer",
        "Drøftelsespunkt: Lokale erfaringer og samarbejde i Lillebælt",
    ]
    meetings = {w.wanted_meeting for w in waiting}
    assert len(meetings) == 1
    (april,) = meetings
    assert april.local_day() == datetime.date(2025, 4, 4)
    assert april.state == Meeting.State.PLANNED
    origin = {w.origin_item.title for w in waiting}
    assert origin == {"Punkter til næste møde i Politisk Niveau d. 4. april 2025"}


@pytest.mark.django_db
def test_strategic_level_backlog_holds_the_points_for_15_may_incl_the_added_one(demo):
    waiting = BacklogItem.objects.filter(
        forum__slug=LB_STEERING, wanted_meeting__starts_at__date=datetime.date(2025, 5, 15)
    )
    titles = {w.title for w in waiting}
    assert "Sundhedsberedskabsplan" in titles
    assert "Opfølgning på møde i Politisk Niveau" in titles
    assert len(titles) == 4
    may = waiting.first().wanted_meeting
    assert may.state == Meeting.State.PLANNED
    assert (may.starts_at.hour, may.starts_at.minute) == (9, 30)  # 11:30 in Copenhagen, UTC
    assert may.local_day() == datetime.date(2025, 5, 15)


@pytest.mark.django_db
def test_steering_groups_remaining_2023_meetings_are_planned(demo):
    planned = Meeting.objects.filter(forum__slug=STEERING, state=Meeting.State.PLANNED)
    assert sorted(m.local_day() for m in planned) == [
        datetime.date(2023, 10, 27),
        datetime.date(2023, 12, 8),
    ]
    for meeting in planned:
        assert meeting.place == "Rådhuset, Viborg"
        assert meeting.attendances.exists()  # the members are invited


@pytest.mark.django_db
def test_coordinating_level_receives_the_status_passed_on_to_it(demo):
    forwarded = Referral.objects.filter(to_forum__slug=LB_COORDINATING)
    titles = {r.backlog_item.title for r in forwarded}
    assert (
        "Status på implementeringen af det tværsektorielle forløbsprogram for borgere med"
        " lænderygbesvær"
    ) in titles
    assert "Implementering af den reviderede SAM:BO-aftale" in titles
    assert all(r.from_item.meeting.forum.slug == LB_STEERING for r in forwarded)


@pytest.mark.django_db
def test_secretariat_drafts_the_financial_model_for_the_chairs(demo):
    action = Action.objects.get(
        responsible_forum__slug=SECRETARIAT, title__startswith="Sekretariatet udarbejder forslag"
    )
    assert action.decision.recommendation.number == 3
    assert "økonomistyring" in action.decision.text
    assert action.is_open


@pytest.mark.django_db
def test_jane_gregersen_promises_katrine_gimm_an_answer(demo):
    action = Action.objects.get(responsible_person__name="Jane Gregersen")
    assert "Katrine Gimm" in action.title
    assert action.item.title == "72-timers behandlingsansvar"


@pytest.mark.django_db
def test_budgets_due_14_june_2023_and_a_done_clarification(demo):
    due = Action.objects.filter(due_on=datetime.date(2023, 6, 14))
    assert due.count() == 4
    done = Action.objects.get(status=Action.Status.DONE)
    assert done.completed_on == datetime.date(2023, 6, 13)
    assert "botilbud" in done.title


@pytest.mark.django_db
def test_running_twice_changes_no_follow_up(demo):
    models = (Action, BacklogItem, Referral, Meeting)
    before = [model.objects.count() for model in models]
    with silent_mail():
        build_seeds()
    assert [model.objects.count() for model in models] == before
