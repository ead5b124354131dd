"""The review round and the participants' approval on the meeting page, and the rounds a version
recorded on the version page; each in a fixed number of queries.

    {% load review_tags %}{% review_panel meeting %}{% participant_approval meeting %}
    {% review_record version %}
"""

from __future__ import annotations

from typing import Any

from django import template

from klynge.accounts.permissions import (
    can_approve_as_participant,
    can_manage_forum,
    can_see_round,
    can_withdraw_participant_approval,
)
from klynge.meetings.models import DocumentVersion, Meeting
from klynge.meetings.services import chairs

from .. import approval, review
from ..models import ReviewRound

register = template.Library()


def _rounds(rounds: Any, user: Any) -> list[ReviewRound]:
    """The rounds the user may see, with their reviewers and (comments, resolved) counts."""
    rounds = list(rounds.select_related("meeting__forum", "started_by__person", "version"))
    rounds = [r for r in rounds if can_see_round(user, r, [p.pk for p in r.reviewers.all()])]
    tallies = review.counts(rounds, user)
    for r in rounds:
        r.comment_count, r.resolved_count = tallies[r.pk]
    return rounds


@register.inclusion_tag("workspace/review_panel.html", takes_context=True)
def review_panel(context: template.Context, meeting: Meeting) -> dict[str, object]:
    """For the secretariat: the rounds and the button that starts one. For a reviewer: the
    round waiting for them, with a way into the items."""
    request = context["request"]
    user = request.user
    manage = can_manage_forum(user, meeting.forum)
    rounds = _rounds(meeting.review_rounds.prefetch_related("reviewers"), user)
    kind = review.kind_for(meeting) if manage else None
    open_kinds = {r.kind for r in rounds if r.is_open}
    waiting = [r for r in rounds if r.is_open] if not manage else []
    first_item = review.first_item(meeting, user) if waiting else None
    return {
        "request": request,
        "meeting": meeting,
        "manage": manage,
        "rounds": rounds,
        "waiting": waiting,
        "first_item": first_item,
        "may_start": kind is not None and kind not in open_kinds,
        "start_minutes": kind == ReviewRound.Kind.MINUTES,
    }


@register.inclusion_tag("workspace/approval_list.html", takes_context=True)
def participant_approval(context: template.Context, meeting: Meeting) -> dict[str, object]:
    """Who of the participants has approved the minutes, when; the one-click approval for the
    logged-in participant and the withdrawal for the secretariat."""
    request = context["request"]
    user = request.user
    forum = meeting.forum
    if not forum.participants_approve_minutes or not meeting.is_past(Meeting.State.MINUTES_DRAFT):
        return {"shown": False}
    chair_ids = {chair.pk for chair in chairs(meeting)}
    people = approval.approvers(meeting, chair_ids)
    given = {a.person_id: a for a in meeting.participant_approvals.select_related("person")}
    rows = [(person, given.get(person.pk)) for person in people]
    listed = {person.pk for person in people}
    rows += [(a.person, a) for pk, a in given.items() if pk not in listed]
    is_open = approval.is_open(meeting)
    mine = given.get(user.person_id) if user.is_authenticated else None
    return {
        "shown": True,
        "request": request,
        "meeting": meeting,
        "rows": rows,
        "approved": len([1 for _person, a in rows if a]),
        "mine": mine,
        "may_approve": is_open
        and mine is None
        and can_approve_as_participant(user, meeting, listed),
        "may_withdraw": is_open and can_withdraw_participant_approval(user, meeting),
    }


@register.inclusion_tag("workspace/review_record.html", takes_context=True)
def review_record(context: template.Context, version: DocumentVersion) -> dict[str, object]:
    """The review rounds recorded in the version: what was sent to whom, and for those who may
    see the round its comments and how each was resolved."""
    request = context["request"]
    user = request.user
    rounds = list(
        version.review_rounds.select_related(
            "meeting__forum", "started_by__person", "version"
        ).prefetch_related("reviewers")
    )
    seen = [r for r in rounds if can_see_round(user, r, [p.pk for p in r.reviewers.all()])]
    comments = review.round_comments(seen, user)
    for r in rounds:
        # Those outside the round see that it took place, not what was said in it.
        r.entries = comments.get(r.pk)
        r.unseen = r.entries is None
    return {"request": request, "rounds": rounds}
