"""A steering group with two co-chairs, a secretary and members, and a planned meeting."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Forum, Membership, Organisation, Person
from klynge.organisation.tests.factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
)

PASSWORD = "klynge-test-password"


@dataclass
class Steering:
    forum: Forum
    hospital: Organisation
    viborg: Organisation
    hospital_chair: Person
    municipal_chair: Person
    member: Person
    meeting: Meeting
    secretary_user: User
    chair_user: User
    co_chair_user: User
    member_user: User


def aware(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


DAY = datetime.date(2026, 12, 10)


@pytest.fixture
def steering(db) -> Steering:
    cluster = ClusterFactory(name="Midtklyngen", slug="midtklyngen")
    hospital = OrganisationFactory(name="Hospitalsenhed Midt", kind=Organisation.Kind.HOSPITAL)
    viborg = OrganisationFactory(name="Viborg Kommune")
    cluster.parties.add(hospital, viborg)
    forum = ForumFactory(
        cluster=cluster,
        name="Klyngestyregruppen",
        slug="midtklyngen-klyngestyregruppe",
        kind=Forum.Kind.STEERING,
    )
    start = datetime.date(2023, 1, 1)
    hospital_chair = PersonFactory(name="Jonas Dahl", title="hospitalsdirektør")
    municipal_chair = PersonFactory(name="Mette Andreassen", title="direktør")
    member = PersonFactory(name="Kristine Stange", title="sundhedschef")
    MembershipFactory(
        forum=forum,
        person=hospital_chair,
        party=hospital,
        role=Membership.Role.CO_CHAIR,
        starts_on=start,
    )
    MembershipFactory(
        forum=forum,
        person=municipal_chair,
        party=viborg,
        role=Membership.Role.CO_CHAIR,
        starts_on=start,
    )
    MembershipFactory(forum=forum, person=member, party=viborg, starts_on=start)
    meeting = services.create_meeting(
        forum,
        starts_at=aware(DAY, 8, 30),
        ends_at=aware(DAY, 11, 30),
        place="Mødelokale 303+304, Regionshospitalet Viborg",
        leader=municipal_chair,
    )
    secretary_user = User.objects.create_user("sekretariat", password=PASSWORD)
    RoleAssignment.objects.create(user=secretary_user, role=Role.SECRETARIAT, cluster=cluster)
    chair_user = User.objects.create_user("jonas", password=PASSWORD, person=hospital_chair)
    co_chair_user = User.objects.create_user("mette", password=PASSWORD, person=municipal_chair)
    member_user = User.objects.create_user("kristine", password=PASSWORD, person=member)
    return Steering(
        forum,
        hospital,
        viborg,
        hospital_chair,
        municipal_chair,
        member,
        meeting,
        secretary_user,
        chair_user,
        co_chair_user,
        member_user,
    )


def add_item(
    meeting, title, kind=AgendaItem.Kind.DECISION, minutes=10, recommendations=(), **fields
):
    item = AgendaItem(meeting=meeting, title=title, kind=kind, duration_minutes=minutes, **fields)
    return services.save_item(item, list(recommendations))
