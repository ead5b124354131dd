"""The e-mail that tells the reviewers a draft waits for them, sent by the task worker.

``start_round`` enqueues ``notify_reviewers`` once the round is saved. Each reviewer who can log in
and read the forum gets one mail with a link to the round; the mail never holds the draft itself,
so nothing of a closed item leaves Klynge by e-mail. A round already told, or closed before the
worker came to it, gets no mail.
"""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from klynge.accounts.models import User
from klynge.accounts.permissions import forum_readers
from klynge.followup.reminders import danish_date, user_email

from .models import ReviewRound

logger = logging.getLogger(__name__)

TEMPLATE = "workspace/mail/review_started.txt"
SUBJECT_TEMPLATE = "workspace/mail/review_started_subject.txt"


def already_told(round_id: int) -> bool:
    return DBTaskResult.objects.filter(
        task_path=notify_reviewers.module_path,
        status=TaskResultStatus.SUCCESSFUL,
        return_value__round=round_id,
    ).exists()


def recipients(review_round: ReviewRound) -> list[User]:
    """The reviewers' active logins that read the meeting's forum and have an address."""
    users = list(
        User.objects.filter(person__in=review_round.reviewers.all(), is_active=True)
        .select_related("person")
        .order_by("person__name", "pk")
    )
    readers = forum_readers(review_round.meeting.forum, users)
    return [user for user in users if user.pk in readers and user_email(user)]


def message(review_round: ReviewRound, user: User) -> EmailMessage:
    meeting = review_round.meeting
    context = {
        "name": user.person.name if user.person else user.get_full_name() or user.username,
        "round": review_round,
        "minutes": review_round.kind == ReviewRound.Kind.MINUTES,
        "forum": meeting.forum.name,
        "day": danish_date(meeting.local_day()),
        "respond_by": danish_date(review_round.respond_by) if review_round.respond_by else "",
        "sender": _sender(review_round),
        "url": settings.KLYNGE_BASE_URL + review_round.get_absolute_url(),
    }
    subject = render_mail(SUBJECT_TEMPLATE, context).strip()
    return EmailMessage(subject=subject, body=render_mail(TEMPLATE, context), to=[user_email(user)])


def render_mail(template: str, context: dict[str, object]) -> str:
    """A plain-text mail in Danish, without the blank lines the template's conditions leave."""
    with translation.override("da"):
        text = render_to_string(template, context)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _sender(review_round: ReviewRound) -> str:
    user = review_round.started_by
    if user is None:
        return ""
    return user.person.name if user.person else user.get_full_name() or user.username


@task()
def notify_reviewers(round_id: int) -> dict[str, object]:
    """Tell the round's reviewers that the draft waits for their comments."""
    review_round = (
        ReviewRound.objects.select_related("meeting__forum", "started_by__person")
        .filter(pk=round_id)
        .first()
    )
    if review_round is None or not review_round.is_open or already_told(round_id):
        return {"round": None, "sent": 0}
    messages = [message(review_round, user) for user in recipients(review_round)]
    sent = mail.get_connection().send_messages(messages) or 0 if messages else 0
    logger.info("Review round %s: %s reviewers told", round_id, sent)
    return {"round": round_id, "sent": sent}
