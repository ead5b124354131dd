"""Who is reminded of what, by e-mail (påmindelser og ugeoversigt).

- The person responsible for an open action gets one reminder when the due date is
  ``KLYNGE_REMINDER_DAYS`` days away or closer ("before"), and one on the first day the action is
  overdue, then one a week while it stays overdue ("overdue"). ``Action.reminded_on`` remembers
  the last reminder: never two a day, never the same phase twice.
- Actions with a party or a forum responsible (or a person without an e-mail address) reach the
  secretariat through the weekly digest, which lists every overdue action, every action due in
  the next 14 days and the waiting items for coming meetings of the fora in the user's scope.

This module only selects and renders; ``klynge.followup.tasks`` sends and records.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import NoReverseMatch
from django.utils import formats, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.accounts.permissions import ALL, excluded_items, managed_fora
from klynge.organisation.models import Forum
from klynge.text import danish_sort_key

from .models import Action, BacklogItem

DIGEST_DAYS = 14
OVERDUE_EVERY_DAYS = 7
REMINDER_TEMPLATE = "followup/mail/reminder.txt"
DIGEST_TEMPLATE = "followup/mail/digest.txt"


class Phase(StrEnum):
    BEFORE = "before"
    OVERDUE = "overdue"


class Reminder(EmailMessage):
    """A reminder about one action; remembers the action and its previous ``reminded_on``."""

    def __init__(self, action: Action, phase: Phase, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.action_id: int = action.pk
        self.previous: datetime.date | None = action.reminded_on
        self.phase = phase


def reminder_days() -> int:
    return int(getattr(settings, "KLYNGE_REMINDER_DAYS", 7))


def danish_date(day: datetime.date) -> str:
    with translation.override("da"):
        return formats.date_format(day, "j. F Y")


def absolute_url(obj: Action | BacklogItem | Forum) -> str:
    """The page's full address for a mail; an action falls back to its forum's page."""
    try:
        path = obj.get_absolute_url()
    except NoReverseMatch:
        path = obj.forum.get_absolute_url()
    return settings.KLYNGE_BASE_URL + path


def phase_for(action: Action, day: datetime.date, days: int | None = None) -> Phase | None:
    """Which reminder the action's responsible person is due today, if any."""
    if action.due_on is None or not action.is_open:
        return None
    last = action.reminded_on
    if action.due_on < day:
        week_ago = day - datetime.timedelta(days=OVERDUE_EVERY_DAYS)
        if last is None or last <= action.due_on or last <= week_ago:
            return Phase.OVERDUE
        return None
    window = datetime.timedelta(days=reminder_days() if days is None else days)
    if action.due_on - day <= window and (last is None or last < action.due_on - window):
        return Phase.BEFORE
    return None


def _render(template: str, context: dict[str, object]) -> str:
    with translation.override("da"):
        text = render_to_string(template, context)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _subject(action: Action, phase: Phase) -> str:
    params = {"title": Truncator(action.title).chars(80), "date": danish_date(action.due_on)}
    with translation.override("da"):
        if phase is Phase.OVERDUE:
            return _("Overdue: %(title)s was due on %(date)s") % params
        return _("Reminder: %(title)s is due on %(date)s") % params


def reminder(action: Action, phase: Phase, day: datetime.date) -> Reminder:
    person = action.responsible_person
    body = _render(
        REMINDER_TEMPLATE,
        {
            "action": action,
            "name": person.name,
            "overdue": phase is Phase.OVERDUE,
            "due": danish_date(action.due_on),
            "days_left": (action.due_on - day).days,
            "days_overdue": (day - action.due_on).days,
            "url": absolute_url(action),
        },
    )
    return Reminder(
        action,
        phase,
        subject=_subject(action, phase),
        body=body,
        to=[person.email],
        headers={"X-Klynge-Action": str(action.pk)},
    )


def reminders_for(day: datetime.date) -> list[Reminder]:
    """The reminders to send today to the persons responsible for open actions."""
    horizon = day + datetime.timedelta(days=reminder_days())
    actions = (
        Action.objects.open()
        .filter(due_on__lte=horizon, responsible_person__isnull=False)
        .exclude(responsible_person__email="")
        .select_related("responsible_person", "forum")
    )
    mails = []
    for action in actions:
        phase = phase_for(action, day)
        if phase is not None:
            mails.append(reminder(action, phase, day))
    return mails


# The weekly digest --------------------------------------------------------------------------


@dataclass
class Scope:
    """What one secretariat user oversees: names for the mail, fora for the lists."""

    user: User
    names: list[str] = field(default_factory=list)
    forum_ids: set[int] = field(default_factory=set)


def user_email(user: User) -> str:
    return user.email or (user.person.email if user.person else "")


def secretariat_scopes() -> list[Scope]:
    """Active users with the secretariat role for a cluster or a forum, and an address; each
    covers the fora the policy lets them manage."""
    roles = (
        RoleAssignment.objects.filter(role=Role.SECRETARIAT, user__is_active=True)
        .filter(Q(cluster__isnull=False) | Q(forum__isnull=False))
        .select_related("user__person", "cluster", "forum")
        .order_by("user_id", "pk")
    )
    scopes: dict[int, Scope] = {}
    named_clusters: dict[int, set[int | None]] = defaultdict(set)
    for role in roles:
        if not user_email(role.user):
            continue
        if role.user_id not in scopes:
            scopes[role.user_id] = Scope(role.user, forum_ids=_digest_fora(role.user))
        name = (role.cluster or role.forum).name
        # A forum of a cluster already named is not named again.
        if role.cluster or role.forum.cluster_id not in named_clusters[role.user_id]:
            scopes[role.user_id].names.append(name)
        if role.cluster_id:
            named_clusters[role.user_id].add(role.cluster_id)
    return list(scopes.values())


def _digest_fora(user: User) -> set[int]:
    managed = managed_fora(user)
    if managed is ALL:
        return set(Forum.objects.values_list("pk", flat=True))
    return set(managed)


def _line(action: Action) -> dict[str, object]:
    return {
        "title": action.title,
        "forum": action.forum.name,
        "responsible": action.responsible,
        "due": danish_date(action.due_on),
        "url": absolute_url(action),
    }


def _waiting_line(waiting: BacklogItem) -> dict[str, object]:
    return {
        "title": waiting.title,
        "forum": waiting.forum.name,
        "proposed_by": waiting.proposed_by,
        "url": absolute_url(waiting),
    }


def _digest_data(forum_ids: set[int], day: datetime.date) -> tuple[list[Action], list[BacklogItem]]:
    horizon = day + datetime.timedelta(days=DIGEST_DAYS)
    actions = list(
        Action.objects.open()
        .filter(forum_id__in=forum_ids, due_on__lte=horizon)
        .select_related("forum", "responsible_person", "responsible_party", "responsible_forum")
    )
    waiting = list(
        BacklogItem.objects.filter(forum_id__in=forum_ids, status=BacklogItem.Status.WAITING)
        .select_related("forum")
        .order_by("created_at", "pk")
    )
    waiting.sort(key=lambda item: danish_sort_key(item.forum.name))
    return actions, waiting


def digest(
    scope: Scope, day: datetime.date, actions: list[Action], waiting: list[BacklogItem]
) -> EmailMessage | None:
    """One secretariat user's digest, or None when there is nothing to tell."""
    excluded = excluded_items(scope.user)
    mine = [
        action
        for action in actions
        if action.forum_id in scope.forum_ids and action.item_id not in excluded
    ]
    overdue = [_line(action) for action in mine if action.due_on < day]
    soon = [_line(action) for action in mine if action.due_on >= day]
    backlog = [_waiting_line(item) for item in waiting if item.forum_id in scope.forum_ids]
    if not (overdue or soon or backlog):
        return None
    user = scope.user
    names = ", ".join(scope.names)
    body = _render(
        DIGEST_TEMPLATE,
        {
            "name": user.get_full_name() or (user.person.name if user.person else user.username),
            "scope": names,
            "date": danish_date(day),
            "days": DIGEST_DAYS,
            "overdue": overdue,
            "soon": soon,
            "backlog": backlog,
        },
    )
    with translation.override("da"):
        subject = _("Weekly follow-up overview for %(scope)s, %(date)s") % {
            "scope": Truncator(names).chars(80),
            "date": danish_date(day),
        }
    return EmailMessage(subject=subject, body=body, to=[user_email(user)])


def weekly_digest(day: datetime.date) -> list[EmailMessage]:
    """The secretariat's weekly digest: one mail per user, covering the fora in their scope."""
    scopes = secretariat_scopes()
    all_fora = set().union(*(scope.forum_ids for scope in scopes)) if scopes else set()
    actions, waiting = _digest_data(all_fora, day)
    mails = (digest(scope, day, actions, waiting) for scope in scopes)
    return [mail for mail in mails if mail is not None]
