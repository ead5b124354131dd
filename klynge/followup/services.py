"""Follow-up's domain acts: actions, forwarding a matter, the backlog, putting it on an agenda."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from klynge.accounts.models import User
from klynge.meetings import services as meeting_services
from klynge.meetings.models import AgendaItem, Decision, Meeting
from klynge.organisation.models import Forum

from .models import Action, BacklogItem, Referral


@transaction.atomic
def save_action(action: Action) -> Action:
    """Create or change an action; done actions remember the day."""
    if action.status == Action.Status.DONE and action.completed_on is None:
        action.completed_on = timezone.localdate()
    if action.status != Action.Status.DONE:
        action.completed_on = None
    action.full_clean()
    action.save()
    return action


@transaction.atomic
def forward(
    item: AgendaItem,
    to_forum: Forum,
    note: str = "",
    decision: Decision | None = None,
    user: User | None = None,
    title: str = "",
) -> Referral:
    """Forward a matter to another forum: it arrives in that forum's backlog with a link back."""
    if to_forum.pk == item.meeting.forum_id:
        raise ValidationError({"to_forum": _("A matter is forwarded to another forum.")})
    waiting = BacklogItem.objects.create(
        forum=to_forum,
        title=title.strip() or item.title,
        description=note,
        proposed_by=str(item.meeting.forum),
        origin_item=item,
        created_by=user if user and user.is_authenticated else None,
    )
    return Referral.objects.create(
        from_item=item,
        decision=decision,
        to_forum=to_forum,
        note=note,
        backlog_item=waiting,
        created_by=waiting.created_by,
    )


@transaction.atomic
def propose(
    forum: Forum,
    title: str,
    description: str = "",
    proposed_by: str = "",
    wanted_meeting: Meeting | None = None,
    origin_item: AgendaItem | None = None,
    user: User | None = None,
) -> BacklogItem:
    """Put a matter on a forum's list of items for coming meetings."""
    if wanted_meeting is not None and wanted_meeting.forum_id != forum.pk:
        raise ValidationError({"wanted_meeting": _("The meeting belongs to another forum.")})
    waiting = BacklogItem(
        forum=forum,
        title=title.strip(),
        description=description,
        proposed_by=proposed_by,
        wanted_meeting=wanted_meeting,
        origin_item=origin_item,
        created_by=user if user and user.is_authenticated else None,
    )
    waiting.full_clean()
    waiting.save()
    return waiting


@transaction.atomic
def schedule(
    waiting: BacklogItem,
    meeting: Meeting,
    user: User | None = None,
    minutes: int = 15,
    reason: str = "",
) -> AgendaItem:
    """Put a waiting matter on a meeting's agenda in one step; the new item links to its origin."""
    waiting = BacklogItem.objects.select_for_update().get(pk=waiting.pk)
    if waiting.status != BacklogItem.Status.WAITING:
        raise ValidationError(_("The matter is no longer waiting."))
    if meeting.forum_id != waiting.forum_id:
        raise ValidationError({"meeting": _("The meeting belongs to another forum.")})
    item = AgendaItem(
        meeting=meeting,
        title=waiting.title,
        kind=AgendaItem.Kind.DECISION,
        duration_minutes=minutes,
        case_text=waiting.description,
    )
    meeting_services.save_item(item, [], user, reason)
    waiting.scheduled_item = item
    waiting.status = BacklogItem.Status.SCHEDULED
    waiting.save(update_fields=["scheduled_item", "status"])
    return item


@transaction.atomic
def withdraw(waiting: BacklogItem) -> None:
    if waiting.status != BacklogItem.Status.WAITING:
        raise ValidationError(_("The matter is no longer waiting."))
    waiting.status = BacklogItem.Status.WITHDRAWN
    waiting.save(update_fields=["status"])


def due_soon(day: datetime.date, within_days: int) -> list[Action]:
    """Open actions falling due within the days ahead (reminders)."""
    until = day + datetime.timedelta(days=within_days)
    return list(Action.objects.open().filter(due_on__gte=day, due_on__lte=until))
