"""The transition moves exactly what the preview listed, in one transaction, once."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.utils import timezone

from klynge.followup.models import Action, BacklogItem, Referral
from klynge.meetings.models import Meeting
from klynge.organisation.models import (
    Carryover,
    Cluster,
    Forum,
    Membership,
    OrganisationalChange,
    TermsOfReference,
)
from klynge.organisation.tests.factories import MembershipFactory
from klynge.organisation.transition.plan import ForumChoice, NewCouncil, TransitionPlan
from klynge.organisation.transition.services import preview_plan, run_transition
from klynge.portfolio.models import BudgetLine, Fund, Implementation, Initiative

from .conftest import KR, plan

MODELS = [
    Cluster,
    Forum,
    Membership,
    TermsOfReference,
    Action,
    BacklogItem,
    Referral,
    Fund,
    Initiative,
    BudgetLine,
    Implementation,
    OrganisationalChange,
    Carryover,
]


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every model a transition touches, field by field."""
    return {
        model.__name__: sorted(
            tuple(str(v) for v in row.values()) for row in model.objects.values()
        )
        for model in MODELS
    }


def test_the_preview_counts_and_sums_to_the_krone_and_writes_nothing(reform):
    before = snapshot()
    totals = preview_plan(plan(reform)).totals()
    assert snapshot() == before
    assert totals == {
        "fora_ended": 1,
        "fora_carried": 1,
        "seats_ended": 4,
        "seats_carried": 3,
        "born_seats_elsewhere": 0,
        "terms_superseded": 2,
        "terms_new": 1,
        "actions": 3,
        "backlog": 1,
        "referrals": 1,
        "initiatives": 1,
        "budget_lines": 2,
        "budget_lines_ore": 180_000 * KR,
        "remaining_ore": 180_000 * KR,
        "funds": 1,
        "funds_remainder_ore": 580_000 * KR,
        "implementations": 2,
    }


def test_the_transition_moves_what_the_preview_listed(reform):
    available = Sum("granted_ore") - Sum("carried_on_ore")
    available_before = Fund.objects.aggregate(s=available)["s"]
    granted_before = Fund.objects.filter(cluster=reform.cluster).aggregate(s=Sum("granted_ore"))
    lines_before = BudgetLine.objects.aggregate(s=Sum("amount_ore"))["s"]
    listed = preview_plan(plan(reform)).to_json()

    change = run_transition(plan(reform), reform.secretary)

    assert change.report == listed
    assert change.recorded_by == reform.secretary
    assert Fund.objects.aggregate(s=available)["s"] == available_before
    # The ended body's grants stay as they were decided; what moved is shown as carried on.
    assert Fund.objects.filter(cluster=reform.cluster).aggregate(s=Sum("granted_ore")) == (
        granted_before
    )
    assert BudgetLine.objects.aggregate(s=Sum("amount_ore"))["s"] == lines_before
    carried = Forum.objects.get(continues=reform.steering)
    assert carried.cluster == reform.council
    assert set(Action.objects.open().values_list("forum", flat=True)) == {carried.pk}
    assert [a["id"] for a in listed["actions"]] == list(
        Action.objects.open().order_by("pk").values_list("pk", flat=True)
    )
    assert BacklogItem.objects.get(status="waiting", referral__isnull=True).forum == carried
    assert Referral.objects.get().to_forum == carried
    assert Referral.objects.get().backlog_item.forum == carried
    assert Action.objects.get(status="done").forum == reform.theme
    _trail_matches(change, listed)


def _trail_matches(change: OrganisationalChange, listed: dict) -> None:
    by_kind = {}
    for row in change.carryovers.select_related("content_type"):
        by_kind.setdefault(row.content_type.model, []).append(row)
    totals = listed["totals"]
    assert len(by_kind["forum"]) == totals["fora_carried"]
    assert len(by_kind["membership"]) == totals["seats_carried"]
    assert len(by_kind["termsofreference"]) == totals["terms_new"]
    assert len(by_kind["action"]) == totals["actions"]
    assert len(by_kind["backlogitem"]) == totals["backlog"]
    assert len(by_kind["referral"]) == totals["referrals"]
    assert len(by_kind["implementation"]) == totals["implementations"]
    assert len(by_kind["budgetline"]) == totals["budget_lines"]
    assert sum(r.amount_ore for r in by_kind["budgetline"]) == totals["budget_lines_ore"]
    assert sum(r.amount_ore for r in by_kind["initiative"]) == totals["remaining_ore"]
    assert sum(r.amount_ore for r in by_kind["fund"]) == totals["funds_remainder_ore"]
    assert {r.source_id for r in by_kind["action"]} == {a["id"] for a in listed["actions"]}


def test_seats_terms_fora_and_bodies_end_and_carry_on(reform):
    run_transition(plan(reform), reform.secretary)
    day = datetime.date(2027, 1, 1)
    carried = Forum.objects.get(continues=reform.steering)
    assert Membership.objects.filter(forum=reform.steering, ends_on=day).count() == 3
    assert Membership.objects.filter(forum=reform.theme, ends_on=day).count() == 1
    seats = Membership.objects.filter(forum=carried)
    assert sorted(s.person.name for s in seats) == [
        "Jonas Dahl",
        "Kristine Stange",
        "Mette Andreassen",
    ]
    assert {s.starts_on for s in seats} == {day}
    assert seats.get(person__name="Mette Andreassen").rule.terms.forum == carried
    new_terms = carried.terms.get()
    assert (new_terms.version, new_terms.status) == (1, "draft")
    assert "version 2" in new_terms.period or "version 2" in new_terms.period.lower()
    assert TermsOfReference.objects.get(forum=reform.theme).status == "superseded"
    assert reform.steering.terms.get(version=2).superseded_on == day
    for forum in (reform.steering, reform.theme):
        forum.refresh_from_db()
        assert forum.ends_on == datetime.date(2026, 12, 31)
    reform.cluster.refresh_from_db()
    assert reform.cluster.valid_to == datetime.date(2026, 12, 31)
    assert carried.reports_to is None
    assert Forum.objects.get(name="Temagruppen for psykiatri").ends_on is not None


def test_money_carries_on_and_history_stays(reform):
    run_transition(plan(reform), reform.secretary)
    old = Initiative.objects.get(pk=reform.running.pk)
    new = Initiative.objects.exclude(pk=old.pk).get(name="Tele-KOL")
    assert old.status == "completed"
    assert old.ends_on == datetime.date(2026, 12, 31)
    assert sorted(old.lines.values_list("year", flat=True)) == [2025, 2025, 2026, 2026]
    assert sorted(new.lines.values_list("year", "amount_ore")) == [
        (2027, 30_000 * KR),
        (2027, 150_000 * KR),
    ]
    assert new.fund.cluster == reform.council
    assert new.fund.granted_ore == 580_000 * KR
    assert Fund.objects.get(pk=reform.fund.pk).granted_ore == 1_000_000 * KR
    assert Fund.objects.get(pk=reform.fund.pk).carried_on_ore == 580_000 * KR
    assert new.economy_party.name == "Viborg Kommune"
    assert Initiative.objects.get(name="Forslag").fund == reform.fund
    implementations = Implementation.objects.filter(cluster=reform.council)
    assert sorted(
        (i.agreement.name, i.implementing_forum.name, i.status) for i in implementations
    ) == [
        ("Amning", "Klyngestyregruppen", "in_progress"),
        ("Fødsler", "Fødeplanudvalget", "in_progress"),
    ]
    assert Implementation.objects.filter(cluster=reform.cluster).count() == 2


def test_the_audit_trail_records_the_transition(reform):
    before = LogEntry.objects.count()
    run_transition(plan(reform), reform.secretary)
    entries = LogEntry.objects.filter(pk__gt=0).order_by("-pk")[: LogEntry.objects.count() - before]
    assert len(entries) > 10
    assert {e.actor_id for e in entries} == {reform.secretary.pk}


def test_a_failure_midway_leaves_nothing_changed(reform):
    # A chair whose party is not one of the forum's: ending the seat fails its validation.
    Membership.objects.create(
        forum=reform.theme,
        person=reform.running.owner_forum.memberships.first().person,
        role=Membership.Role.CHAIR,
        party=None,
        starts_on=datetime.date(2023, 1, 1),
    )
    before = snapshot()
    with pytest.raises(ValidationError):
        run_transition(plan(reform), reform.secretary)
    assert snapshot() == before


def test_running_twice_is_refused(reform):
    run_transition(plan(reform), reform.secretary)
    with pytest.raises(ValidationError) as refused:
        run_transition(plan(reform), reform.secretary)
    assert "Midtklyngen" in " ".join(refused.value.messages)
    assert OrganisationalChange.objects.count() == 1


def test_a_new_council_is_created_with_its_parties(reform):
    parties = ("Viborg Kommune", "Hospitalsenhed Midt")
    new = NewCouncil("Sundhedsråd Vest", "sundhedsraad-vest", "midtjylland", parties)
    change = run_transition(plan(reform, successor="", new_council=new), None)
    council = change.successor_bodies.get()
    assert (council.kind, council.valid_from) == ("council", datetime.date(2027, 1, 1))
    assert sorted(p.name for p in council.parties.all()) == sorted(parties)
    assert change.recorded_by is None
    assert Membership.objects.filter(forum__cluster=council, person__name="Jonas Dahl").exists()


def test_work_of_an_ended_forum_goes_to_the_receiving_forum(reform):
    fora = {
        reform.steering.slug: ForumChoice("end"),
        reform.theme.slug: ForumChoice("end"),
    }
    change = run_transition(
        plan(reform, fora=fora, receiving=reform.council_forum.slug), reform.secretary
    )
    assert set(Action.objects.open().values_list("forum", flat=True)) == {reform.council_forum.pk}
    assert change.report["totals"]["fora_ended"] == 2


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"successor": "midtklyngen"}, "successor", "skal være et sundhedsråd"),
        ({"ending": ("ukendt",)}, "ending", "ukendt"),
        ({"takes_effect_on": datetime.date(2026, 6, 1)}, "successor", "findes ikke"),
        ({"fora": {}}, "fora", "Vælg"),
    ],
)
def test_a_plan_that_does_not_hold_is_refused_at_the_field(reform, changes, field, message):
    with pytest.raises(ValidationError) as refused:
        preview_plan(plan(reform, **changes))
    assert field in refused.value.message_dict
    assert message in " ".join(refused.value.message_dict[field])


def test_a_chair_whose_party_the_council_lacks_is_a_problem(reform):
    reform.council.parties.remove(reform.hospital)
    listed = preview_plan(plan(reform))
    assert not listed.can_run
    assert "Jonas Dahl" in listed.problems[0]
    with pytest.raises(ValidationError):
        run_transition(plan(reform), reform.secretary)
    assert OrganisationalChange.objects.count() == 0


def test_a_meeting_planned_after_the_day_must_be_moved_or_cancelled_first(reform):
    starts = timezone.make_aware(datetime.datetime(2027, 2, 4, 9))
    Meeting.objects.create(
        forum=reform.theme, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2)
    )
    listed = preview_plan(plan(reform))
    assert not listed.can_run
    assert reform.theme.name in listed.problems[0]
    assert "4. februar 2027" in listed.problems[0]
    with pytest.raises(ValidationError):
        run_transition(plan(reform), reform.secretary)
    assert OrganisationalChange.objects.count() == 0


def test_a_carried_forum_reports_to_what_carries_on_its_superior(reform):
    data = plan(reform).to_json()
    data["fora"][reform.theme.slug] = {"choice": "carry", "seats": "reseat"}
    data |= {"note": "Navne fra en tredjepartskilde.", "source": "https://example.dk/kilde"}
    change = run_transition(TransitionPlan.from_json(data), reform.secretary)
    steering = Forum.objects.get(continues=reform.steering)
    assert Forum.objects.get(continues=reform.theme).reports_to == steering
    assert (change.note, change.source) == ("Navne fra en tredjepartskilde.", data["source"])


def test_born_seats_in_other_fora_follow_the_seats_they_come_from(reform):
    kept = reform.steering.memberships.get(person__name="Kristine Stange")
    ended = reform.theme.memberships.get(person__name="Anne Psykiater")
    for via in (kept, ended):
        MembershipFactory(
            forum=reform.committee, person=via.person, party=via.party, ex_officio_via=via
        )
    listed = preview_plan(plan(reform))
    assert [(b.seat.person.name, b.kept) for b in listed.born_elsewhere] == [
        ("Anne Psykiater", False),
        ("Kristine Stange", True),
    ]
    assert listed.totals()["born_seats_elsewhere"] == 2

    run_transition(plan(reform), reform.secretary)

    day = datetime.date(2027, 1, 1)
    seats = Membership.objects.filter(forum=reform.committee).order_by("person__name", "pk")
    assert [(m.person.name, m.starts_on == day, m.ends_on) for m in seats] == [
        ("Anne Psykiater", False, day),
        ("Kristine Stange", False, day),
        ("Kristine Stange", True, None),
    ]
    carried = Membership.objects.get(forum__continues=reform.steering, person=kept.person)
    assert seats.get(starts_on=day).ex_officio_via == carried
