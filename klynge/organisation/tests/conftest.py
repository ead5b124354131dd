"""A small Midtklyngen built from seed 001's rules for the somatic theme group."""

import datetime
from dataclasses import dataclass

import pytest

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.organisation.models import Forum, Organisation

from .factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
    RuleFactory,
    TermsFactory,
)
from .lineage_world import after_reform, before_reform, reform  # noqa: F401 - shared fixtures


@dataclass
class Midt:
    cluster: object
    forum: Forum
    skive: Organisation
    viborg: Organisation
    silkeborg: Organisation
    he_midt: Organisation
    municipal_rule: object
    hospital_rule: object


@pytest.fixture
def midt(db) -> Midt:
    """Voksentemagruppen for somatik: 2-4 from each of the 3 municipalities, 5-6 from HE Midt."""
    cluster = ClusterFactory(name="Midtklyngen", slug="midtklyngen")
    skive, viborg, silkeborg = (
        OrganisationFactory(name=f"{name} Kommune") for name in ("Skive", "Viborg", "Silkeborg")
    )
    he_midt = OrganisationFactory(name="Hospitalsenhed Midt", kind=Organisation.Kind.HOSPITAL)
    cluster.parties.add(skive, viborg, silkeborg, he_midt)
    forum = ForumFactory(
        cluster=cluster, name="Voksentemagruppen for somatik", slug="midtklyngen-somatik"
    )
    terms = TermsFactory(forum=forum, title="Kommissorium for temagrupper")
    municipal_rule = RuleFactory(terms=terms, min_count=2, max_count=4, from_each=True, position=1)
    hospital_rule = RuleFactory(
        terms=terms,
        party=he_midt,
        party_kind="",
        role_text="chef-/ledelsesrepræsentanter",
        min_count=5,
        max_count=6,
        position=2,
    )
    MembershipFactory(forum=forum, party=skive, rule=municipal_rule, person__name="Trine Brøcker")
    return Midt(cluster, forum, skive, viborg, silkeborg, he_midt, municipal_rule, hospital_rule)


@pytest.fixture
def secretary(db, midt) -> User:
    user = User.objects.create_user("sekretariat", password="klynge-test-password")
    RoleAssignment.objects.create(user=user, role=Role.SECRETARIAT, cluster=midt.cluster)
    return user


@pytest.fixture
def many_members(midt):
    """Grow the forum: add members to every party."""

    def grow(n: int) -> None:
        for i in range(n):
            MembershipFactory(
                forum=midt.forum,
                party=midt.viborg,
                rule=midt.municipal_rule,
                person=PersonFactory(name=f"Medlem {i}"),
                starts_on=datetime.date(2023, 1, 1),
            )

    return grow
