"""Read-side selections of follow-up: action lists, overviews, the trail of a matter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from klynge.accounts.permissions import readable_actions, readable_items
from klynge.meetings.models import AgendaItem
from klynge.organisation.models import Cluster, Forum

from .models import Action, BacklogItem


def actions() -> QuerySet[Action]:
    return Action.objects.select_related(
        "forum", "item__meeting", "responsible_person", "responsible_party", "responsible_forum"
    )


def readable(user: Any) -> QuerySet[Action]:
    """The actions the user may read, as the policy decides (closed items' included or not)."""
    return actions().filter(readable_actions(user))


def cluster_open_actions(cluster: Cluster, user: Any) -> QuerySet[Action]:
    return readable(user).open().filter(forum__cluster=cluster)


def shown_items(user: Any, items: Iterable[AgendaItem | None]) -> set[int]:
    """Of the given items, those whose title and content the user may read (one query)."""
    pks = {item.pk for item in items if item is not None}
    if not pks:
        return set()
    visible = AgendaItem.objects.filter(readable_items(user), pk__in=pks)
    return set(visible.values_list("pk", flat=True))


def mark_items(user: Any, actions: Iterable[Action]) -> list[Action]:
    """The actions, each with `item_shown`: may the user read the item it came from?"""
    actions = list(actions)
    shown = shown_items(user, (action.item for action in actions))
    for action in actions:
        action.item_shown = action.item_id in shown
    return actions


def backlog(forum: Forum) -> QuerySet[BacklogItem]:
    return forum.backlog.select_related(
        "origin_item__meeting__forum", "wanted_meeting", "scheduled_item__meeting", "referral"
    )


@dataclass
class TrailStep:
    """Where a matter has been: an agenda item of some forum's meeting, or a forum's backlog
    where it still waits."""

    item: AgendaItem | None = None
    waiting: BacklogItem | None = None
    via: str = ""
    onward: list[TrailStep] = field(default_factory=list)

    @property
    def forum(self) -> Forum:
        return self.item.meeting.forum if self.item else self.waiting.forum


def _item(pk: int) -> AgendaItem:
    return (
        AgendaItem.objects.select_related("meeting__forum", "from_backlog__origin_item")
        .prefetch_related("decisions")
        .get(pk=pk)
    )


def _origin(item: AgendaItem) -> AgendaItem | None:
    waiting = getattr(item, "from_backlog", None)
    return _item(waiting.origin_item_id) if waiting and waiting.origin_item_id else None


def _onward(item: AgendaItem, seen: set[int]) -> list[TrailStep]:
    steps = []
    for waiting in item.backlog_items.select_related("forum", "referral").order_by("created_at"):
        via = "forwarded" if hasattr(waiting, "referral") else "proposed"
        if waiting.scheduled_item_id and waiting.scheduled_item_id not in seen:
            seen.add(waiting.scheduled_item_id)
            later = _item(waiting.scheduled_item_id)
            steps.append(TrailStep(item=later, via=via, onward=_onward(later, seen)))
        elif waiting.status == BacklogItem.Status.WAITING:
            steps.append(TrailStep(waiting=waiting, via=via))
    return steps


def matter_trail(item: AgendaItem) -> list[TrailStep]:
    """The matter's way through the fora, from where it first came up, both ways from `item`:
    a list from the first item to `item`, the last step holding what happened onward."""
    chain = [_item(item.pk)]
    while (origin := _origin(chain[0])) and origin.pk not in {i.pk for i in chain}:
        chain.insert(0, origin)
    steps = [TrailStep(item=step, via="forwarded" if n else "") for n, step in enumerate(chain)]
    steps[-1].onward = _onward(chain[-1], {i.pk for i in chain})
    return steps
