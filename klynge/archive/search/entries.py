"""The search index: one row per searchable thing, with its lemmas and what the filters need.

SQLite searches the lemmas through an FTS5 table (archive_search_fts, external content, kept
in step by triggers); PostgreSQL through a generated tsvector column `vector` with a GIN index.
Both are made by migration 0002 for their database only and are not fields of the model.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Cluster, Forum, Region


class SearchEntry(models.Model):
    """An agenda item, action, initiative or attachment as the search sees it."""

    class Kind(models.TextChoices):
        ITEM = "item", _("Agenda item")
        ACTION = "action", _("Action")
        INITIATIVE = "initiative", _("Initiative")
        ATTACHMENT = "attachment", _("Attachment")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("object"))
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    forum = models.ForeignKey(
        Forum, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Denormalised from the forum; NULL for a region-level forum.
    cluster = models.ForeignKey(
        Cluster, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField(_("date"), null=True, blank=True)
    item_kind = models.CharField(_("kind of item"), max_length=30, blank=True)
    # The outcomes of the item's decisions, space-separated with a space at each end.
    outcomes = models.CharField(_("decisions"), max_length=300, blank=True)
    closed = models.BooleanField(_("closed"), default=False)
    # The agenda item the entry is about (itself, or the item of an attachment or action), and
    # for a closed item that item's forum: who may find a closed entry is decided by the item's
    # forum and the item's exclusions, not by the forum the entry is listed under.
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    closed_forum = models.ForeignKey(
        Forum, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=500)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("address"), max_length=1000, blank=True)
    lemmas = models.TextField(_("lemmas"), blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_once"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"
