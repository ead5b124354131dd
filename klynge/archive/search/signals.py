"""Keep the search index up to date on every save and delete.

Changes are collected per transaction and indexed once, after the commit: an item saved with
its recommendations, decisions and attachments is indexed once, from what was committed.
"""

from __future__ import annotations

from typing import Any

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from klynge.followup.models import Action
from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting, Recommendation
from klynge.portfolio.models import Initiative

from . import indexer  # checks: registers archive.W001 with ready()
from .entries import SearchEntry

Kind = SearchEntry.Kind
PENDING = "_klynge_search_pending"


def _flush() -> None:
    pending: set[tuple[str, int]] = getattr(connection, PENDING, set())
    setattr(connection, PENDING, set())
    for kind, pk in sorted(pending):
        reindex(kind, pk)


def reindex(kind: str, pk: int) -> None:
    """Index the object as it is now, or take it out of the index if it is gone."""
    if kind == Kind.ITEM:
        item = AgendaItem.objects.select_related("meeting__forum").filter(pk=pk).first()
        _apply(kind, pk, item, indexer.index_item)
    elif kind == Kind.ATTACHMENT:
        attachment = Attachment.objects.select_related("item__meeting__forum").filter(pk=pk)
        _apply(kind, pk, attachment.first(), indexer.index_attachment)
    elif kind == Kind.ACTION:
        action = Action.objects.select_related("forum", "decision", "item__meeting").filter(pk=pk)
        _apply(kind, pk, action.first(), indexer.index_action)
    elif kind == Kind.INITIATIVE:
        initiative = Initiative.objects.select_related("owner_forum").filter(pk=pk).first()
        _apply(kind, pk, initiative, indexer.index_initiative)


def _apply(kind: str, pk: int, obj: Any, index: Any) -> None:
    if obj is None:
        indexer.remove(kind, pk)
    else:
        index(obj)


def _registered() -> bool:
    return any(entry[1] is _flush for entry in connection.run_on_commit)


def schedule(kind: str, pk: int | None) -> None:
    """Reindex the object after the current transaction commits (at once outside one)."""
    if pk is None:
        return
    pending = getattr(connection, PENDING, None)
    if pending is None or (pending and not _registered()):
        # First change, or the transaction that registered the flush was rolled back.
        pending = set()
        setattr(connection, PENDING, pending)
    first = not pending
    pending.add((kind, pk))
    if first:
        transaction.on_commit(_flush)


def _item_changed(sender: type, instance: AgendaItem, **kwargs: Any) -> None:
    schedule(Kind.ITEM, instance.pk)


def _part_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    schedule(Kind.ITEM, instance.item_id)


def _attachment_changed(sender: type, instance: Attachment, **kwargs: Any) -> None:
    schedule(Kind.ATTACHMENT, instance.pk)


def _action_changed(sender: type, instance: Action, **kwargs: Any) -> None:
    schedule(Kind.ACTION, instance.pk)


def _initiative_changed(sender: type, instance: Initiative, **kwargs: Any) -> None:
    schedule(Kind.INITIATIVE, instance.pk)


def _meeting_saved(sender: type, instance: Meeting, **kwargs: Any) -> None:
    """A meeting moved to another day or forum: its entries follow (most saves change neither)."""
    if kwargs.get("created"):
        return
    day = indexer.meeting_day(instance)
    stale = SearchEntry.objects.filter(meeting=instance).exclude(
        date=day, forum_id=instance.forum_id
    )
    for kind, pk in stale.values_list("kind", "object_id"):
        schedule(kind, pk)


UID = "klynge.archive.search"
for model in (AgendaItem,):
    post_save.connect(_item_changed, sender=model, dispatch_uid=f"{UID}.item.save")
    post_delete.connect(_item_changed, sender=model, dispatch_uid=f"{UID}.item.delete")
for model in (Recommendation, Decision):
    name = model.__name__.lower()
    post_save.connect(_part_changed, sender=model, dispatch_uid=f"{UID}.{name}.save")
    post_delete.connect(_part_changed, sender=model, dispatch_uid=f"{UID}.{name}.delete")
post_save.connect(_attachment_changed, sender=Attachment, dispatch_uid=f"{UID}.attachment.save")
post_delete.connect(_attachment_changed, sender=Attachment, dispatch_uid=f"{UID}.attachment.del")
post_save.connect(_action_changed, sender=Action, dispatch_uid=f"{UID}.action.save")
post_delete.connect(_action_changed, sender=Action, dispatch_uid=f"{UID}.action.delete")
post_save.connect(_initiative_changed, sender=Initiative, dispatch_uid=f"{UID}.initiative.save")
post_delete.connect(_initiative_changed, sender=Initiative, dispatch_uid=f"{UID}.initiative.del")
post_save.connect(_meeting_saved, sender=Meeting, dispatch_uid=f"{UID}.meeting.save")
