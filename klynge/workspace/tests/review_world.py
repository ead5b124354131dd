"""A steering group's meeting ready for a review round and the participants' approval.

Built on the meetings' ``steering`` fixture: two co-chairs (jonas, mette), a member (kristine,
excluded from the closed item), a member who sent apologies (ole) and his substitute (sara), a
guest without a login, a reader of the cluster (laeser) and the cluster's secretariat.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.template import Context, Template
from django.test import RequestFactory

from klynge.accounts.models import Role, User
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Attendance, Meeting
from klynge.meetings.tests.conftest import PASSWORD, Steering, add_item
from klynge.organisation.models import Person
from klynge.organisation.tests.factories import MembershipFactory, PersonFactory
from klynge.workspace.models import Comment, ReviewRound


@dataclass
class World:
    steering: Steering
    open_item: AgendaItem
    closed_item: AgendaItem
    absent: Person
    substitute: Person
    guest: Person
    absent_user: User
    substitute_user: User
    reader_user: User

    @property
    def meeting(self) -> Meeting:
        return self.steering.meeting

    @property
    def chairs(self) -> list[Person]:
        return [self.steering.hospital_chair, self.steering.municipal_chair]


def build(steering: Steering, participants_approve: bool = True) -> World:
    """The meeting with an agenda in preparation: an open and a closed item, the member excluded
    from the closed one; Ole sends apologies with Sara as substitute; a guest is added."""
    forum = steering.forum
    forum.participants_approve_minutes = participants_approve
    forum.save(update_fields=["participants_approve_minutes"])
    absent = PersonFactory(name="Ole Olsen", email="ole@viborg.example.dk")
    MembershipFactory(
        forum=forum, person=absent, party=steering.viborg, starts_on=datetime.date(2023, 1, 1)
    )
    services.invite_members(steering.meeting)
    substitute = PersonFactory(name="Sara Stedfortræder", email="sara@viborg.example.dk")
    guest = PersonFactory(name="Gitte Gæst", email="gitte@example.dk")
    open_item = add_item(steering.meeting, "Status på akutteam")
    closed_item = add_item(steering.meeting, "Personsag", closed=True)
    services.set_exclusions(closed_item, [steering.member])
    apology = Attendance.objects.get(meeting=steering.meeting, person=absent)
    services.record_apology(apology, substitute=substitute)
    services.add_guest(steering.meeting, guest, open_item, "oplægsholder")
    absent_user = User.objects.create_user("ole", password=PASSWORD, person=absent)
    substitute_user = User.objects.create_user("sara", password=PASSWORD, person=substitute)
    substitute_user.roles.create(role=Role.MEMBER, forum=forum)
    reader_user = User.objects.create_user("laeser", password=PASSWORD)
    reader_user.roles.create(role=Role.READER, cluster=forum.cluster)
    for user, person in [
        (steering.chair_user, steering.hospital_chair),
        (steering.co_chair_user, steering.municipal_chair),
        (steering.member_user, steering.member),
    ]:
        person.email = f"{user.username}@example.dk"
        person.save(update_fields=["email"])
    return World(
        steering,
        open_item,
        closed_item,
        absent,
        substitute,
        guest,
        absent_user,
        substitute_user,
        reader_user,
    )


def to_minutes_draft(world: World) -> None:
    """Publish the agenda, hold the meeting and write minutes for each item."""
    meeting = world.meeting
    services.publish_agenda(meeting)
    services.hold_meeting(meeting)
    for item in (world.open_item, world.closed_item):
        services.record_minutes(item, f"Referat af {item.title}.", "", [])
    meeting.refresh_from_db()


def approve_by_chairs(world: World) -> None:
    for chair in world.chairs:
        services.approve_minutes(world.meeting, chair)
    world.meeting.refresh_from_db()


def comment(
    item: AgendaItem, user: User, text: str, review_round: ReviewRound | None, **fields: object
) -> Comment:
    return Comment.objects.create(
        item=item, author=user, text=text, review_round=review_round, **fields
    )


def render(source: str, user: User, **context: object) -> str:
    """A template with the review tags, rendered for the user as the meeting page would."""
    request = RequestFactory().get("/arbejde/moeder/")
    request.user = user
    template = Template("{% load review_tags %}" + source)
    return template.render(Context({"request": request, **context}))
