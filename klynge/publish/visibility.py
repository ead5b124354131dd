"""What everyone may read without logging in: the one rule for the public site, feeds, API, OParl.

A forum is public unless the secretariat has taken it off the public site. Of a public forum's
meetings everyone sees the date, time and place; the agenda's open items once the agenda is
published; the minutes and decisions of open items once the minutes are published. Closed items
never appear, not even their titles. Members show name, title and organisation; e-mail and phone
only with the person's consent.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting, Recommendation
from klynge.organisation.models import Forum, Membership, Person, TermsOfReference
from klynge.portfolio.models import Initiative


def public_fora() -> QuerySet[Forum]:
    return Forum.objects.filter(public=True)


def public_meetings() -> QuerySet[Meeting]:
    """Every meeting of a public forum: its date, time and place are public from the start."""
    return Meeting.objects.filter(forum__public=True)


def agenda_is_public(meeting: Meeting) -> bool:
    return meeting.forum.public and meeting.agenda_published_at is not None


def minutes_are_public(meeting: Meeting) -> bool:
    return meeting.forum.public and meeting.minutes_published_at is not None


def public_items() -> QuerySet[AgendaItem]:
    """Open items of published agendas of public fora."""
    return AgendaItem.objects.filter(
        closed=False, meeting__forum__public=True, meeting__agenda_published_at__isnull=False
    )


def public_recommendations() -> QuerySet[Recommendation]:
    return Recommendation.objects.filter(item__in=public_items())


def public_decisions() -> QuerySet[Decision]:
    """Decisions on open items, once the minutes are published."""
    return Decision.objects.filter(
        item__in=public_items(), item__meeting__minutes_published_at__isnull=False
    )


def public_attachments() -> QuerySet[Attachment]:
    return Attachment.objects.filter(item__in=public_items())


def public_memberships() -> QuerySet[Membership]:
    return Membership.objects.filter(forum__public=True)


def public_people() -> QuerySet[Person]:
    """People with a seat (past or present) in a public forum."""
    seated = Membership.objects.filter(person=OuterRef("pk"), forum__public=True)
    return Person.objects.filter(Exists(seated))


def public_terms() -> QuerySet[TermsOfReference]:
    """Approved (and superseded) terms of reference of public fora; drafts stay inside."""
    shown = [TermsOfReference.Status.APPROVED, TermsOfReference.Status.SUPERSEDED]
    return TermsOfReference.objects.filter(forum__public=True, status__in=shown)


def public_initiatives() -> QuerySet[Initiative]:
    """Initiatives owned by a public forum."""
    return Initiative.objects.filter(owner_forum__public=True)


def public_contact(person: Person) -> dict[str, str]:
    """The e-mail and phone the public may see: only with the person's consent."""
    if not person.contact_public:
        return {}
    contact = {"email": person.email, "phone": person.phone}
    return {key: value for key, value in contact.items() if value}
