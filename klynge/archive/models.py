"""The archive: documents imported into meetings (the search index lives in search/)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge.meetings.models import Meeting
from klynge.organisation.models import Forum


def source_path(instance: ImportedSource, filename: str) -> str:
    return f"archive/sources/{instance.sha256[:2]}/{instance.sha256}/{filename}"


class ImportedSource(models.Model):
    """A document imported into a meeting: the file as it came, its hash and what was read."""

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="imported_sources"
    )
    meeting = models.OneToOneField(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_source",
    )
    file = models.FileField(_("file"), upload_to=source_path, max_length=300)
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("file type"), max_length=120, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    # SHA-256 of the file's bytes: the same file imported twice is found by it.
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    # The structure as the secretary confirmed it (ParsedMeeting.to_json()).
    confirmed = models.JSONField(_("confirmed structure"), default=dict)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("imported"), default=timezone.now)

    class Meta:
        verbose_name = _("imported document")
        verbose_name_plural = _("imported documents")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return self.filename

    def closed_item_pks(self) -> list[int]:
        """The closed items of the meeting the document was imported into."""
        if self.meeting_id is None:
            return []
        return list(self.meeting.items.filter(closed=True).values_list("pk", flat=True))

    def confirmed_closed_items(self) -> bool:
        """Did the secretary confirm a closed item at import (whatever became of it since)?"""
        return any(item.get("closed") for item in self.confirmed.get("items", []))


from .search.entries import SearchEntry  # noqa: E402,F401
