"""Members prepare: private notes, shared comments with replies and mentions, read markers.

Every function takes the acting user and refuses what the policy does not allow; the views
have asked the policy already, the services ask again because the API and the tests call them
directly. A comment by a reviewer of an open review round of the meeting belongs to the round:
only the round's reviewers and the secretariat see it.
"""

from __future__ import annotations

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.accounts.permissions import (
    can_change_comment,
    can_discuss_item,
    can_keep_notes,
    can_see_round,
)
from klynge.meetings.models import AgendaItem

from . import review
from .comment_tasks import notify_mentioned
from .models import Comment, ItemRead, Note, ReviewRound

MAX_TEXT = 5000
# "@formand", "@mette.kvist": a login name after an @ that does not follow a letter (e-mail).
MENTION = re.compile(r"(?<![\w.])@([\w.+-]+)")


def save_note(item: AgendaItem, user: User, text: str) -> Note | None:
    """Keep, change or (with empty text) remove the user's private note on the item."""
    if not can_keep_notes(user, item):
        raise PermissionDenied
    text = _checked_text(text, "text", required=False)
    if not text:
        Note.objects.filter(item=item, author=user).delete()
        return None
    note, _created = Note.objects.update_or_create(item=item, author=user, defaults={"text": text})
    return note


def _checked_text(text: str, field: str, required: bool = True) -> str:
    text = (text or "").strip()
    if required and not text:
        raise ValidationError({field: _("Write something first.")})
    if len(text) > MAX_TEXT:
        raise ValidationError({field: _("At most %(n)d characters, please.") % {"n": MAX_TEXT}})
    return text


def mentioned_users(
    item: AgendaItem, text: str, review_round: ReviewRound | None = None
) -> list[User]:
    """The logins named with @ in the text; a name that is no login, or a person who may not
    read the comment (the item, and the round it is in), is an error at the field, so nobody is
    told about something they cannot open."""
    names = list(dict.fromkeys(MENTION.findall(text)))
    if not names:
        return []
    users = {u.username.lower(): u for u in _logins(names)}
    unknown = [name for name in names if name.lower() not in users]
    if unknown:
        raise ValidationError(
            {
                "text": _("No login is called %(names)s.")
                % {"names": ", ".join(f"@{n}" for n in unknown)}
            }
        )
    outside = [u for u in users.values() if not may_read_comment_on(u, item, review_round)]
    if outside:
        names = ", ".join(u.get_full_name() or u.username for u in outside)
        raise ValidationError(
            {
                "text": _("%(names)s cannot read this item and cannot be mentioned.")
                % {"names": names}
            }
        )
    return list(users.values())


def may_read_comment_on(user: User, item: AgendaItem, review_round: ReviewRound | None) -> bool:
    if not can_discuss_item(user, item):
        return False
    return review_round is None or can_see_round(user, review_round)


def _logins(names: list[str]) -> list[User]:
    match = Q()
    for name in names:
        match |= Q(username__iexact=name)
    return list(User.objects.filter(match, is_active=True).select_related("person"))


def current_round(item: AgendaItem, user: User) -> ReviewRound | None:
    """The open review round of the item's meeting that the user reads the draft in, if any."""
    if not user.person_id:
        return None
    kind = review.kind_for(item.meeting)
    found = review.open_round(item.meeting, kind) if kind else None
    if found and found.reviewers.filter(pk=user.person_id).exists():
        return found
    return None


@transaction.atomic
def add_comment(item: AgendaItem, user: User, text: str, parent: Comment | None = None) -> Comment:
    """A comment on the item, or a reply to one of its comments; those mentioned are told by
    e-mail through the task worker once the comment is saved."""
    if not can_discuss_item(user, item):
        raise PermissionDenied
    text = _checked_text(text, "text")
    if parent is not None and (parent.item_id != item.pk or parent.parent_id is not None):
        raise ValidationError(_("Replies are made to a comment on the same item."))
    in_round = parent.review_round if parent is not None else current_round(item, user)
    mentioned = mentioned_users(item, text, in_round)
    comment = Comment.objects.create(
        item=item, author=user, text=text, parent=parent, review_round=in_round
    )
    _tell(comment, mentioned, user)
    return comment


def _tell(comment: Comment, mentioned: list[User], author: User) -> None:
    others = [u.pk for u in mentioned if u.pk != author.pk]
    comment.mentions.add(*others)
    if others:
        transaction.on_commit(lambda: notify_mentioned.enqueue(comment.pk, others))


def _require_unrecorded(comment: Comment) -> None:
    if comment.review_round_id and comment.review_round.version_id:
        raise ValidationError(
            _("The review round is part of a recorded version; its comments no longer change.")
        )


@transaction.atomic
def edit_comment(comment: Comment, user: User, text: str) -> Comment:
    """The author changes their comment; newly mentioned people are told. A comment of a
    review round recorded in a version is part of that record and stays as it is."""
    if not can_change_comment(user, comment) or comment.deleted_at:
        raise PermissionDenied
    _require_unrecorded(comment)
    text = _checked_text(text, "text")
    before = set(comment.mentions.values_list("pk", flat=True))
    mentioned = mentioned_users(comment.item, text, comment.review_round)
    comment.text, comment.edited_at = text, timezone.now()
    comment.save(update_fields=["text", "edited_at"])
    _tell(comment, [u for u in mentioned if u.pk not in before], user)
    return comment


def delete_comment(comment: Comment, user: User) -> None:
    """The author removes their comment. A comment with replies keeps its place in the thread
    as "deleted", so the replies still read in order."""
    if not can_change_comment(user, comment):
        raise PermissionDenied
    _require_unrecorded(comment)
    if not comment.replies.exists():
        comment.delete()
        return
    comment.text, comment.deleted_at = "", timezone.now()
    comment.save(update_fields=["text", "deleted_at"])
    comment.mentions.clear()


def mark_read(item: AgendaItem, user: User) -> None:
    """The user has opened the item now (one statement, whether first time or again)."""
    ItemRead.objects.bulk_create(
        [ItemRead(item=item, reader=user, read_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["item", "reader"],
        update_fields=["read_at"],
    )
