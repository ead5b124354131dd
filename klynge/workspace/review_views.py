"""Pages of the review round (gennemlæsning) and of the participants' approval of the minutes."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from klynge.accounts.permissions import (
    can_approve_as_participant,
    can_manage_forum,
    can_resolve_comment,
    can_see_round,
    can_start_review,
    can_withdraw_participant_approval,
)
from klynge.forms import apply_service, flash_error
from klynge.meetings.models import Meeting

from . import approval, review
from .models import Comment, ParticipantApproval, ReviewRound
from .review_forms import StartRoundForm


def _meeting(pk: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("forum__cluster", "forum__region"), pk=pk
    )


def _crumbs(meeting: Meeting) -> list[object]:
    forum = meeting.forum
    return [forum.region, forum.cluster, forum, meeting]


def _back(request: HttpRequest, fallback: str) -> str:
    """Where a button sends the user back to: the page it was on (`next`), if it is ours."""
    target = (request.POST.get("next") or request.GET.get("next") or "").split("#")[0]
    ours = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if ours and target.startswith("/") else fallback


def _act(request: HttpRequest, operation: Callable[[], object], done: str) -> None:
    """Run a service; its refusal, or else `done`, is the message on the next page."""
    try:
        operation()
    except ValidationError as error:
        flash_error(request, error)
    else:
        messages.success(request, done)


@require_http_methods(["GET", "POST"])
def review_start(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(pk)
    if not can_start_review(request.user, meeting):
        raise PermissionDenied(_("Only the forum's secretariat sends drafts for review."))
    kind = review.kind_for(meeting)
    if kind is None:
        messages.error(request, _("Only a draft agenda or draft minutes can be sent for review."))
        return redirect(meeting)
    people = review.candidates(meeting, kind)
    readers = review.with_access(meeting, people)
    choices = [p for p in people if p.pk in readers]
    form = StartRoundForm(
        request.POST or None,
        people=choices,
        chosen=[p for p in review.chairs(meeting) if p.pk in readers],
    )
    if form.is_valid() and (
        done := apply_service(
            form,
            lambda: review.start_round(meeting, kind, user=request.user, **form.cleaned_data),
        )
    ):
        messages.success(request, _("The draft has been sent for review."))
        return redirect(done.result)
    context = {
        "meeting": meeting,
        "form": form,
        "kind": kind,
        "minutes": kind == ReviewRound.Kind.MINUTES,
        "choices": choices,
        "without_access": [p for p in people if p.pk not in readers],
        "running": review.open_round(meeting, kind),
        "crumbs": _crumbs(meeting),
    }
    return render(request, "workspace/review_start.html", context)


def _round(request: HttpRequest, pk: int, round_pk: int) -> ReviewRound:
    review_round = get_object_or_404(
        ReviewRound.objects.select_related(
            "meeting__forum__cluster", "meeting__forum__region", "started_by__person", "version"
        ).prefetch_related("reviewers"),
        meeting_id=pk,
        pk=round_pk,
    )
    reviewer_ids = [person.pk for person in review_round.reviewers.all()]
    if not can_see_round(request.user, review_round, reviewer_ids):
        raise PermissionDenied(_("Only the secretariat and the reviewers see the round."))
    return review_round


def review_detail(request: HttpRequest, pk: int, round_pk: int) -> HttpResponse:
    review_round = _round(request, pk, round_pk)
    meeting = review_round.meeting
    context = {
        "meeting": meeting,
        "round": review_round,
        "items": review.round_comments([review_round], request.user)[review_round.pk],
        "first_item": review.first_item(meeting, request.user),
        "can_manage": can_manage_forum(request.user, meeting.forum),
        "crumbs": _crumbs(meeting),
    }
    return render(request, "workspace/review_detail.html", context)


@require_http_methods(["GET", "POST"])
def review_close(request: HttpRequest, pk: int, round_pk: int) -> HttpResponse:
    review_round = _round(request, pk, round_pk)
    meeting = review_round.meeting
    if not can_manage_forum(request.user, meeting.forum):
        raise PermissionDenied(_("Only the forum's secretariat closes a review round."))
    if request.method == "POST":
        _act(request, lambda: review.close_round(review_round), _("The review round is closed."))
        return redirect(review_round)
    context = {"meeting": meeting, "round": review_round, "crumbs": _crumbs(meeting)}
    return render(request, "workspace/review_close.html", context)


def _resolvable(request: HttpRequest, comment_pk: int) -> Comment:
    comment = get_object_or_404(
        Comment.objects.select_related("item__meeting__forum", "review_round"), pk=comment_pk
    )
    if not can_resolve_comment(request.user, comment):
        raise PermissionDenied(_("Only the forum's secretariat resolves comments."))
    return comment


def _after_comment(request: HttpRequest, comment: Comment) -> str:
    """Back to the page the button was on, at the comment; else to the round or the item."""
    place = comment.review_round or comment
    return _back(request, place.get_absolute_url().split("#")[0]) + f"#kommentar-{comment.pk}"


@require_POST
def comment_resolve(request: HttpRequest, comment_pk: int) -> HttpResponse:
    comment = _resolvable(request, comment_pk)
    done = _("The comment is marked as resolved.")
    _act(request, lambda: review.resolve_comment(comment, request.user), done)
    return redirect(_after_comment(request, comment))


@require_POST
def comment_reopen(request: HttpRequest, comment_pk: int) -> HttpResponse:
    comment = _resolvable(request, comment_pk)
    _act(request, lambda: review.reopen_comment(comment), _("The comment is open again."))
    return redirect(_after_comment(request, comment))


# --- participants' approval of the minutes ----------------------------------------------------
@require_POST
def participant_approve(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(pk)
    approvers = [person.pk for person in approval.approvers(meeting)]
    if not can_approve_as_participant(request.user, meeting, approvers):
        raise PermissionDenied(
            _("Only those who attended the meeting approve the minutes as participants.")
        )
    _act(
        request,
        lambda: approval.approve_as_participant(meeting, request.user.person, request.user),
        _("You have approved the minutes."),
    )
    return redirect(_back(request, meeting.get_absolute_url()) + "#deltagernes-godkendelse")


@require_http_methods(["GET", "POST"])
def participant_withdraw(request: HttpRequest, pk: int, approval_pk: int) -> HttpResponse:
    meeting = _meeting(pk)
    if not can_withdraw_participant_approval(request.user, meeting):
        raise PermissionDenied(_("Only the forum's secretariat withdraws an approval."))
    given = get_object_or_404(
        ParticipantApproval.objects.select_related("person"), meeting=meeting, pk=approval_pk
    )
    back = _back(request, meeting.get_absolute_url())
    if request.method == "POST":
        done = _("The approval of %(name)s is withdrawn.") % {"name": given.person.name}
        _act(request, lambda: approval.withdraw_participant_approval(given, request.user), done)
        return redirect(back + "#deltagernes-godkendelse")
    context = {"meeting": meeting, "approval": given, "back": back, "crumbs": _crumbs(meeting)}
    return render(request, "workspace/approval_withdraw.html", context)
