"""What a caller of the API may read, as querysets: the bulk shape of the access policy.

Anonymous callers get exactly what klynge.publish.visibility makes public. A signed-in caller
(session or token) gets that too, plus what klynge.accounts.permissions lets them read; the
policy decides, this module only applies its filters to each kind of object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from klynge.accounts.permissions import (
    ALL,
    ForumIds,
    readable_actions,
    readable_fora,
    readable_items,
    within,
)
from klynge.followup.models import Action
from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting
from klynge.organisation.models import Forum, Membership, Person, TermsOfReference
from klynge.portfolio.models import Agreement, Fund, Implementation, Initiative
from klynge.publish import visibility


@dataclass(frozen=True)
class Access:
    """The caller, and the fora the policy lets them read (ALL: every forum)."""

    user: Any
    fora: ForumIds

    @classmethod
    def of(cls, user: Any) -> Access:
        return cls(user, readable_fora(user))

    @property
    def signed_in(self) -> bool:
        return bool(self.user.is_authenticated)

    def reads_forum(self, forum_id: int) -> bool:
        return self.fora is ALL or forum_id in self.fora

    def in_fora(self, path: str) -> Q:
        """The rows whose forum (at `path`) the caller reads."""
        return within(self.fora, path)


def fora(access: Access) -> QuerySet[Forum]:
    if access.fora is ALL:
        return Forum.objects.all()
    return visibility.public_fora() | Forum.objects.filter(access.in_fora("pk"))


def meetings(access: Access) -> QuerySet[Meeting]:
    if access.fora is ALL:
        return Meeting.objects.all()
    return visibility.public_meetings() | Meeting.objects.filter(access.in_fora("forum_id"))


def items(access: Access) -> QuerySet[AgendaItem]:
    if not access.signed_in:
        return visibility.public_items()
    inside = AgendaItem.objects.filter(readable_items(access.user))
    return visibility.public_items() | inside


def decisions(access: Access) -> QuerySet[Decision]:
    if not access.signed_in:
        return visibility.public_decisions()
    inside = Decision.objects.filter(readable_items(access.user, "item"))
    return visibility.public_decisions() | inside


def attachments(access: Access) -> QuerySet[Attachment]:
    if not access.signed_in:
        return visibility.public_attachments()
    inside = Attachment.objects.filter(readable_items(access.user, "item"))
    return visibility.public_attachments() | inside


def memberships(access: Access) -> QuerySet[Membership]:
    if access.fora is ALL:
        return Membership.objects.all()
    return visibility.public_memberships() | Membership.objects.filter(access.in_fora("forum_id"))


def people(access: Access) -> QuerySet[Person]:
    if access.fora is ALL:
        return Person.objects.all()
    if not access.signed_in:
        return visibility.public_people()
    seated = Membership.objects.filter(access.in_fora("forum_id"), person=OuterRef("pk"))
    own = Q(pk=access.user.person_id) if access.user.person_id else Q(pk__in=[])
    return visibility.public_people() | Person.objects.filter(Exists(seated) | own)


def contact_visible(access: Access) -> Exists | Q:
    """An annotation: may the caller see the person's e-mail and phone without their consent?

    The list form of klynge.accounts.permissions.can_view_person (a seat, past or present, in a
    forum the caller reads; or the caller's own person), in one query for a whole page.
    """
    if access.fora is ALL:
        return Q(pk__isnull=False)
    if not access.signed_in:
        return Q(pk__in=[])
    seated = Membership.objects.filter(access.in_fora("forum_id"), person=OuterRef("pk"))
    if access.user.person_id:
        return Exists(seated) | Q(pk=access.user.person_id)
    return Exists(seated)


def terms(access: Access) -> QuerySet[TermsOfReference]:
    if access.fora is ALL:
        return TermsOfReference.objects.all()
    return visibility.public_terms() | TermsOfReference.objects.filter(access.in_fora("forum_id"))


def initiatives(access: Access) -> QuerySet[Initiative]:
    if access.fora is ALL:
        return Initiative.objects.all()
    return visibility.public_initiatives() | Initiative.objects.filter(
        access.in_fora("owner_forum_id")
    )


def funds(access: Access) -> QuerySet[Fund]:
    """Funds are not on the public site: readers of the governing forum only."""
    if not access.signed_in:
        return Fund.objects.none()
    return Fund.objects.filter(access.in_fora("owner_forum_id"))


def agreements(access: Access) -> QuerySet[Agreement]:
    """As the portfolio pages decide: whoever reads the steering forum or an implementing one."""
    if not access.signed_in:
        return Agreement.objects.none()
    if access.fora is ALL:
        return Agreement.objects.all()
    implementing = Implementation.objects.filter(
        agreement=OuterRef("pk"), implementing_forum_id__in=access.fora
    )
    return Agreement.objects.filter(Q(steering_forum_id__in=access.fora) | Exists(implementing))


def actions(access: Access) -> QuerySet[Action]:
    """Actions of the fora the caller reads, and those they are responsible for; an action on a
    closed item only where the caller sees the forum's closed items."""
    if not access.signed_in:
        return Action.objects.none()
    return Action.objects.filter(readable_actions(access.user))
