"""Meetings, their agenda items, recommendations, decisions, attendance and document versions."""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge import validation
from klynge.organisation.models import Forum, Membership, Organisation, Person


class Meeting(models.Model):
    """A meeting of a forum, moving through the meeting cycle."""

    class State(models.TextChoices):
        PLANNED = "planned", _("Planned")
        AGENDA_DRAFT = "agenda_draft", _("Agenda in preparation")
        AGENDA_PUBLISHED = "agenda_published", _("Agenda published")
        HELD = "held", _("Held")
        MINUTES_DRAFT = "minutes_draft", _("Minutes in preparation")
        MINUTES_APPROVED = "minutes_approved", _("Minutes approved")
        MINUTES_PUBLISHED = "minutes_published", _("Minutes published")

    # The order of the cycle; a meeting only moves forward.
    CYCLE = list(State.values)

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="meetings"
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.TextField(_("place"), blank=True)
    virtual_address = models.CharField(_("virtual meeting address"), max_length=500, blank=True)
    booking_note = models.CharField(_("form and booking"), max_length=500, blank=True)
    leader = models.ForeignKey(
        Person,
        verbose_name=_("meeting leader"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings_led",
    )
    minute_takers = models.ManyToManyField(
        Person, verbose_name=_("minute-takers"), blank=True, related_name="minutes_taken"
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PLANNED
    )
    agenda_published_at = models.DateTimeField(_("agenda published"), null=True, blank=True)
    minutes_approved_at = models.DateTimeField(_("minutes approved"), null=True, blank=True)
    approval_note = models.CharField(
        _("approval recorded"),
        max_length=300,
        blank=True,
        help_text=_("How minutes approved outside Klynge were approved, e.g. at the next meeting."),
    )
    minutes_published_at = models.DateTimeField(_("minutes published"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="meeting_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        day = timezone.localtime(self.starts_at).date()
        return f"{self.title or self.forum.name} {day:%d.%m.%Y}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:meeting", args=[self.pk])

    def get_additional_data(self) -> dict[str, int]:
        """Files audit entries under the meeting and its forum (see accounts.audit)."""
        return {"meeting": self.pk, "forum": self.forum_id}

    def is_past(self, state: str) -> bool:
        """Has the meeting reached (or passed) the given state of the cycle?"""
        return self.CYCLE.index(self.state) >= self.CYCLE.index(state)

    @property
    def agenda_is_record(self) -> bool:
        """A published agenda is a record: changes are corrections with a new version."""
        return self.is_past(self.State.AGENDA_PUBLISHED)

    @property
    def minutes_are_record(self) -> bool:
        return self.is_past(self.State.MINUTES_APPROVED)

    @property
    def is_held(self) -> bool:
        """Held: apologies are closed and minutes can be written."""
        return self.is_past(self.State.HELD)

    def can_publish_agenda(self) -> bool:
        return self.state in (self.State.PLANNED, self.State.AGENDA_DRAFT)

    def local_day(self) -> datetime.date:
        return timezone.localtime(self.starts_at).date()


class AgendaItem(models.Model):
    """A point on the agenda; its times follow from the meeting's start and the durations."""

    class Kind(models.TextChoices):
        WELCOME = "welcome", _("Welcome")
        DECISION = "decision", _("Decision item")
        DISCUSSION = "discussion", _("Discussion item")
        ORIENTATION = "orientation", _("Orientation item")
        MUTUAL_ORIENTATION = "mutual_orientation", _("Mutual orientation item")
        WRITTEN_ORIENTATION = "written_orientation", _("Written orientation")
        ANY_OTHER_BUSINESS = "any_other_business", _("Any other business")
        BREAK = "break", _("Break")

    # Kinds that carry no number, no recommendations and no minutes.
    UNNUMBERED = (Kind.BREAK,)

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="items"
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.DECISION)
    number_label = models.CharField(
        _("number as printed"),
        max_length=10,
        blank=True,
        validators=validation.item_number,
        help_text=_("Only when the agenda numbers it otherwise, e.g. 4.a for a sub-item."),
    )
    title = models.CharField(_("title"), max_length=300)
    presenters = models.CharField(_("presented by"), max_length=300, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=0, validators=validation.item_minutes
    )
    summary = models.TextField(_("summary"), blank=True)
    case_text = models.TextField(_("case description"), blank=True)
    guests = models.CharField(_("guests for the item"), max_length=500, blank=True)
    closed = models.BooleanField(_("closed item"), default=False)
    minutes_text = models.TextField(_("minutes"), blank=True)
    dissent = models.TextField(
        _("dissent"),
        blank=True,
        help_text=_("Disagreement between the parties, which must appear in the minutes."),
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "position", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspace:item", args=[self.meeting_id, self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.meeting_id}

    @property
    def is_numbered(self) -> bool:
        return self.kind not in self.UNNUMBERED


class Recommendation(models.Model):
    """A numbered recommendation (indstilling) of an item; each gets one decision."""

    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("recommendation"))

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["item", "number"]
        constraints = [
            models.UniqueConstraint(fields=["item", "number"], name="recommendation_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text}"

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.item.meeting_id}


class Decision(models.Model):
    """The decision on a recommendation, or on an item that has none."""

    class Outcome(models.TextChoices):
        APPROVED = "approved", _("Approved")
        APPROVED_WITH_REMARKS = "approved_with_remarks", _("Approved with remarks")
        REJECTED = "rejected", _("Not approved")
        NOTED = "noted", _("Noted")
        DISCUSSED = "discussed", _("Discussed")
        POSTPONED = "postponed", _("Postponed")
        FORWARDED = "forwarded", _("Forwarded")

    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    recommendation = models.OneToOneField(
        Recommendation,
        verbose_name=_("recommendation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="decision",
    )
    outcome = models.CharField(_("decision"), max_length=30, choices=Outcome.choices)
    text = models.TextField(_("wording"), blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["item", "position", "pk"]

    def __str__(self) -> str:
        return f"{OUTCOME_LABELS[self.outcome]}: {self.text}"[:120]

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.item.meeting_id}


# Labels looked up once: Django's get_FOO_display() rebuilds the choices on every call, which
# a meeting of a hundred decisions and attachments noticed.
KIND_LABELS = dict(AgendaItem.Kind.choices)
OUTCOME_LABELS = dict(Decision.Outcome.choices)


def attachment_path(instance: Attachment, filename: str) -> str:
    # The stored name is not the uploaded one: no user-controlled paths on disk.
    return f"bilag/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"


class Attachment(models.Model):
    """A file or a link attached to an item (bilag)."""

    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(_("file"), upload_to=attachment_path, blank=True, max_length=300)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(_("file type"), max_length=120, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    url = models.URLField(_("link"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["item", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url=""), name="attachment_file_or_link"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        if self.url:
            return self.url
        return reverse("meetings:attachment", args=[self.item.meeting_id, self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.item.meeting_id}

    @property
    def is_link(self) -> bool:
        return bool(self.url)

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf"


class Attendance(models.Model):
    """An invitee or a guest of a meeting, and whether they come."""

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ATTENDING = "attending", _("Attending")
        APOLOGY = "apology", _("Sent apologies")
        ABSENT = "absent", _("Absent")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendances"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="attendances"
    )
    party = models.ForeignKey(
        Organisation,
        verbose_name=_("representing"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    membership = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, related_name="attendances"
    )
    role_text = models.CharField(_("role"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.INVITED
    )
    is_guest = models.BooleanField(_("guest"), default=False)
    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("guest for item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guest_attendances",
    )
    substitute = models.ForeignKey(
        Person,
        verbose_name=_("substitute"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="substitutions",
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        ordering = ["meeting", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.status_label}"

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.meeting_id}

    @property
    def status_label(self) -> str:
        # get_status_display() rebuilds the choices each call; a meeting page shows forty.
        return str(_ATTENDANCE_LABELS.get(self.status, self.status))


_ATTENDANCE_LABELS = dict(Attendance.Status.choices)


class MinutesApproval(models.Model):
    """A chair's approval of the minutes, recorded with the time."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="approvals"
    )
    person = models.ForeignKey(Person, verbose_name=_("chair"), on_delete=models.PROTECT)
    approved_at = models.DateTimeField(_("approved"), default=timezone.now)
    by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("approval of the minutes")
        verbose_name_plural = _("approvals of the minutes")
        ordering = ["approved_at"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="approval_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.approved_at:%d.%m.%Y %H:%M}"

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.meeting_id}


class ItemExclusion(models.Model):
    """A member who may not take part in an item (inhabilitet): they leave the room for it, the
    minutes say so, and they see a closed item as a non-member does. Who excluded them and when
    is in the audit trail."""

    item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="exclusions",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("member"), on_delete=models.PROTECT, related_name="exclusions"
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("excluded"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("excluded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("exclusion from an item")
        verbose_name_plural = _("exclusions from items")
        ordering = ["person__name"]
        constraints = [
            models.UniqueConstraint(fields=["item", "person"], name="exclusion_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.item}"

    def get_additional_data(self) -> dict[str, int]:
        return {"meeting": self.item.meeting_id}


class DocumentVersion(models.Model):
    """A frozen version of a published agenda or approved minutes: the record, never changed."""

    class Kind(models.TextChoices):
        AGENDA = "agenda", _("Agenda")
        MINUTES = "minutes", _("Minutes")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="versions"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    number = models.PositiveSmallIntegerField(_("version"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    reason = models.TextField(_("reason for the correction"), blank=True)
    content = models.JSONField(_("content"))

    class Meta:
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        ordering = ["meeting", "kind", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "kind", "number"], name="document_version_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} v{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:version", args=[self.meeting_id, self.kind, self.number])
