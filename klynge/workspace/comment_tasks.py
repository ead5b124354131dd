"""The e-mail that tells a person they were mentioned in a comment, sent by the task worker.

The policy is asked again when the mail is sent, not only when the comment was written: a person
excluded from the item in between, or whose seat has ended, is not told. The mail carries a link
and the item's number, never the comment or the item's content, so nothing of a closed item
leaves Klynge by e-mail.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMessage
from django_tasks import task

from klynge.accounts.models import User
from klynge.followup.reminders import danish_date, user_email
from klynge.meetings.document import printed_numbers
from klynge.meetings.models import AgendaItem

from .models import Comment
from .review_tasks import render_mail

logger = logging.getLogger(__name__)

TEMPLATE = "workspace/mail/mentioned.txt"
SUBJECT_TEMPLATE = "workspace/mail/mentioned_subject.txt"


def message(comment: Comment, user: User) -> EmailMessage:
    item = comment.item
    meeting = item.meeting
    items = list(AgendaItem.objects.filter(meeting=meeting))
    context = {
        "name": user.person.name if user.person else user.get_full_name() or user.username,
        "author": comment.author.get_full_name() or comment.author.username,
        "number": printed_numbers(items).get(item.pk) or "",
        "forum": meeting.forum.name,
        "day": danish_date(meeting.local_day()),
        "url": settings.KLYNGE_BASE_URL + comment.get_absolute_url(),
    }
    subject = render_mail(SUBJECT_TEMPLATE, context).strip()
    return EmailMessage(subject=subject, body=render_mail(TEMPLATE, context), to=[user_email(user)])


def _may_read(user: User, comment: Comment) -> bool:
    from .services import may_read_comment_on

    return may_read_comment_on(user, comment.item, comment.review_round)


@task()
def notify_mentioned(comment_id: int, user_ids: list[int]) -> dict[str, object]:
    """Tell the people mentioned in a comment who may still read it."""
    comment = (
        Comment.objects.select_related("item__meeting__forum", "author", "review_round__meeting")
        .filter(pk=comment_id, deleted_at=None)
        .first()
    )
    if comment is None:
        return {"comment": None, "sent": 0}
    users = User.objects.filter(pk__in=user_ids, is_active=True).select_related("person")
    told = [u for u in users if user_email(u) and _may_read(u, comment)]
    sent = mail.get_connection().send_messages([message(comment, u) for u in told]) if told else 0
    logger.info("Comment %s: %s mentioned people told", comment_id, sent or 0)
    return {"comment": comment_id, "sent": sent or 0}
