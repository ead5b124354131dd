"""The composition check on seed 001's rules for Voksentemagruppen for somatik."""

import datetime

import pytest

from klynge.organisation import queries
from klynge.organisation.models import Membership

from .factories import MembershipFactory

pytestmark = pytest.mark.django_db


def check_lines(forum):
    return {
        (line.who, line.role_text): line
        for line in queries.composition_check(queries.forum_page_data(forum.slug))
    }


def test_one_line_per_municipality_and_one_for_the_hospital(midt):
    lines = check_lines(midt.forum)
    assert set(lines) == {
        ("Silkeborg Kommune", "chef-/lederrepræsentanter"),
        ("Skive Kommune", "chef-/lederrepræsentanter"),
        ("Viborg Kommune", "chef-/lederrepræsentanter"),
        ("Hospitalsenhed Midt", "chef-/ledelsesrepræsentanter"),
    }
    skive = lines[("Skive Kommune", "chef-/lederrepræsentanter")]
    assert (skive.count, skive.wanted, skive.met) == (1, "2–4", False)


def test_a_second_skive_member_meets_the_rule(midt):
    MembershipFactory(forum=midt.forum, party=midt.skive, rule=midt.municipal_rule)
    skive = check_lines(midt.forum)[("Skive Kommune", "chef-/lederrepræsentanter")]
    assert skive.count == 2
    assert skive.met


def test_five_over_the_maximum_is_too_many(midt):
    for _ in range(4):
        MembershipFactory(forum=midt.forum, party=midt.skive, rule=midt.municipal_rule)
    skive = check_lines(midt.forum)[("Skive Kommune", "chef-/lederrepræsentanter")]
    assert skive.count == 5
    assert skive.too_many and not skive.met


def test_ended_memberships_and_secretaries_do_not_count(midt):
    MembershipFactory(
        forum=midt.forum,
        party=midt.skive,
        rule=midt.municipal_rule,
        ends_on=datetime.date(2023, 6, 1),
    )
    MembershipFactory(
        forum=midt.forum,
        party=midt.skive,
        rule=midt.municipal_rule,
        role=Membership.Role.SECRETARY,
    )
    assert check_lines(midt.forum)[("Skive Kommune", "chef-/lederrepræsentanter")].count == 1


def test_no_terms_means_no_lines(db):
    forum = MembershipFactory().forum
    assert queries.composition_check(queries.forum_page_data(forum.slug)) == []
