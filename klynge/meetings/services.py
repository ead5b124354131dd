"""The meeting cycle's domain acts: each validates, changes state and does its side effects.

planned → agenda draft → agenda published → held → minutes draft → minutes approved →
minutes published. A published agenda and approved minutes are records: a change to them is a
correction, frozen as a new DocumentVersion with who, when and why.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.organisation.models import Forum, Membership, Person

from . import document, queries, signals
from .models import (
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    DocumentVersion,
    ItemExclusion,
    Meeting,
    MinutesApproval,
    Recommendation,
)
from .uploads import check_upload

State = Meeting.State
# The practical details the secretariat changes; the state moves only through the cycle.
DETAILS = frozenset(
    {"title", "starts_at", "ends_at", "place", "virtual_address", "booking_note", "leader"}
)


@transaction.atomic
def create_meeting(
    forum: Forum,
    *,
    minute_takers: Iterable[Person] = (),
    invite_seated: bool = True,
    **fields: object,
) -> Meeting:
    """Plan a meeting with its minute-takers and invite the forum's members as they stand on the
    day; without `invite_seated` nobody is invited (the caller names the attendees itself)."""
    meeting = Meeting(forum=forum, **fields)
    meeting.full_clean()
    meeting.save()
    meeting.minute_takers.add(*minute_takers)
    if invite_seated:
        invite_members(meeting)
    return meeting


@transaction.atomic
def update_meeting(
    meeting: Meeting, *, minute_takers: Iterable[Person] | None = None, **fields: object
) -> Meeting:
    """Change the meeting's practical details and, if given, its minute-takers. The state moves
    only through the cycle's steps, and the invitations stay as they are."""
    if unknown := fields.keys() - DETAILS:
        raise TypeError(f"Not a practical detail of a meeting: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(meeting, name, value)
    meeting.full_clean()
    meeting.save(update_fields=list(fields))
    if minute_takers is not None:
        meeting.minute_takers.set(minute_takers)
    return meeting


def invite_members(meeting: Meeting) -> list[Attendance]:
    """Invite every member seated on the meeting day who is not invited already."""
    day = meeting.local_day()
    invited = set(meeting.attendances.values_list("person_id", flat=True))
    seats = (
        Membership.objects.active_on(day)
        .filter(forum=meeting.forum_id)
        .exclude(role=Membership.Role.OBSERVER)
        .select_related("person", "party")
        .order_by("party__name", "pk")
    )
    start = meeting.attendances.aggregate(n=Max("position"))["n"] or 0
    new = []
    for position, seat in enumerate((s for s in seats if s.person_id not in invited), start + 1):
        new.append(
            Attendance(
                meeting=meeting,
                person=seat.person,
                party=seat.party,
                membership=seat,
                role_text=_role_text(seat),
                position=position,
            )
        )
        invited.add(seat.person_id)
    # Saved one by one so that each invitation is in the audit trail.
    for attendance in new:
        attendance.save()
    return new


def _role_text(seat: Membership) -> str:
    if seat.role in (Membership.Role.CHAIR, Membership.Role.CO_CHAIR):
        return str(seat.get_role_display()).lower()
    return seat.position_text


def _require_agenda_change(meeting: Meeting, reason: str) -> None:
    if meeting.agenda_is_record and not reason.strip():
        raise ValidationError(
            {"reason": _("The agenda is published; give the reason for the correction.")}
        )
    if meeting.minutes_are_record:
        raise ValidationError(_("The minutes are approved; the agenda can no longer be changed."))


def _after_agenda_change(meeting: Meeting, user: User | None, reason: str) -> None:
    if meeting.state == State.PLANNED:
        meeting.state = State.AGENDA_DRAFT
        meeting.save(update_fields=["state"])
    elif meeting.agenda_is_record:
        freeze(meeting, DocumentVersion.Kind.AGENDA, user, reason)


@transaction.atomic
def save_item(
    item: AgendaItem,
    recommendations: list[str] | None = None,
    user: User | None = None,
    reason: str = "",
) -> AgendaItem:
    """Add or change an agenda item and its numbered recommendations."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    _require_agenda_change(meeting, reason)
    if item.pk is None:
        item.position = (meeting.items.aggregate(n=Max("position"))["n"] or 0) + 1
    item.full_clean()
    item.save()
    if recommendations is not None:
        _set_recommendations(item, recommendations)
    _after_agenda_change(meeting, user, reason)
    return item


def _set_recommendations(item: AgendaItem, texts: list[str]) -> None:
    texts = [t.strip() for t in texts if t.strip()]
    existing = list(item.recommendations.all())
    for number, text in enumerate(texts, 1):
        if number <= len(existing):
            recommendation = existing[number - 1]
            if recommendation.text != text:
                recommendation.text = text
                recommendation.save(update_fields=["text"])
        else:
            Recommendation.objects.create(item=item, number=number, text=text)
    for surplus in existing[len(texts) :]:
        if hasattr(surplus, "decision"):
            raise ValidationError(
                {
                    "recommendations": _(
                        "Recommendation %(n)d has a decision and cannot be removed."
                    )
                    % {"n": surplus.number}
                }
            )
        surplus.delete()


@transaction.atomic
def move_item(item: AgendaItem, offset: int, user: User | None = None, reason: str = "") -> None:
    """Move an item up (-1) or down (+1); the times of all items follow."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    _require_agenda_change(meeting, reason)
    items = list(meeting.items.order_by("position", "pk"))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = max(0, min(len(items) - 1, index + offset))
    items.insert(target, items.pop(index))
    for position, other in enumerate(items, 1):
        if other.position != position:
            other.position = position
            other.save(update_fields=["position"])
    _after_agenda_change(meeting, user, reason)


@transaction.atomic
def remove_item(item: AgendaItem) -> None:
    """Only an item of an agenda not yet sent out can be removed; after that it stays on record."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    if meeting.agenda_is_record:
        raise ValidationError(_("The agenda is published; an item cannot be removed."))
    item.delete()


@transaction.atomic
def add_attachment(
    item: AgendaItem,
    title: str,
    upload: UploadedFile | None = None,
    url: str = "",
    user: User | None = None,
    reason: str = "",
) -> Attachment:
    """Attach a file (checked by content, size and name) or a link to an item."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    _require_agenda_change(meeting, reason)
    attachment = Attachment(item=item, title=title.strip(), url=url.strip())
    if upload is not None:
        attachment.content_type, attachment.filename = check_upload(upload)
        attachment.size = upload.size
        attachment.title = attachment.title or attachment.filename
        attachment.file.save(attachment.filename, upload, save=False)
    elif not attachment.url:
        raise ValidationError(_("Choose a file or give a link."))
    attachment.position = (item.attachments.aggregate(n=Max("position"))["n"] or 0) + 1
    attachment.full_clean()
    attachment.save()
    _after_agenda_change(meeting, user, reason)
    return attachment


@transaction.atomic
def publish_agenda(
    meeting: Meeting, user: User | None = None, at: datetime.datetime | None = None
) -> DocumentVersion:
    """Send the agenda to the invitees; from now on it is a record.

    `at` records an earlier publication (archived meetings); nothing is mailed then.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not meeting.can_publish_agenda():
        raise ValidationError(_("The agenda has already been published."))
    if not meeting.items.exists():
        raise ValidationError(_("An agenda needs at least one item."))
    meeting.state = State.AGENDA_PUBLISHED
    meeting.agenda_published_at = at or timezone.now()
    meeting.save(update_fields=["state", "agenda_published_at"])
    version = freeze(meeting, DocumentVersion.Kind.AGENDA, user, "", at)
    _record_made(meeting, version)
    if at is None:
        transaction.on_commit(lambda: _mail_invitees(meeting))
    return version


def _record_made(meeting: Meeting, version: DocumentVersion) -> None:
    """Tell other apps, inside the step's transaction, that a record was made."""
    signals.record_made.send(Meeting, meeting=meeting, kind=version.kind, version=version)


def _mail_invitees(meeting: Meeting) -> None:
    recipients = [
        a.person.email
        for a in meeting.attendances.select_related("person")
        if a.person.email and not a.is_guest
    ]
    if not recipients:
        return
    subject = _("Agenda: %(meeting)s") % {"meeting": meeting}
    url = settings.KLYNGE_BASE_URL + meeting.get_absolute_url()
    body = _("The agenda for %(meeting)s is published: %(url)s") % {"meeting": meeting, "url": url}
    send_mass_mail([(subject, body, None, [email]) for email in recipients])


def freeze(
    meeting: Meeting,
    kind: str,
    user: User | None,
    reason: str,
    at: datetime.datetime | None = None,
) -> DocumentVersion:
    """Store the agenda or the minutes as they now stand as the next version."""
    loaded = queries.load_meeting(meeting.pk)
    doc = document.build(loaded)
    if kind == DocumentVersion.Kind.AGENDA:
        doc = doc.as_agenda()
    last = meeting.versions.filter(kind=kind).aggregate(n=Max("number"))["n"] or 0
    return DocumentVersion.objects.create(
        meeting=meeting,
        kind=kind,
        number=last + 1,
        created_at=at or timezone.now(),
        created_by=user if user and user.is_authenticated else None,
        reason=reason,
        content=doc.to_json(),
    )


@transaction.atomic
def record_apology(
    attendance: Attendance, substitute: Person | None = None, note: str = ""
) -> Attendance:
    """The member cannot come (afbud), and may name a substitute who is then invited."""
    meeting = Meeting.objects.select_for_update().get(pk=attendance.meeting_id)
    if meeting.is_past(State.HELD):
        raise ValidationError(_("The meeting has been held; apologies can no longer be sent."))
    if substitute is not None and substitute.pk == attendance.person_id:
        raise ValidationError({"substitute": _("A member cannot substitute for themselves.")})
    attendance.status = Attendance.Status.APOLOGY
    attendance.substitute = substitute
    attendance.note = note
    attendance.save()
    if substitute is not None:
        Attendance.objects.update_or_create(
            meeting=meeting,
            person=substitute,
            defaults={
                "party": attendance.party,
                "role_text": _("substitute for %(name)s") % {"name": attendance.person.name},
                "status": Attendance.Status.ATTENDING,
                "position": attendance.position,
            },
        )
    return attendance


@transaction.atomic
def add_guest(
    meeting: Meeting, person: Person, item: AgendaItem | None, role_text: str
) -> Attendance:
    """Invite a guest to the meeting, or to one item of it; a new person is saved first."""
    if Meeting.objects.get(pk=meeting.pk).minutes_are_record:
        raise ValidationError(_("The minutes are approved; guests can no longer be added."))
    if person.pk is None:
        person.full_clean()
        person.save()
    if meeting.attendances.filter(person=person).exists():
        raise ValidationError({"person": _("%(name)s is already invited.") % {"name": person}})
    return Attendance.objects.create(
        meeting=meeting,
        person=person,
        party=person.organisation,
        is_guest=True,
        item=item,
        role_text=role_text,
        status=Attendance.Status.ATTENDING,
        position=(meeting.attendances.aggregate(n=Max("position"))["n"] or 0) + 1,
    )


@transaction.atomic
def hold_meeting(meeting: Meeting) -> None:
    """The meeting took place: minutes can be written."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.state != State.AGENDA_PUBLISHED:
        raise ValidationError(_("Only a meeting with a published agenda can be held."))
    meeting.state = State.HELD
    meeting.save(update_fields=["state"])
    # Whoever neither sent apologies nor was marked absent attended.
    for attendance in meeting.attendances.filter(status=Attendance.Status.INVITED):
        attendance.status = Attendance.Status.ATTENDING
        attendance.save(update_fields=["status", "updated_at"])


def _require_minutes_change(meeting: Meeting, reason: str) -> None:
    if not meeting.is_past(State.AGENDA_PUBLISHED):
        raise ValidationError(_("Minutes are written once the agenda is published."))
    if meeting.minutes_are_record and not reason.strip():
        raise ValidationError(
            {"reason": _("The minutes are approved; give the reason for the correction.")}
        )


def _after_minutes_change(meeting: Meeting, user: User | None, reason: str) -> None:
    if meeting.state in (State.AGENDA_PUBLISHED, State.HELD):
        meeting.state = State.MINUTES_DRAFT
        meeting.save(update_fields=["state"])
    elif meeting.minutes_are_record:
        freeze(meeting, DocumentVersion.Kind.MINUTES, user, reason)


@transaction.atomic
def record_minutes(
    item: AgendaItem,
    minutes_text: str,
    dissent: str,
    decisions: Iterable[tuple[Recommendation | None, str, str]],
    user: User | None = None,
    reason: str = "",
) -> AgendaItem:
    """Write an item's minutes: the text, any dissent, and (recommendation, outcome, text)
    decisions — one per recommendation, or free ones when the item has none."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    _require_minutes_change(meeting, reason)
    item.minutes_text, item.dissent = minutes_text, dissent
    item.save(update_fields=["minutes_text", "dissent"])
    _replace_decisions(item, list(decisions))
    _after_minutes_change(meeting, user, reason)
    return item


def _replace_decisions(
    item: AgendaItem, decisions: list[tuple[Recommendation | None, str, str]]
) -> None:
    valid = {choice for choice, _label in Decision.Outcome.choices}
    seen = set()
    for recommendation, outcome, _text in decisions:
        if outcome not in valid:
            raise ValidationError(_("Unknown decision: %(outcome)s") % {"outcome": outcome})
        if recommendation is not None:
            if recommendation.item_id != item.pk or recommendation.pk in seen:
                raise ValidationError(_("One decision per recommendation of the item."))
            seen.add(recommendation.pk)
    _store_decisions(item, decisions)


def _store_decisions(
    item: AgendaItem, decisions: list[tuple[Recommendation | None, str, str]]
) -> None:
    """Change the stored decisions into the given ones, each change audited: a decision on a
    recommendation keeps its row; free decisions are matched by their order."""
    existing = list(item.decisions.all())
    by_rec = {d.recommendation_id: d for d in existing if d.recommendation_id}
    free = [d for d in existing if not d.recommendation_id]
    kept = set()
    for n, (rec, outcome, text) in enumerate(decisions, 1):
        decision = by_rec.get(rec.pk) if rec else (free.pop(0) if free else None)
        decision = decision or Decision(item=item, recommendation=rec)
        if (decision.outcome, decision.text, decision.position) != (outcome, text.strip(), n):
            decision.outcome, decision.text, decision.position = outcome, text.strip(), n
            decision.save()
        kept.add(decision.pk)
    for decision in existing:
        if decision.pk not in kept:
            decision.delete()


@transaction.atomic
def set_exclusions(
    item: AgendaItem,
    people: Iterable[Person],
    user: User | None = None,
    note: str = "",
    reason: str = "",
) -> list[ItemExclusion]:
    """Record which members do not take part in an item (inhabilitet).

    Each may only be one of the meeting's invitees. The excluded see a closed item as a
    non-member does, and the minutes say that they did not take part; in approved minutes the
    change is a correction with a reason, frozen as a new version.
    """
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    wanted = {person.pk: person for person in people}
    invited = set(meeting.attendances.filter(is_guest=False).values_list("person_id", flat=True))
    strangers = [person.name for pk, person in wanted.items() if pk not in invited]
    if strangers:
        raise ValidationError(
            {
                "people": _("Only the meeting's invitees can be excluded: %(names)s.")
                % {"names": ", ".join(strangers)}
            }
        )
    current = {e.person_id: e for e in item.exclusions.all()}
    if set(current) == set(wanted):
        return list(current.values())
    if meeting.minutes_are_record and not reason.strip():
        raise ValidationError(
            {"reason": _("The minutes are approved; give the reason for the correction.")}
        )
    # One by one, so that each exclusion and its withdrawal is in the audit trail.
    for person_id, exclusion in current.items():
        if person_id not in wanted:
            exclusion.delete()
    for pk, person in wanted.items():
        if pk not in current:
            ItemExclusion.objects.create(item=item, person=person, reason=note, created_by=user)
    if meeting.minutes_are_record:
        freeze(meeting, DocumentVersion.Kind.MINUTES, user, reason)
    return list(item.exclusions.all())


def chairs(meeting: Meeting) -> list[Person]:
    """The forum's chairs on the meeting day: they approve the minutes."""
    seats = (
        Membership.objects.active_on(meeting.local_day())
        .filter(forum=meeting.forum_id, role__in=Membership.CHAIR_ROLES)
        .select_related("person")
        .order_by("role", "person__name")
    )
    return [seat.person for seat in seats]


def missing_decisions(meeting: Meeting) -> list[str]:
    """Recommendations without a decision, as "punkt 2, indstilling 3"."""
    doc = document.build(queries.load_meeting(meeting.pk))
    return [
        _("item %(item)s, recommendation %(n)d") % {"item": item.number, "n": rec.number}
        for item in doc.items
        for rec in item.recommendations
        if rec.decision is None
    ]


@transaction.atomic
def approve_minutes(
    meeting: Meeting,
    chair: Person,
    user: User | None = None,
    at: datetime.datetime | None = None,
) -> MinutesApproval:
    """A chair approves the minutes; when every chair has, the minutes become a record."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.state != State.MINUTES_DRAFT:
        raise ValidationError(_("Only minutes in preparation can be approved."))
    chair_ids = {p.pk for p in chairs(meeting)}
    if chair.pk not in chair_ids:
        raise ValidationError(_("Only the forum's chairs approve the minutes."))
    missing = missing_decisions(meeting)
    if missing:
        raise ValidationError(
            _("Every recommendation needs a decision first: %(missing)s")
            % {"missing": ", ".join(missing)}
        )
    approval, _created = MinutesApproval.objects.get_or_create(
        meeting=meeting,
        person=chair,
        defaults={"by_user": user, "approved_at": at or timezone.now()},
    )
    if chair_ids <= set(meeting.approvals.values_list("person_id", flat=True)):
        meeting.state = State.MINUTES_APPROVED
        meeting.minutes_approved_at = at or timezone.now()
        meeting.save(update_fields=["state", "minutes_approved_at"])
        _record_made(meeting, freeze(meeting, DocumentVersion.Kind.MINUTES, user, "", at))
    return approval


@transaction.atomic
def record_approval_outside(
    meeting: Meeting, approved_at: datetime.datetime, note: str, user: User | None = None
) -> None:
    """Minutes approved outside Klynge (archived minutes, or approval at the next meeting):
    the secretariat records when and how, and the minutes become a record."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.state != State.MINUTES_DRAFT:
        raise ValidationError(_("Only minutes in preparation can be approved."))
    if not note.strip():
        raise ValidationError({"approval_note": _("Say how the minutes were approved.")})
    meeting.state = State.MINUTES_APPROVED
    meeting.minutes_approved_at = approved_at
    meeting.approval_note = note.strip()
    meeting.save(update_fields=["state", "minutes_approved_at", "approval_note"])
    _record_made(meeting, freeze(meeting, DocumentVersion.Kind.MINUTES, user, "", approved_at))


@transaction.atomic
def publish_minutes(meeting: Meeting, at: datetime.datetime | None = None) -> None:
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.state != State.MINUTES_APPROVED:
        raise ValidationError(_("Only approved minutes can be published."))
    meeting.state = State.MINUTES_PUBLISHED
    meeting.minutes_published_at = at or timezone.now()
    meeting.save(update_fields=["state", "minutes_published_at"])


def move_on(meeting: Meeting, user: User | None = None) -> Callable[[], object] | None:
    """The next step of the cycle that the secretariat takes by pressing a button, if any."""
    steps = {
        State.PLANNED: lambda: publish_agenda(meeting, user),
        State.AGENDA_DRAFT: lambda: publish_agenda(meeting, user),
        State.AGENDA_PUBLISHED: lambda: hold_meeting(meeting),
        State.MINUTES_APPROVED: lambda: publish_minutes(meeting),
    }
    return steps.get(meeting.state)
