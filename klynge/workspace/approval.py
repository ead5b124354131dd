"""Each participant's own approval of the minutes, where the forum's rules ask for it.

Besides the chairs, whose approval makes the minutes a record (klynge.meetings.services.
approve_minutes), everyone else who attended (the minute-takers apart) approves with one click
while the minutes are in preparation or approved and not yet published. Only the secretariat
withdraws an approval; the audit trail keeps who did and when.
"""

from __future__ import annotations

from auditlog.context import set_actor
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.meetings.models import Attendance, Meeting
from klynge.meetings.services import chairs
from klynge.organisation.models import Person

from .models import ParticipantApproval

State = Meeting.State
# While the minutes are written and until they are published, participants may approve them.
OPEN_STATES = (State.MINUTES_DRAFT, State.MINUTES_APPROVED)


def attended(meeting: Meeting) -> list[Person]:
    """Everyone who attended the meeting, substitutes included, guests not, in the meeting's
    order of attendance."""
    rows = meeting.attendances.filter(status=Attendance.Status.ATTENDING, is_guest=False)
    return [attendance.person for attendance in rows.select_related("person")]


def approvers(meeting: Meeting, chair_ids: set[int] | None = None) -> list[Person]:
    """Who approves the minutes as a participant: those who attended, apart from the chairs
    (they approve as chairs) and the minute-takers (they wrote the minutes); nobody where the
    forum's rules do not ask for it."""
    if not meeting.forum.participants_approve_minutes:
        return []
    if chair_ids is None:
        chair_ids = {chair.pk for chair in chairs(meeting)}
    apart = chair_ids | set(meeting.minute_takers.values_list("pk", flat=True))
    return [person for person in attended(meeting) if person.pk not in apart]


def is_open(meeting: Meeting) -> bool:
    """Can participants approve (and the secretariat withdraw approvals) now?"""
    return meeting.state in OPEN_STATES


def _require_open(meeting: Meeting) -> None:
    if not meeting.forum.participants_approve_minutes:
        raise ValidationError(_("In this forum only the chairs approve the minutes."))
    if meeting.state == State.MINUTES_PUBLISHED:
        raise ValidationError(_("The minutes are published; approvals can no longer change."))
    if not is_open(meeting):
        raise ValidationError(_("The minutes are not yet ready for approval."))


@transaction.atomic
def approve_as_participant(
    meeting: Meeting, person: Person, user: User | None = None
) -> ParticipantApproval:
    """The participant approves the minutes; approving twice keeps the first time."""
    meeting = Meeting.objects.select_for_update().select_related("forum").get(pk=meeting.pk)
    _require_open(meeting)
    if person.pk not in {p.pk for p in approvers(meeting)}:
        raise ValidationError(
            _("Only those who attended the meeting approve the minutes as participants.")
        )
    approval, _created = ParticipantApproval.objects.get_or_create(
        meeting=meeting,
        person=person,
        defaults={"approved_at": timezone.now(), "by_user": user},
    )
    return approval


@transaction.atomic
def withdraw_participant_approval(approval: ParticipantApproval, user: User | None) -> None:
    """The secretariat withdraws an approval (given by mistake, or the minutes changed since);
    the deletion is in the audit trail with who made it."""
    meeting = (
        Meeting.objects.select_for_update().select_related("forum").get(pk=approval.meeting_id)
    )
    _require_open(meeting)
    with set_actor(user):
        approval.delete()
