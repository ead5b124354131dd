"""Follow-up after the meeting and planning before the next: actions, referrals between fora,
the backlog of items for coming meetings, and the rules that order a cluster's annual plan."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge.meetings.models import AgendaItem, Decision, Meeting
from klynge.organisation.models import Forum, Organisation, Person


class ActionQuerySet(models.QuerySet["Action"]):
    def open(self) -> ActionQuerySet:
        return self.filter(status__in=Action.OPEN_STATUSES)

    def overdue(self, day: datetime.date | None = None) -> ActionQuerySet:
        return self.open().filter(due_on__lt=day or timezone.localdate())


class Action(models.Model):
    """Something to be done after a decision or an item: what, who, by when (opfølgning)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    forum = models.ForeignKey(
        Forum,
        verbose_name=_("forum"),
        on_delete=models.PROTECT,
        related_name="actions",
        help_text=_("The forum that follows up on the action."),
    )
    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
    )
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
    )
    title = models.CharField(_("what"), max_length=500)
    responsible_person = models.ForeignKey(
        Person,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
    )
    responsible_party = models.ForeignKey(
        Organisation,
        verbose_name=_("responsible party"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
    )
    responsible_forum = models.ForeignKey(
        Forum,
        verbose_name=_("responsible forum"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions_responsible",
    )
    due_on = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    completed_on = models.DateField(_("completed"), null=True, blank=True)
    reminded_on = models.DateField(_("last reminder"), null=True, blank=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = [models.F("due_on").asc(nulls_last=True), "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(responsible_person__isnull=False)
                | Q(responsible_party__isnull=False)
                | Q(responsible_forum__isnull=False),
                name="action_has_someone_responsible",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("followup:action", args=[self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.forum_id}

    def clean(self) -> None:
        if not (
            self.responsible_person_id or self.responsible_party_id or self.responsible_forum_id
        ):
            raise ValidationError(
                {"responsible_person": _("Name who is responsible: a person, a party or a forum.")}
            )

    @property
    def responsible(self) -> str:
        who = self.responsible_person or self.responsible_party or self.responsible_forum
        return str(who or "")

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, day: datetime.date | None = None) -> bool:
        today = day or timezone.localdate()
        return self.is_open and self.due_on is not None and self.due_on < today


class DigestDay(models.Model):
    """A day whose weekly digest has gone out, recorded before it is sent: the unique day lets
    only one of several task workers running the day's reminders at once send it."""

    day = models.DateField(_("day"), unique=True)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("weekly digest sent")
        verbose_name_plural = _("weekly digests sent")

    def __str__(self) -> str:
        return self.day.isoformat()


class BacklogItem(models.Model):
    """A matter waiting for a coming meeting of a forum (punkter til kommende møder)."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        SCHEDULED = "scheduled", _("On an agenda")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="backlog"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    proposed_by = models.CharField(_("proposed by"), max_length=300, blank=True)
    origin_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("comes from"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="backlog_items",
        help_text=_("The agenda item where the matter was raised or forwarded."),
    )
    wanted_meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("wanted for the meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wanted_backlog",
    )
    scheduled_item = models.OneToOneField(
        AgendaItem,
        verbose_name=_("put on the agenda as"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="from_backlog",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.WAITING
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("item for a coming meeting")
        verbose_name_plural = _("items for coming meetings")
        ordering = ["forum", "status", "created_at", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("followup:backlog", args=[self.forum.slug]) + f"#sag-{self.pk}"

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.forum_id}


class Referral(models.Model):
    """A matter forwarded from one forum's item or decision to another forum (videresendt)."""

    from_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("from the item"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
    )
    to_forum = models.ForeignKey(
        Forum, verbose_name=_("to the forum"), on_delete=models.PROTECT, related_name="referrals_in"
    )
    note = models.TextField(_("what the forum is asked to do"), blank=True)
    backlog_item = models.OneToOneField(
        BacklogItem, on_delete=models.PROTECT, related_name="referral"
    )
    created_at = models.DateTimeField(_("forwarded"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_item} → {self.to_forum}"

    def get_absolute_url(self) -> str:
        return self.backlog_item.get_absolute_url()

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.to_forum_id}


class PlanningRule(models.Model):
    """An ordering rule of the annual plan: "the psychiatry theme group meets after the
    steering group" — at least `min_days` after each of the other forum's meetings."""

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.CASCADE, related_name="planning_rules"
    )
    after = models.ForeignKey(
        Forum, verbose_name=_("meets after"), on_delete=models.CASCADE, related_name="+"
    )
    min_days = models.PositiveSmallIntegerField(_("at least days after"), default=7)
    max_days = models.PositiveSmallIntegerField(_("at most days after"), null=True, blank=True)

    class Meta:
        verbose_name = _("planning rule")
        verbose_name_plural = _("planning rules")
        constraints = [
            models.UniqueConstraint(fields=["forum", "after"], name="planning_rule_once"),
            models.CheckConstraint(condition=~Q(forum=models.F("after")), name="rule_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.forum} efter {self.after}"
