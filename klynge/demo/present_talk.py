"""What the demo logins have said about the meetings under way: a member's question to the chair
on the main item of the published agenda with the chair's answer, and the secretariat's review
round (gennemlæsning) of the draft minutes with the chairs, where the chair has remarked on the
main item. Only when the demo logins exist (settings.DEMO); nothing is mailed.
"""

from __future__ import annotations

import datetime

from django.utils import translation

from klynge.accounts.models import User
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Cluster, Membership
from klynge.templatetags.danish import dato
from klynge.workspace.models import Comment, ReviewRound

from .present_cycle import Cycle
from .present_items import ItemSpec
from .present_plan import fill_agenda, local

DAY = datetime.timedelta(days=1)
RESPOND_WITHIN = 4 * DAY
_LOGINS = ("medlem", "formand", "sekretariat", "raadssekretariat")


def build_talk(cycle: Cycle, today: datetime.date) -> None:
    users = {user.username: user for user in User.objects.filter(username__in=_LOGINS)}
    talkers = [users.get("medlem"), users.get("formand")]
    if cycle.published is not None and all(_sits(u, cycle.published, today) for u in talkers):
        _discuss(cycle.published, users, today)
    if cycle.held is not None and cycle.held.state == Meeting.State.MINUTES_DRAFT:
        _review(cycle.held, users, today)


def _sits(user: User | None, meeting: Meeting, today: datetime.date) -> bool:
    """Does the login's person have a seat in the meeting's forum today?"""
    if user is None or user.person_id is None:
        return False
    seats = Membership.objects.active_on(today).filter(forum=meeting.forum_id)
    return seats.filter(person=user.person_id).exists()


def _main_item(meeting: Meeting) -> tuple[AgendaItem, ItemSpec | None]:
    """Item 2: the first item after the welcome."""
    numbered = [(item, spec) for item, spec in fill_agenda(meeting) if item.is_numbered]
    return numbered[1]


def _discuss(meeting: Meeting, users: dict[str, User], today: datetime.date) -> None:
    item, spec = _main_item(meeting)
    if spec is None or len(spec.comments) < 2 or item.comments.exists():
        return
    question, answer = spec.comments[:2]
    asked = _comment(item, users["medlem"], question, local(today - DAY, datetime.time(9, 12)))
    asked.mentions.add(users["formand"])
    _comment(item, users["formand"], answer, local(today - DAY, datetime.time(11, 40)), asked)


def _review(meeting: Meeting, users: dict[str, User], today: datetime.date) -> None:
    """The draft minutes sent to the chairs yesterday afternoon, comments due in a few days."""
    if meeting.review_rounds.exists():
        return
    review = ReviewRound(
        meeting=meeting,
        kind=ReviewRound.Kind.MINUTES,
        message=_message(meeting, today + RESPOND_WITHIN),
        respond_by=today + RESPOND_WITHIN,
        started_at=local(today - DAY, datetime.time(15, 0)),
        started_by=users.get(_secretariat(meeting)),
    )
    review.full_clean()
    review.save()
    review.reviewers.set(services.chairs(meeting))
    item, spec = _main_item(meeting)
    if "formand" in users and spec is not None and spec.review_comment:
        at = local(today - DAY, datetime.time(19, 30))
        _comment(item, users["formand"], spec.review_comment, at, review_round=review)


def _secretariat(meeting: Meeting) -> str:
    clusters = meeting.forum.cluster.kind == Cluster.Kind.CLUSTER
    return "sekretariat" if clusters else "raadssekretariat"


def _message(meeting: Meeting, respond_by: datetime.date) -> str:
    with translation.override("da"):
        held, due = dato(meeting.local_day()), dato(respond_by)
    return (
        f"Hermed udkast til referat fra mødet den {held} til gennemlæsning. Send gerne jeres"
        f" bemærkninger senest den {due}, så referatet kan godkendes."
    )


def _comment(
    item: AgendaItem,
    author: User,
    text: str,
    at: datetime.datetime,
    parent: Comment | None = None,
    review_round: ReviewRound | None = None,
) -> Comment:
    comment = Comment(
        item=item,
        author=author,
        text=text,
        created_at=at,
        parent=parent,
        review_round=review_round,
    )
    comment.full_clean()
    comment.save()
    return comment
