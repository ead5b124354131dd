"""What people do with a meeting before and after it: private notes, shared comments, read
markers, and the secretariat's review rounds (gennemlæsning) of a draft agenda or draft minutes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge.meetings.models import AgendaItem, DocumentVersion, Meeting
from klynge.organisation.models import Person


class Note(models.Model):
    """A person's private note on an item: only its author ever sees it."""

    item = models.ForeignKey(
        AgendaItem, verbose_name=_("agenda item"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="notes",
    )
    text = models.TextField(_("note"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("private note")
        verbose_name_plural = _("private notes")
        constraints = [
            models.UniqueConstraint(fields=["item", "author"], name="note_once_per_item"),
        ]

    def __str__(self) -> str:
        return self.text[:60]


class ReviewRound(models.Model):
    """A draft agenda or draft minutes sent to chosen people to read and comment on before the
    agenda is published or the minutes approved (til gennemlæsning)."""

    class Kind(models.TextChoices):
        AGENDA = "agenda", _("Draft agenda")
        MINUTES = "minutes", _("Draft minutes")

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="review_rounds",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    reviewers = models.ManyToManyField(
        Person, verbose_name=_("reviewers"), related_name="review_rounds"
    )
    message = models.TextField(_("message to the reviewers"), blank=True)
    respond_by = models.DateField(_("comments by"), null=True, blank=True)
    started_at = models.DateTimeField(_("sent"), default=timezone.now)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # The version the release or approval froze: the round is part of that record.
    version = models.ForeignKey(
        DocumentVersion,
        verbose_name=_("recorded in version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="review_rounds",
    )

    class Meta:
        verbose_name = _("review round")
        verbose_name_plural = _("review rounds")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.meeting}"

    def get_absolute_url(self) -> str:
        return reverse("workspace:review", args=[self.meeting_id, self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.meeting_id}

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Comment(models.Model):
    """A comment on an item, shared with everyone who may read the item; or, in a review round,
    with the round's reviewers and the secretariat only. Replies form one-level threads."""

    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    # A reply to a comment whose author was removed becomes a comment of its own.
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
    )
    review_round = models.ForeignKey(
        ReviewRound,
        verbose_name=_("review round"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
    )
    text = models.TextField(_("comment"))
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("mentions"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    # Deleted by its author: the text is gone, the place in the thread stays for the replies.
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["item", "created_at"])]

    def __str__(self) -> str:
        return self.text[:60]

    def get_absolute_url(self) -> str:
        item = self.item
        return reverse("workspace:item", args=[item.meeting_id, item.pk]) + f"#kommentar-{self.pk}"

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.item.meeting_id}


class ItemRead(models.Model):
    """When a person last opened an item: what is new to them is what came after."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="reads")
    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="item_reads"
    )
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("read marker")
        verbose_name_plural = _("read markers")
        constraints = [
            models.UniqueConstraint(fields=["item", "reader"], name="item_read_once"),
        ]

    def __str__(self) -> str:
        return f"{self.reader} {self.item}"


class ParticipantApproval(models.Model):
    """A participant's own approval of the minutes, where the forum's rules ask for it; beside
    the chairs' approval, which makes the minutes a record. Withdrawn only by the secretariat."""

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="participant_approvals",
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="participant_approvals",
    )
    approved_at = models.DateTimeField(_("approved"), default=timezone.now)
    by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("participant's approval of the minutes")
        verbose_name_plural = _("participants' approvals of the minutes")
        ordering = ["approved_at"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="participant_approval_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.approved_at:%d.%m.%Y %H:%M}"

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.meeting_id}
