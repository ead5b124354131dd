"""Read-side selections of follow-up: action lists, overviews, the trail of a matter."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from klynge.meetings.models import AgendaItem
from klynge.organisation.models import Cluster, Forum

from .models import Action, BacklogItem


def actions() -> QuerySet[Action]:
    return Action.objects.select_related(
        "forum", "item__meeting", "responsible_person", "responsible_party", "responsible_forum"
    )


def cluster_open_actions(cluster: Cluster, visible: QuerySet[Forum]) -> QuerySet[Action]:
    return actions().open().filter(forum__cluster=cluster, forum__in=visible)


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
