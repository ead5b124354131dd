"""Review rounds (gennemlæsning): the secretariat sends a draft agenda or draft minutes to chosen
people, they comment on its items, the secretariat resolves each comment, and the release of the
agenda or the approval of the minutes records the round in the version it freezes.

A round for the agenda runs before the agenda is published, one for the minutes while they are in
preparation; one open round per meeting and kind. Reviewers are the forum's chairs and, for the
minutes, whoever attended; each must be able to read the forum in Klynge. The reviewers are told
by e-mail through the task worker (review_tasks). The secretariat may close a round by hand;
publication or approval closes it anyway and links it to the version, after which its comments
are part of the record and are no longer resolved or reopened.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from klynge import validation
from klynge.accounts.models import User
from klynge.accounts.permissions import forum_readers, readable_comments, readable_items
from klynge.meetings.document import printed_numbers
from klynge.meetings.models import AgendaItem, DocumentVersion, Meeting
from klynge.meetings.services import chairs
from klynge.organisation.models import Person

from .approval import attended
from .models import Comment, ReviewRound
from .review_tasks import notify_reviewers

Kind = ReviewRound.Kind


def candidates(meeting: Meeting, kind: str) -> list[Person]:
    """Who may be asked to read: the chairs, and for the minutes everyone who attended."""
    people = {chair.pk: chair for chair in chairs(meeting)}
    if kind == Kind.MINUTES:
        for person in attended(meeting):
            people.setdefault(person.pk, person)
    return list(people.values())


def with_access(meeting: Meeting, people: Iterable[Person]) -> set[int]:
    """Of the people, those with a login that reads the meeting's forum (person ids)."""
    users = list(User.objects.filter(person__in=list(people), is_active=True))
    readers = forum_readers(meeting.forum, users)
    return {user.person_id for user in users if user.pk in readers}


def kind_for(meeting: Meeting) -> str | None:
    """The draft a round can be for now: the agenda before it is published, the minutes while
    they are in preparation."""
    return next((kind for kind in Kind.values if may_start(meeting, kind)), None)


def open_round(meeting: Meeting, kind: str) -> ReviewRound | None:
    return meeting.review_rounds.filter(kind=kind, closed_at__isnull=True).first()


def may_start(meeting: Meeting, kind: str) -> bool:
    """Is the draft of this kind in the state a round is for?"""
    if kind == Kind.AGENDA:
        return meeting.can_publish_agenda()
    return meeting.state == Meeting.State.MINUTES_DRAFT


def _require_draft(meeting: Meeting, kind: str) -> None:
    if may_start(meeting, kind):
        return
    if kind == Kind.AGENDA:
        raise ValidationError(_("The agenda is published; it can no longer be sent for review."))
    raise ValidationError(_("Only minutes in preparation can be sent for review."))


def _require_reviewers(meeting: Meeting, kind: str, reviewers: list[Person]) -> None:
    if not reviewers:
        raise ValidationError({"reviewers": _("Choose at least one person to read the draft.")})
    allowed = {person.pk for person in candidates(meeting, kind)}
    if strangers := [person.name for person in reviewers if person.pk not in allowed]:
        message = (
            _("Only the chairs can be asked to read the draft agenda, not %(names)s.")
            if kind == Kind.AGENDA
            else _(
                "Only the chairs and those who attended can read the draft minutes, not %(names)s."
            )
        )
        raise ValidationError({"reviewers": message % {"names": ", ".join(strangers)}})
    readers = with_access(meeting, reviewers)
    if outside := [person.name for person in reviewers if person.pk not in readers]:
        raise ValidationError(
            {
                "reviewers": _("%(names)s cannot log in to read the forum in Klynge.")
                % {"names": ", ".join(outside)}
            }
        )


def _require_deadline(respond_by: datetime.date | None) -> None:
    if respond_by is None:
        return
    validation.within_dates(respond_by)
    if respond_by < timezone.localdate():
        raise ValidationError({"respond_by": _("The deadline cannot be in the past.")})


@transaction.atomic
def start_round(
    meeting: Meeting,
    kind: str,
    reviewers: Iterable[Person],
    message: str = "",
    respond_by: datetime.date | None = None,
    user: User | None = None,
) -> ReviewRound:
    """Send the draft to the reviewers; they are told by e-mail once the round is saved."""
    meeting = Meeting.objects.select_for_update().select_related("forum").get(pk=meeting.pk)
    _require_draft(meeting, kind)
    if kind == Kind.AGENDA and not meeting.items.exists():
        raise ValidationError(_("The agenda has no items yet."))
    if open_round(meeting, kind) is not None:
        raise ValidationError(_("A review of this draft is already running; close it first."))
    reviewers = list(reviewers)
    _require_reviewers(meeting, kind, reviewers)
    _require_deadline(respond_by)
    review_round = ReviewRound.objects.create(
        meeting=meeting,
        kind=kind,
        message=message.strip(),
        respond_by=respond_by,
        started_by=user if user and user.is_authenticated else None,
    )
    review_round.reviewers.set(reviewers)
    transaction.on_commit(lambda: notify_reviewers.enqueue(review_round.pk))
    return review_round


@transaction.atomic
def close_round(review_round: ReviewRound) -> ReviewRound:
    """The secretariat ends the round by hand: no more comments join it. It is recorded with
    the next release or approval of its draft."""
    review_round = ReviewRound.objects.select_for_update().get(pk=review_round.pk)
    if not review_round.is_open:
        raise ValidationError(_("The review round is already closed."))
    review_round.closed_at = timezone.now()
    review_round.save(update_fields=["closed_at"])
    return review_round


def record_rounds(meeting: Meeting, kind: str, version: DocumentVersion) -> list[ReviewRound]:
    """The agenda was published or the minutes approved: every round of that draft not yet
    recorded is closed and becomes part of the version. Called inside the cycle's transaction
    (klynge.meetings.signals.record_made)."""
    rounds = list(meeting.review_rounds.filter(kind=kind, version__isnull=True))
    for review_round in rounds:
        review_round.closed_at = review_round.closed_at or version.created_at
        review_round.version = version
        review_round.save(update_fields=["closed_at", "version"])
    return rounds


def on_record_made(
    sender: object, meeting: Meeting, kind: str, version: DocumentVersion, **kwargs: object
) -> None:
    record_rounds(meeting, kind, version)


def _require_resolvable(comment: Comment) -> None:
    if comment.review_round_id and comment.review_round.version_id:
        raise ValidationError(
            _("The review round is part of a recorded version; its comments no longer change.")
        )
    if comment.parent_id:
        raise ValidationError(_("A reply is resolved with the comment it answers."))
    if comment.deleted_at:
        raise ValidationError(_("The comment has been deleted."))


@transaction.atomic
def resolve_comment(comment: Comment, user: User | None) -> Comment:
    """The secretariat marks a comment as dealt with; resolving it again changes nothing."""
    comment = (
        Comment.objects.select_for_update(of=("self",))
        .select_related("review_round")
        .get(pk=comment.pk)
    )
    _require_resolvable(comment)
    if comment.resolved_at is None:
        comment.resolved_at = timezone.now()
        comment.resolved_by = user if user and user.is_authenticated else None
        comment.save(update_fields=["resolved_at", "resolved_by"])
    return comment


@transaction.atomic
def reopen_comment(comment: Comment) -> Comment:
    """A comment resolved too soon is open again."""
    comment = (
        Comment.objects.select_for_update(of=("self",))
        .select_related("review_round")
        .get(pk=comment.pk)
    )
    _require_resolvable(comment)
    if comment.resolved_at is not None:
        comment.resolved_at, comment.resolved_by = None, None
        comment.save(update_fields=["resolved_at", "resolved_by"])
    return comment


# --- reading ----------------------------------------------------------------------------------
@dataclass
class ItemComments:
    """One item of the round with its comments (each with its replies as `thread`)."""

    item: AgendaItem
    number: str | None
    comments: list[Comment] = field(default_factory=list)


def round_comments(rounds: list[ReviewRound], user: User) -> dict[int, list[ItemComments]]:
    """The comments of each round that the user may read (klynge.accounts.permissions.
    readable_comments), per item in the agenda's order; three queries for any number of rounds."""
    if not rounds:
        return {}
    meeting_id = rounds[0].meeting_id
    items = list(AgendaItem.objects.filter(meeting_id=meeting_id).order_by("position", "pk"))
    numbers = printed_numbers(items)
    shown = _thread_roots(rounds, user)
    grouped: dict[int, dict[int, ItemComments]] = {r.pk: {} for r in rounds}
    by_pk = {item.pk: item for item in items}
    for comment in shown:
        per_item = grouped[comment.review_round_id]
        if comment.item_id not in per_item:
            item = by_pk[comment.item_id]
            per_item[comment.item_id] = ItemComments(item, numbers[item.pk])
        per_item[comment.item_id].comments.append(comment)
    order = {item.pk: n for n, item in enumerate(items)}
    return {
        pk: sorted(per_item.values(), key=lambda entry: order[entry.item.pk])
        for pk, per_item in grouped.items()
    }


def _thread_roots(rounds: list[ReviewRound], user: User) -> QuerySet[Comment]:
    replies = (
        Comment.objects.filter(readable_comments(user))
        .select_related("author__person")
        .order_by("created_at", "pk")
    )
    return (
        Comment.objects.filter(review_round__in=rounds, parent__isnull=True)
        .filter(readable_comments(user))
        .select_related("author__person", "resolved_by__person")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="thread"))
        .order_by("created_at", "pk")
    )


def first_item(meeting: Meeting, user: User) -> AgendaItem | None:
    """The first item of the meeting the user may read: where reading the draft begins."""
    items = AgendaItem.objects.filter(readable_items(user), meeting=meeting)
    return items.order_by("position", "pk").first()


def counts(rounds: list[ReviewRound], user: User) -> dict[int, tuple[int, int]]:
    """(comments, resolved) per round, of the threads the user may read; one query."""
    result = {r.pk: (0, 0) for r in rounds}
    rows = (
        Comment.objects.filter(review_round__in=rounds, parent__isnull=True, deleted_at=None)
        .filter(readable_comments(user))
        .values_list("review_round_id", "resolved_at")
    )
    for round_id, resolved_at in rows:
        total, resolved = result[round_id]
        result[round_id] = (total + 1, resolved + (resolved_at is not None))
    return result
