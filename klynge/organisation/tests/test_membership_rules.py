"""The rules a seat must follow, decided on the model."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from klynge.organisation import services
from klynge.organisation.models import Membership

from .factories import ForumFactory, MembershipFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_end_must_be_after_start(midt):
    seat = Membership(
        forum=midt.forum,
        person=PersonFactory(),
        party=midt.skive,
        starts_on=datetime.date(2024, 5, 1),
        ends_on=datetime.date(2024, 5, 1),
    )
    with pytest.raises(ValidationError) as error:
        seat.full_clean()
    assert "ends_on" in error.value.message_dict


def test_same_person_cannot_hold_the_same_seat_twice(midt):
    first = Membership.objects.get(forum=midt.forum)
    again = Membership(
        forum=midt.forum, person=first.person, party=midt.skive, starts_on=datetime.date(2024, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        again.full_clean()
    assert "person" in error.value.message_dict


def test_the_same_seat_again_after_the_first_ended(midt):
    first = Membership.objects.get(forum=midt.forum)
    services.end_membership(first, datetime.date(2024, 1, 1))
    again = Membership(
        forum=midt.forum, person=first.person, party=midt.skive, starts_on=datetime.date(2024, 1, 1)
    )
    again.full_clean()


def test_chair_must_represent_a_party_of_the_forum(midt):
    outsider = OrganisationFactory(name="Aarhus Kommune")
    chair = Membership(
        forum=midt.forum, person=PersonFactory(), party=outsider, role=Membership.Role.CO_CHAIR
    )
    with pytest.raises(ValidationError) as error:
        chair.full_clean()
    assert "party" in error.value.message_dict
    chair.party = midt.viborg
    chair.full_clean()


def test_seat_rule_must_fit_the_party(midt):
    seat = Membership(
        forum=midt.forum, person=PersonFactory(), party=midt.skive, rule=midt.hospital_rule
    )
    with pytest.raises(ValidationError) as error:
        seat.full_clean()
    assert "rule" in error.value.message_dict


def test_ending_a_chair_ends_the_born_seat(midt):
    person = PersonFactory(name="Helle Trangbæk")
    steering = ForumFactory(cluster=midt.cluster, name="Klyngestyregruppen", slug="styregruppe")
    chair = MembershipFactory(
        forum=midt.forum, person=person, party=midt.skive, role=Membership.Role.CO_CHAIR
    )
    born = MembershipFactory(forum=steering, person=person, party=midt.skive, ex_officio_via=chair)
    ended = services.end_membership(chair, datetime.date(2025, 6, 1))
    born.refresh_from_db()
    assert born.ends_on == datetime.date(2025, 6, 1)
    assert {m.pk for m in ended} == {chair.pk, born.pk}


def test_born_seat_must_be_the_same_persons(midt):
    chair = MembershipFactory(forum=midt.forum, party=midt.skive, role=Membership.Role.CO_CHAIR)
    steering = ForumFactory(cluster=midt.cluster, slug="styregruppe")
    other = Membership(forum=steering, person=PersonFactory(), ex_officio_via=chair)
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "ex_officio_via" in error.value.message_dict


def test_only_one_contact_person(midt):
    first = Membership.objects.get(forum=midt.forum)
    first.is_contact = True
    services.save_membership(first)
    second = MembershipFactory(forum=midt.forum, party=midt.viborg)
    second.is_contact = True
    services.save_membership(second)
    assert list(midt.forum.memberships.filter(is_contact=True)) == [second]


def test_active_on():
    seat = Membership(starts_on=datetime.date(2023, 1, 1), ends_on=datetime.date(2024, 1, 1))
    assert seat.is_active_on(datetime.date(2023, 12, 31))
    assert not seat.is_active_on(datetime.date(2024, 1, 1))
    assert not seat.is_active_on(datetime.date(2022, 12, 31))
