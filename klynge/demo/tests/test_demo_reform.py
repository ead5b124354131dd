"""The demo's reform of 1 January 2027: Region Østdanmark, the councils, and the transition that
carries each cluster's open work into its council while its past stays as it was."""

import datetime
from collections import Counter
from dataclasses import dataclass
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from klynge.demo.build import COUNTED, build_seeds
from klynge.demo.meeting_cycle import silent_mail
from klynge.demo.reform_councils import COUNCILS
from klynge.followup.models import Action, BacklogItem
from klynge.meetings import document, queries
from klynge.meetings.models import DocumentVersion, Meeting
from klynge.organisation.models import (
    Carryover,
    Cluster,
    Forum,
    Membership,
    Organisation,
    OrganisationalChange,
    Region,
    TermsOfReference,
)
from klynge.portfolio.models import Fund

REFORM_DAY = datetime.date(2027, 1, 1)
LAST_DAY = datetime.date(2026, 12, 31)
STEERING = "midtklyngen-klyngestyregruppe"
MIDT = "sundhedsraad-midt"
KR = 100


@dataclass(frozen=True)
class Before:
    """What the seeds held before the reform."""

    versions: dict[tuple[str, int], object]
    minutes_html: str
    meeting: tuple
    open_actions: dict[int, int]  # action → forum
    waiting: dict[int, int]  # backlog item → forum
    grants: int


def _midtklyngen_meeting() -> Meeting:
    return Meeting.objects.get(forum__slug=STEERING, starts_at__date=datetime.date(2023, 6, 7))


def _minutes_html(meeting: Meeting) -> str:
    return document.render_html(document.build(queries.load_meeting(meeting.pk)), True, 2)


def _meeting_facts(meeting: Meeting) -> tuple:
    decisions = sorted(
        (d.pk, d.outcome, d.text) for item in meeting.items.all() for d in item.decisions.all()
    )
    return (meeting.forum_id, meeting.state, meeting.starts_at, decisions)


def _snapshot() -> Before:
    meeting = _midtklyngen_meeting()
    return Before(
        versions={(v.kind, v.number): v.content for v in meeting.versions.all()},
        minutes_html=_minutes_html(meeting),
        meeting=_meeting_facts(meeting),
        open_actions=dict(Action.objects.open().values_list("pk", "forum_id")),
        waiting=dict(
            BacklogItem.objects.filter(status=BacklogItem.Status.WAITING).values_list(
                "pk", "forum_id"
            )
        ),
        grants=sum(Fund.objects.values_list("granted_ore", flat=True)),
    )


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """The seeds, a snapshot of them, then `manage.py build_demo` (the reform on top), inside a
    transaction rolled back at the module's end."""
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(DEMO=True):
        with silent_mail():
            build_seeds()
        before = _snapshot()
        call_command("build_demo", stdout=StringIO())
        yield before
        transaction.set_rollback(True)


@pytest.fixture
def before(built, db):
    return built


def _trail(record: object) -> Carryover:
    model = type(record)._meta.model_name
    return Carryover.objects.get(content_type__model=model, source_id=record.pk)


@pytest.mark.django_db
def test_region_oestdanmark_succeeds_hovedstaden_and_sjaelland(before):
    oest = Region.objects.get(name="Region Østdanmark")
    assert oest.valid_from == REFORM_DAY and oest.valid_to is None
    ending = Region.objects.filter(slug__in=["hovedstaden", "sjaelland"])
    assert {r.valid_to for r in ending} == {LAST_DAY}
    merger = OrganisationalChange.objects.get(kind=OrganisationalChange.Kind.MERGER)
    assert merger.takes_effect_on == REFORM_DAY
    assert set(merger.predecessor_regions.all()) == set(ending)
    assert list(merger.successor_regions.all()) == [oest]
    assert "Lov nr. 699 af 20. juni 2025" in merger.source
    assert "lovguiden.dk/loven/lov-om-overgangen-til-en-ny-sundhedsstruktur" in merger.source
    assert Region.objects.filter(valid_to__isnull=True).count() == 4


@pytest.mark.django_db
def test_every_cluster_is_succeeded_by_its_council(before):
    for council in COUNCILS:
        body = Cluster.objects.get(slug=council.slug)
        assert body.kind == Cluster.Kind.COUNCIL
        assert body.valid_from == REFORM_DAY and body.region.slug == council.region
        cluster = Cluster.objects.get(slug=council.cluster)
        assert cluster.valid_to == LAST_DAY
        change = OrganisationalChange.objects.get(predecessor_bodies=cluster)
        assert change.kind == OrganisationalChange.Kind.SUCCESSION
        assert list(change.successor_bodies.all()) == [body]
        assert "Eksempel" in change.note and "afpihl/sundhedsraad" in change.source
    assert not Cluster.objects.filter(kind=Cluster.Kind.CLUSTER, valid_to__isnull=True).exists()


@pytest.mark.django_db
def test_council_midt_has_the_three_municipalities_and_the_region(before):
    parties = set(Cluster.objects.get(slug=MIDT).parties.values_list("name", flat=True))
    assert {"Viborg Kommune", "Silkeborg Kommune", "Skive Kommune"} <= parties
    assert {"Region Midtjylland", "Hospitalsenhed Midt"} <= parties
    lillebaelt = Cluster.objects.get(slug="sundhedsraad-lillebaelt")
    towns = set(
        lillebaelt.parties.filter(kind=Organisation.Kind.MUNICIPALITY).values_list(
            "short_name", flat=True
        )
    )
    assert towns == {"Fredericia", "Kolding", "Middelfart", "Vejle"}
    assert "ikke afklaret" in lillebaelt.changes_in.get().note


@pytest.mark.django_db
def test_council_composition_rules_give_the_region_the_majority(before):
    forum = Forum.objects.get(slug=f"{MIDT}-sundhedsraadet")
    assert forum.kind == Forum.Kind.POLITICAL and forum.cluster.slug == MIDT
    terms = forum.terms.get(version=1)
    assert terms.status == TermsOfReference.Status.DRAFT
    regional = terms.rules.get(party__name="Region Midtjylland")
    assert (regional.min_count, regional.max_count) == (6, 6)
    municipal = terms.rules.get(party_kind=Organisation.Kind.MUNICIPALITY)
    assert municipal.from_each and municipal.min_count == 1
    for label in ("Kilde", "Tredjepartskilde", "Antagelse", "ikke verificeret", "§ 15"):
        assert label in terms.composition + terms.chairs_and_secretariat
    vest = Forum.objects.get(slug="sundhedsraad-vestjylland-sundhedsraadet").terms.get()
    assert vest.rules.get(party__name="Region Midtjylland").min_count == 7  # 6 municipalities + 1


@pytest.mark.django_db
def test_each_transition_ran_once_and_its_report_matches_its_trail(before):
    changes = OrganisationalChange.objects.filter(kind=OrganisationalChange.Kind.SUCCESSION)
    assert changes.count() == len(COUNCILS)
    for change in changes:
        totals = change.report["totals"]
        moved = Counter(change.carryovers.values_list("content_type__model", flat=True))
        assert moved["action"] == totals["actions"]
        assert moved["backlogitem"] == totals["backlog"]
        assert moved["referral"] == totals["referrals"]
        assert moved["fund"] == totals["funds"]
        assert moved["initiative"] == totals["initiatives"]
        assert moved["membership"] == totals["seats_carried"]


@pytest.mark.django_db
def test_a_second_build_changes_nothing(before):
    counts = {label: model.objects.count() for label, model in COUNTED}
    old_seat = Membership.objects.get(forum__slug=STEERING, person__name="Mette Andreassen")
    call_command("build_demo", stdout=StringIO())
    assert {label: model.objects.count() for label, model in COUNTED} == counts
    old_seat.refresh_from_db()
    assert old_seat.ends_on == REFORM_DAY  # not reopened by the seeds
    assert Forum.objects.get(slug=STEERING).terms.get().status == TermsOfReference.Status.SUPERSEDED


@pytest.mark.django_db
def test_midtklyngens_meeting_of_7_june_2023_and_its_minutes_are_unchanged(before):
    meeting = _midtklyngen_meeting()
    assert {(v.kind, v.number): v.content for v in meeting.versions.all()} == before.versions
    assert (DocumentVersion.Kind.MINUTES, 1) in before.versions
    assert _meeting_facts(meeting) == before.meeting
    assert _minutes_html(meeting) == before.minutes_html
    assert meeting.forum.cluster.slug == "midtklyngen"


@pytest.mark.django_db
def test_open_actions_wait_in_the_councils_fora_with_a_trail(before):
    assert before.open_actions
    for pk, old_forum in before.open_actions.items():
        action = Action.objects.select_related("forum__cluster").get(pk=pk)
        assert action.forum.cluster.kind == Cluster.Kind.COUNCIL
        trail = _trail(action)
        assert (trail.from_forum_id, trail.to_forum_id) == (old_forum, action.forum_id)
        assert trail.result_id == action.pk
    steering = Forum.objects.get(continues__slug=STEERING)
    assert steering.cluster.slug == MIDT
    assert steering.reports_to.slug == f"{MIDT}-sundhedsraadet"
    carried = Action.objects.open().filter(forum=steering, pk__in=before.open_actions)
    assert carried.count() == 11


@pytest.mark.django_db
def test_waiting_items_move_to_the_council(before):
    for pk, old_forum in before.waiting.items():
        item = BacklogItem.objects.select_related("forum__cluster").get(pk=pk)
        assert item.forum.cluster.kind == Cluster.Kind.COUNCIL
        assert item.forum_id != old_forum
    council = Forum.objects.get(slug="sundhedsraad-lillebaelt-sundhedsraadet")
    received = BacklogItem.objects.filter(forum=council)
    assert received.count() == 4  # the political level's points, their meeting wish dropped
    assert all(_trail(item).from_forum.slug == "lillebaelt-politisk-niveau" for item in received)
    assert not received.filter(wanted_meeting__isnull=False).exists()


@pytest.mark.django_db
def test_funds_remainder_in_the_council_and_no_krone_counted_twice(before):
    fund = Fund.objects.get(cluster__slug=MIDT)
    assert fund.granted_ore == 1_478_000 * KR
    old = Fund.objects.get(cluster__slug="midtklyngen")
    assert old.granted_ore == 6_348_000 * KR  # the grant as it was decided
    assert old.carried_on_ore == fund.granted_ore == _trail(old).amount_ore
    available = sum(fund.available_ore for fund in Fund.objects.all())
    assert available == before.grants


@pytest.mark.django_db
def test_seats_kept_from_the_first_day_of_the_council(before):
    old = Membership.objects.get(forum__slug=STEERING, person__name="Mette Andreassen")
    new = Membership.objects.get(forum__continues__slug=STEERING, person__name="Mette Andreassen")
    assert old.ends_on == REFORM_DAY and new.starts_on == REFORM_DAY
    assert new.role == Membership.Role.CO_CHAIR and new.party.name == "Viborg Kommune"
    assert new.rule is not None and new.rule.terms.forum == new.forum
    ended = Forum.objects.get(slug="midtklyngen-forbedringsteam-rygsmerter")
    assert ended.ends_on == LAST_DAY and not ended.continued_as.exists()


@pytest.mark.django_db
def test_meetings_after_the_reform_belong_to_councils(before):
    after = Meeting.objects.filter(starts_at__date__gte=REFORM_DAY)
    assert not after.exclude(forum__cluster__kind=Cluster.Kind.COUNCIL).exists()
