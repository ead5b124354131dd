"""The demo built from the seeds: the facts a walk-through relies on, and idempotency."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from klynge.accounts.models import RoleAssignment, User
from klynge.demo.build import COUNTED
from klynge.organisation import queries
from klynge.organisation.models import (
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    Organisation,
)

STEERING = "midtklyngen-klyngestyregruppe"
LAST_CLUSTER_DAY = datetime.date(2026, 12, 31)
REFORM_DAY = datetime.date(2027, 1, 1)


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """Build the demo once for the module, inside a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(DEMO=True):
        out = StringIO()
        call_command("build_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


@pytest.mark.django_db
def test_goedstrupklyngen_has_six_municipalities(demo):
    cluster = Cluster.objects.get(slug="goedstrupklyngen")
    municipalities = cluster.parties.filter(kind=Organisation.Kind.MUNICIPALITY)
    assert municipalities.count() == 6
    assert cluster.parties.filter(name="Hospitalsenhed Gødstrup").exists()


@pytest.mark.django_db
def test_mette_andreassen_is_municipal_co_chair_of_the_steering_group(demo):
    membership = Membership.objects.current().get(
        forum__slug=STEERING, person__name="Mette Andreassen"
    )
    assert membership.role == Membership.Role.CO_CHAIR
    assert membership.party.name == "Viborg Kommune"
    assert membership.rule is not None


@pytest.mark.django_db
def test_hospital_co_chair_and_earlier_municipal_co_chair(demo):
    chairs = Membership.objects.current().filter(
        forum__slug=STEERING, role=Membership.Role.CO_CHAIR
    )
    assert {m.person.name for m in chairs} == {"Jonas Dahl", "Mette Andreassen"}
    earlier = Membership.objects.get(
        forum__slug=STEERING, person__name="Lauge Clemmensen", role=Membership.Role.CO_CHAIR
    )
    assert earlier.ends_on.isoformat() == "2022-09-16"


@pytest.mark.django_db
def test_claus_broeckner_nielsen_is_a_member(demo):
    membership = Membership.objects.get(forum__slug=STEERING, person__name="Claus Brøckner Nielsen")
    assert membership.person.title == "lægefaglig direktør"
    assert membership.party.name == "Hospitalsenhed Midt"


@pytest.mark.django_db
def test_secretaries_hold_consultant_seats_with_contact_details(demo):
    gimm = Membership.objects.get(forum__slug=STEERING, person__name="Katrine Gimm")
    kvist = Membership.objects.get(forum__slug=STEERING, person__name="Mette Kvist")
    assert gimm.rule.role_text == "konsulent/sekretariat" and gimm.is_contact
    assert gimm.person.email == "kataim@rm.dk" and gimm.person.phone == "7844 1416"
    assert kvist.person.email == "mkvi@viborg.dk" and not kvist.is_contact


@pytest.mark.django_db
def test_theme_group_chair_is_born_member_of_the_steering_group(demo):
    steering_seat = Membership.objects.get(forum__slug=STEERING, person__name="Helle Trangbæk")
    via = steering_seat.ex_officio_via
    assert via.forum.slug == "midtklyngen-temagruppen-boern-unge-familie"
    assert via.role == Membership.Role.CO_CHAIR
    assert via.party.name == "Skive Kommune"


@pytest.mark.django_db
def test_steering_group_has_composition_rules(demo):
    terms = Forum.objects.get(slug=STEERING).terms.get(version=1)
    assert terms.approved_on.isoformat() == "2023-06-07"
    assert terms.status == terms.Status.SUPERSEDED  # by the council's copy from 2027
    assert terms.superseded_on.isoformat() == "2027-01-01"
    rules = CompositionRule.objects.filter(terms=terms)
    assert rules.count() >= 15
    assert rules.filter(
        party_kind=Organisation.Kind.MUNICIPALITY, role_text="direktør", from_each=True
    ).exists()
    assert rules.filter(party__name="Hospitalsenhed Midt", role_text="direktør").exists()


@pytest.mark.django_db
def test_steering_group_composition_check(demo):
    lines = queries.composition_check(queries.forum_page_data(STEERING))
    assert any(line.met for line in lines)
    assert any(line.who == "Skive Kommune" and line.role_text == "direktør" for line in lines)


@pytest.mark.django_db
def test_somatic_theme_group_wants_two_to_four_from_each_municipality(demo):
    terms = Forum.objects.get(slug="midtklyngen-voksentemagruppen-somatik").current_terms()
    rule = terms.rules.get(party_kind=Organisation.Kind.MUNICIPALITY, from_each=True)
    assert (rule.min_count, rule.max_count) == (2, 4)
    assert rule.role_text == "chef-/lederrepræsentanter"


@pytest.mark.django_db
def test_foedeplanudvalget_has_one_network_per_midt_cluster(demo):
    committee = Forum.objects.get(slug="midtjylland-foedeplanudvalget")
    assert committee.cluster is None
    networks = committee.reporting_fora.filter(kind=Forum.Kind.IMPLEMENTATION)
    for kind, day in [(Cluster.Kind.CLUSTER, LAST_CLUSTER_DAY), (Cluster.Kind.COUNCIL, REFORM_DAY)]:
        bodies = Cluster.objects.filter(region__slug="midtjylland", kind=kind)
        assert all(body.exists_on(day) for body in bodies)
        of_kind = networks.filter(cluster__kind=kind)
        assert of_kind.count() == 5
        assert {n.cluster_id for n in of_kind} == set(bodies.values_list("pk", flat=True))
    terms = networks.get(slug="midtklyngen-implementeringsnetvaerk-amning").terms.get(version=1)
    assert terms.approved_on.isoformat() == "2023-10-30"


@pytest.mark.django_db
def test_lillebaelt_strategic_level_has_seed_004s_participants(demo):
    forum = Forum.objects.get(slug="lillebaelt-fagligt-strategisk-niveau")
    names = set(forum.memberships.values_list("person__name", flat=True))
    assert {"Hanne Andersen", "Kurt Æbelø", "Helene Smet", "Irene Rossavik"} <= names
    assert forum.memberships.count() == 14


@pytest.mark.django_db
def test_soenderjylland_implementation_groups_decide_by_consensus(demo):
    groups = Forum.objects.filter(cluster__slug="soenderjylland", kind=Forum.Kind.IMPLEMENTATION)
    assert groups.count() >= 2
    for group in groups:
        assert group.decision_rule == Forum.DecisionRule.CONSENSUS
        assert group.reports_to.slug == "soenderjylland-fagligt-strategisk-niveau"
        assert group.current_terms().pre_approved_on.isoformat() == "2022-08-30"


@pytest.mark.django_db
def test_running_twice_changes_no_counts(demo):
    before = {label: model.objects.count() for label, model in COUNTED}
    users = (User.objects.count(), RoleAssignment.objects.count())
    call_command("build_demo", stdout=StringIO())
    assert {label: model.objects.count() for label, model in COUNTED} == before
    assert (User.objects.count(), RoleAssignment.objects.count()) == users


@pytest.mark.django_db
def test_demo_logins_printed_only_in_demo_mode(demo, settings):
    assert "klynge-demo" in demo and "formand" in demo
    assert User.objects.get(username="formand").check_password("klynge-demo")
    settings.DEMO = False
    out = StringIO()
    call_command("build_demo", stdout=out)
    assert "klynge-demo" not in out.getvalue()
