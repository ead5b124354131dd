"""Add, edit and end a membership through the screens; bad input changes nothing."""

import datetime

import pytest
from django.urls import reverse

from klynge.organisation.models import Membership, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, secretary):
    client.force_login(secretary)
    return client


def add_url(midt):
    return reverse("organisation:membership_add", args=[midt.forum.slug])


def test_add_a_new_person_as_member(logged_in, midt):
    response = logged_in.post(
        add_url(midt),
        {
            "new_person_name": "Malene Herbsleb",
            "new_person_title": "sundheds- og omsorgschef",
            "new_person_email": "malene@silkeborg.dk",
            "party": midt.silkeborg.pk,
            "role": "member",
            "rule": midt.municipal_rule.pk,
            "starts_on": "2024-01-01",
        },
    )
    assert response.status_code == 302
    seat = Membership.objects.get(person__name="Malene Herbsleb")
    assert seat.party == midt.silkeborg
    assert seat.person.organisation == midt.silkeborg


def test_end_before_start_is_refused_in_danish_and_nothing_is_saved(logged_in, midt):
    people_before = Person.objects.count()
    response = logged_in.post(
        add_url(midt),
        {
            "new_person_name": "Kristine Stange",
            "party": midt.viborg.pk,
            "role": "member",
            "starts_on": "2024-05-01",
            "ends_on": "2024-04-01",
        },
    )
    assert response.status_code == 200
    assert "Slutdatoen skal ligge efter startdatoen." in response.content.decode()
    assert Person.objects.count() == people_before
    assert not Membership.objects.filter(person__name="Kristine Stange").exists()


def test_person_twice_in_the_same_forum_is_refused(logged_in, midt):
    trine = Person.objects.get(name="Trine Brøcker")
    response = logged_in.post(
        add_url(midt),
        {"person": trine.pk, "party": midt.skive.pk, "role": "member", "starts_on": "2024-01-01"},
    )
    assert response.status_code == 200
    assert "har allerede en plads i dette forum" in response.content.decode()
    assert Membership.objects.filter(person=trine).count() == 1


def test_neither_person_nor_name(logged_in, midt):
    response = logged_in.post(add_url(midt), {"party": midt.skive.pk, "role": "member"})
    assert "Vælg en person, eller skriv navnet på en ny person." in response.content.decode()


def test_chair_from_outside_the_forum_is_refused(logged_in, midt):
    response = logged_in.post(
        add_url(midt),
        {"new_person_name": "Uden Part", "role": "chair", "starts_on": "2024-01-01"},
    )
    assert "En formand skal være medlem" in response.content.decode()
    assert not Person.objects.filter(name="Uden Part").exists()


def test_bad_date_is_refused(logged_in, midt):
    response = logged_in.post(
        add_url(midt),
        {
            "new_person_name": "X",
            "party": midt.skive.pk,
            "role": "member",
            "starts_on": "31.02.2024",
        },
    )
    assert "Indtast en gyldig dato." in response.content.decode()


def test_edit_a_membership(logged_in, midt):
    seat = Membership.objects.get(person__name="Trine Brøcker")
    url = reverse("organisation:membership_edit", args=[midt.forum.slug, seat.pk])
    assert logged_in.get(url).status_code == 200
    response = logged_in.post(
        url,
        {
            "person": seat.person.pk,
            "party": midt.skive.pk,
            "role": "co_chair",
            "rule": midt.municipal_rule.pk,
            "starts_on": "2023-01-01",
        },
    )
    assert response.status_code == 302
    seat.refresh_from_db()
    assert seat.role == Membership.Role.CO_CHAIR


def test_end_a_membership_after_confirmation(logged_in, midt):
    seat = Membership.objects.get(person__name="Trine Brøcker")
    url = reverse("organisation:membership_end", args=[midt.forum.slug, seat.pk])
    page = logged_in.get(url).content.decode()
    assert "slettes ikke" in page
    response = logged_in.post(url, {"ends_on": "2025-01-01"})
    assert response.status_code == 302
    seat.refresh_from_db()
    assert seat.ends_on == datetime.date(2025, 1, 1)


def test_end_before_start_is_refused(logged_in, midt):
    seat = Membership.objects.get(person__name="Trine Brøcker")
    url = reverse("organisation:membership_end", args=[midt.forum.slug, seat.pk])
    response = logged_in.post(url, {"ends_on": "2022-01-01"})
    assert "Slutdatoen skal ligge efter startdatoen." in response.content.decode()
    seat.refresh_from_db()
    assert seat.ends_on is None


def test_get_does_not_end_anything(logged_in, midt):
    seat = Membership.objects.get(person__name="Trine Brøcker")
    logged_in.get(reverse("organisation:membership_end", args=[midt.forum.slug, seat.pk]))
    seat.refresh_from_db()
    assert seat.ends_on is None
