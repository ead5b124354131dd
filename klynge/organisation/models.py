"""Who sits where: regions, health bodies (clusters until 2026, councils from 2027), parties,
fora, terms of reference, people, memberships, and the dated changes that end, merge and succeed
regions and bodies."""

from __future__ import annotations

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge import validation


class Lifespan(models.Model):
    """When a region or a body existed: from its first day to its last (both included). An
    ended body keeps its history; the organisational change that ended it names its successors."""

    valid_from = models.DateField(_("exists from"), null=True, blank=True)
    valid_to = models.DateField(
        _("exists until"), null=True, blank=True, help_text=_("The last day it existed.")
    )

    class Meta:
        abstract = True

    def exists_on(self, day: datetime.date) -> bool:
        started = self.valid_from is None or self.valid_from <= day
        return started and (self.valid_to is None or day <= self.valid_to)

    @property
    def has_ended(self) -> bool:
        return self.valid_to is not None and self.valid_to < timezone.localdate()

    def clean(self) -> None:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("The last day cannot come before the first.")})


class Region(Lifespan):
    """One of Denmark's regions: five until 2026, four from 2027 (Region Østdanmark)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("short name"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:region", args=[self.slug])


class Organisation(models.Model):
    """A party that sends members: a municipality, a hospital unit, psychiatry, general practice…"""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        HOSPITAL = "hospital", _("Hospital unit")
        PSYCHIATRY = "psychiatry", _("Psychiatry")
        GENERAL_PRACTICE = "general_practice", _("General practice")
        PATIENT_ORGANISATION = "patient_organisation", _("Patient organisation")
        REGIONAL_ADMINISTRATION = "regional_administration", _("Regional administration")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:organisation", args=[self.pk])


class Cluster(Lifespan):
    """A health body below the region, with its parties and fora: a health cluster
    (sundhedsklynge) around an acute hospital until 2026, a health council (sundhedsråd) covering
    a set of municipalities from 2027. The code keeps the name Cluster for both kinds."""

    class Kind(models.TextChoices):
        CLUSTER = "cluster", _("Health cluster")
        COUNCIL = "council", _("Health council")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CLUSTER)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="clusters"
    )
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("short name"), max_length=100, unique=True)
    parties = models.ManyToManyField(
        Organisation, verbose_name=_("parties"), related_name="clusters", blank=True
    )

    class Meta:
        verbose_name = _("health body")
        verbose_name_plural = _("health bodies")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from .body_urls import body_url

        return body_url("organisation:cluster", self)

    def clean(self) -> None:
        super().clean()
        if self.region_id and self.valid_from and not self.region.exists_on(self.valid_from):
            raise ValidationError({"region": _("The region does not exist on the first day.")})


class Forum(models.Model):
    """A body that meets: political level, steering group, theme group, network, …

    Region-level fora (e.g. Fødeplanudvalget) have no cluster.
    """

    class Kind(models.TextChoices):
        POLITICAL = "political", _("Political level")
        STEERING = "steering", _("Professional-strategic level")
        COORDINATING = "coordinating", _("Coordinating level")
        THEME_GROUP = "theme_group", _("Theme group")
        IMPLEMENTATION = "implementation", _("Implementation group or network")
        COORDINATION_FORUM = "coordination_forum", _("Coordination forum")
        AD_HOC = "ad_hoc", _("Ad hoc or project group")
        IMPROVEMENT_TEAM = "improvement_team", _("Improvement team")
        NETWORK = "network", _("Network group")
        DIRECTORS = "directors", _("Directors' circle")
        SECRETARIAT = "secretariat", _("Secretariat")
        REGIONAL_COMMITTEE = "regional_committee", _("Region-level committee")

    class DecisionRule(models.TextChoices):
        CONSENSUS = "consensus", _("Consensus")
        MAJORITY = "majority", _("Majority")
        NONE = "none", _("Makes no decisions")
        UNSPECIFIED = "", _("Not specified")

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="fora"
    )
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="fora",
        help_text=_("Empty for a region-level forum."),
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    reports_to = models.ForeignKey(
        "self",
        verbose_name=_("reports to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reporting_fora",
    )
    in_decision_structure = models.BooleanField(_("part of the decision structure"), default=True)
    # Open by default: the forum, its meetings, open items and members are on the public site.
    public = models.BooleanField(
        _("on the public site"),
        default=True,
        help_text=_("Meetings, open items, decisions and members are published for everyone."),
    )
    meetings_per_year = models.PositiveSmallIntegerField(
        _("meetings per year"), null=True, blank=True, validators=validation.count
    )
    meeting_frequency_note = models.CharField(_("meeting frequency"), max_length=200, blank=True)
    established_on = models.DateField(_("established"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    ends_note = models.CharField(_("runs until"), max_length=300, blank=True)
    continues = models.ForeignKey(
        "self",
        verbose_name=_("continues"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="continued_as",
        help_text=_("The forum of an ended body whose work this forum carries on."),
    )
    decision_rule = models.CharField(
        _("decision rule"), max_length=20, choices=DecisionRule.choices, blank=True
    )
    agenda_days_before = models.PositiveSmallIntegerField(
        _("agenda out, days before the meeting"),
        default=7,
        validators=[MaxValueValidator(90)],
        help_text=_("The agenda is due this many days before the meeting."),
    )
    minutes_days_after = models.PositiveSmallIntegerField(
        _("minutes out, days after the meeting"),
        default=14,
        validators=[MaxValueValidator(90)],
        help_text=_("The minutes are due this many days after the meeting."),
    )
    deadline_warning_days = models.PositiveSmallIntegerField(
        _("warning, days before a deadline"),
        default=3,
        validators=[MaxValueValidator(30)],
        help_text=_("A deadline this close is shown as a warning on the secretariat's front page."),
    )
    participants_approve_minutes = models.BooleanField(
        _("each participant approves the minutes"),
        default=False,
        help_text=_("Besides the chairs, everyone who attended approves the minutes in Klynge."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("fora")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["cluster", "name"], name="forum_name_unique_in_cluster"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:forum", args=[self.slug])

    def get_additional_data(self) -> dict[str, int]:
        """Files the forum's audit entries under the forum (see accounts.audit)."""
        return {"forum": self.pk}

    def clean(self) -> None:
        if self.cluster_id and self.region_id and self.cluster.region_id != self.region_id:
            raise ValidationError({"cluster": _("The cluster lies in another region.")})
        if self.reports_to_id and self.reports_to_id == self.pk:
            raise ValidationError({"reports_to": _("A forum cannot report to itself.")})
        if self.established_on and self.ends_on and self.ends_on <= self.established_on:
            raise ValidationError({"ends_on": _("The end date must be after the start date.")})

    def parties(self) -> models.QuerySet[Organisation]:
        """The organisations that may send members: the cluster's parties, or any for the region."""
        if self.cluster_id:
            return self.cluster.parties.all()
        return Organisation.objects.filter(Q(region=self.region_id) | Q(region__isnull=True))

    def current_terms(self) -> TermsOfReference | None:
        """The approved terms of reference in force, else the newest draft."""
        versions = sorted(self.terms.all(), key=lambda t: t.version, reverse=True)
        approved = [t for t in versions if t.status == TermsOfReference.Status.APPROVED]
        return (approved or versions or [None])[0]


class TermsOfReference(models.Model):
    """A version of a forum's terms of reference (kommissorium)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PRE_APPROVED = "pre_approved", _("Pre-approved")
        APPROVED = "approved", _("Approved")
        SUPERSEDED = "superseded", _("Superseded")

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="terms"
    )
    version = models.PositiveSmallIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=300)
    purpose = models.TextField(_("purpose"), blank=True)
    tasks = models.TextField(_("tasks"), blank=True)
    competences = models.TextField(_("competences"), blank=True)
    composition = models.TextField(_("composition"), blank=True)
    chairs_and_secretariat = models.TextField(_("chairs and secretariat"), blank=True)
    meeting_frequency = models.TextField(_("meeting frequency"), blank=True)
    period = models.TextField(_("period and timetable"), blank=True)
    communication = models.TextField(_("communication plan"), blank=True)
    conclusion = models.TextField(_("conclusion"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    dated = models.DateField(_("dated"), null=True, blank=True)
    pre_approved_on = models.DateField(_("pre-approved on"), null=True, blank=True)
    pre_approved_by = models.CharField(_("pre-approved by"), max_length=200, blank=True)
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    approved_by = models.CharField(_("approved by"), max_length=200, blank=True)
    superseded_on = models.DateField(_("superseded on"), null=True, blank=True)

    # The sections in the order a document prints them.
    SECTIONS = (
        "purpose",
        "tasks",
        "competences",
        "composition",
        "chairs_and_secretariat",
        "meeting_frequency",
        "period",
        "communication",
        "conclusion",
    )

    class Meta:
        verbose_name = _("terms of reference")
        verbose_name_plural = _("terms of reference")
        ordering = ["forum", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["forum", "version"], name="terms_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    def get_absolute_url(self) -> str:
        return reverse("organisation:terms", args=[self.forum.slug, self.version])

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.forum_id}

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) of every section that has text, in document order."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.SECTIONS
            if getattr(self, name).strip()
        ]

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.PRE_APPROVED)


class CompositionRule(models.Model):
    """One line of a terms of reference's composition: "2-4 chef-/lederrepræsentanter fra hver
    af de 3 kommuner" is party kind municipality, 2..4, from each."""

    terms = models.ForeignKey(
        TermsOfReference,
        verbose_name=_("terms of reference"),
        on_delete=models.CASCADE,
        related_name="rules",
    )
    party = models.ForeignKey(
        Organisation, verbose_name=_("party"), null=True, blank=True, on_delete=models.PROTECT
    )
    party_kind = models.CharField(
        _("party kind"), max_length=30, choices=Organisation.Kind.choices, blank=True
    )
    role_text = models.CharField(_("seat"), max_length=200)
    min_count = models.PositiveSmallIntegerField(
        _("at least"), default=1, validators=validation.count
    )
    max_count = models.PositiveSmallIntegerField(
        _("at most"), null=True, blank=True, validators=validation.count
    )
    from_each = models.BooleanField(_("from each party of the kind"), default=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("composition rule")
        verbose_name_plural = _("composition rules")
        ordering = ["terms", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_count__isnull=True) | Q(max_count__gte=models.F("min_count")),
                name="composition_rule_min_le_max",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.who()}: {self.count_text()} {self.role_text}"

    def clean(self) -> None:
        if not self.party_id and not self.party_kind:
            raise ValidationError(_("Choose a party or a kind of party."))
        if self.max_count is not None and self.max_count < self.min_count:
            raise ValidationError({"max_count": _("At most must not be less than at least.")})

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.terms.forum_id}

    def who(self) -> str:
        if self.party_id:
            return str(self.party)
        return str(Organisation.Kind(self.party_kind).label)

    def count_text(self) -> str:
        """ "2–4", "1" or "mindst 2"."""
        if self.max_count is None:
            return _("at least %(n)d") % {"n": self.min_count}
        if self.max_count == self.min_count:
            return str(self.min_count)
        return f"{self.min_count}–{self.max_count}"

    def matches(self, party: Organisation | None) -> bool:
        if party is None:
            return False
        if self.party_id:
            return party.pk == self.party_id
        return party.kind == self.party_kind


class Person(models.Model):
    """Someone who sits in a forum."""

    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("workplace"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    # The public site shows name, title and organisation; e-mail and phone only with consent.
    contact_public = models.BooleanField(
        _("e-mail and phone on the public site"),
        default=False,
        help_text=_("Only when the person has agreed to it."),
    )
    # The secret in the address of the person's calendar feed, which calendar programs fetch
    # without logging in.
    calendar_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:person", args=[self.pk])


class MembershipQuerySet(models.QuerySet["Membership"]):
    def active_on(self, day: datetime.date) -> MembershipQuerySet:
        return self.filter(Q(starts_on__isnull=True) | Q(starts_on__lte=day)).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gt=day)
        )

    def current(self) -> MembershipQuerySet:
        return self.active_on(timezone.localdate())


class Membership(models.Model):
    """A person's seat in a forum, for a party, in a role, for a period.

    ends_on is the first day the person no longer holds the seat.
    """

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        CO_CHAIR = "co_chair", _("Co-chair")
        MEMBER = "member", _("Member")
        SECRETARY = "secretary", _("Secretary")
        AD_HOC = "ad_hoc", _("Ad hoc member")
        OBSERVER = "observer", _("Observer")

    CHAIR_ROLES = (Role.CHAIR, Role.CO_CHAIR)
    # Secretaries and observers attend but do not fill a seat of the composition.
    SEATED_ROLES = (Role.CHAIR, Role.CO_CHAIR, Role.MEMBER, Role.AD_HOC)

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="memberships"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="memberships"
    )
    party = models.ForeignKey(
        Organisation,
        verbose_name=_("representing"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    rule = models.ForeignKey(
        CompositionRule,
        verbose_name=_("seat in the terms of reference"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
    )
    position_text = models.CharField(_("function in the forum"), max_length=200, blank=True)
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("to"), null=True, blank=True)
    ex_officio_via = models.ForeignKey(
        "self",
        verbose_name=_("ex officio through"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ex_officio_memberships",
        help_text=_("The membership that makes this one a born seat (født medlem)."),
    )
    is_contact = models.BooleanField(_("contact person"), default=False)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["forum", "person__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gt=models.F("starts_on")),
                name="membership_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.forum} ({self.get_role_display()})"

    def get_absolute_url(self) -> str:
        return reverse("organisation:membership_edit", args=[self.forum.slug, self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.forum_id}

    @property
    def is_chair(self) -> bool:
        return self.role in self.CHAIR_ROLES

    def is_active_on(self, day: datetime.date) -> bool:
        started = self.starts_on is None or self.starts_on <= day
        return started and (self.ends_on is None or self.ends_on > day)

    def overlaps(self, other: Membership) -> bool:
        """Do the two periods share a day?"""
        far_past, far_future = datetime.date.min, datetime.date.max
        return (self.starts_on or far_past) < (other.ends_on or far_future) and (
            other.starts_on or far_past
        ) < (self.ends_on or far_future)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.starts_on and self.ends_on and self.ends_on <= self.starts_on:
            errors["ends_on"] = _("The end date must be after the start date.")
        if self.forum_id and self.person_id and "ends_on" not in errors:
            self._check_same_seat_twice(errors)
        if self.forum_id and self.is_chair:
            self._check_chair_is_member(errors)
        if self.rule_id and not self.rule.matches(self.party):
            errors["rule"] = _("The seat is for %(who)s.") % {"who": self.rule.who()}
        if self.ex_officio_via_id:
            self._check_ex_officio(errors)
        if errors:
            raise ValidationError(errors)

    def _check_same_seat_twice(self, errors: dict[str, str]) -> None:
        others = Membership.objects.filter(forum=self.forum_id, person=self.person_id).exclude(
            pk=self.pk
        )
        if any(self.overlaps(other) for other in others):
            errors["person"] = _("%(person)s already has a seat in this forum in that period.") % {
                "person": self.person
            }

    def _check_chair_is_member(self, errors: dict[str, str]) -> None:
        if self.party_id is None or not self.forum.parties().filter(pk=self.party_id).exists():
            errors["party"] = _("A chair must be a member representing one of the forum's parties.")

    def _check_ex_officio(self, errors: dict[str, str]) -> None:
        via = self.ex_officio_via
        if via.person_id != self.person_id:
            errors["ex_officio_via"] = _("The born seat must come from the same person's seat.")
        elif via.forum_id == self.forum_id:
            errors["ex_officio_via"] = _("The born seat must come from another forum.")


def majority_year(day: datetime.date) -> int:
    """The year a changeover counts for: its own, or the next when it falls in the second half
    (a changeover on 16 September 2022 counts as 2023, as the clusters' rotation plans count)."""
    return day.year if day < datetime.date(day.year, 7, 1) else day.year + 1


class ChairRotationPeriod(models.Model):
    """A planned period of a forum's co-chair for a party (the cluster's rotation plan): e.g. the
    municipal co-chair of a theme group 2026–2027 is Viborg Kommune's.

    ends_on is the first day of the next period. Starting the period
    (rotation.services.start_period) names the person and moves the co-chair membership to them.
    """

    forum = models.ForeignKey(
        Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="rotation_periods"
    )
    party = models.ForeignKey(
        Organisation,
        verbose_name=_("party"),
        on_delete=models.PROTECT,
        related_name="rotation_periods",
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"), null=True, blank=True)
    person = models.ForeignKey(
        Person,
        verbose_name=_("co-chair"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rotation_periods",
    )
    membership = models.ForeignKey(
        Membership,
        verbose_name=_("membership"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rotation_periods",
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("chair rotation period")
        verbose_name_plural = _("chair rotation periods")
        ordering = ["forum__position", "forum__name", "starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gt=models.F("starts_on")),
                name="rotation_period_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.forum} – {self.party} ({self.label})"

    def get_absolute_url(self) -> str:
        from .body_urls import body_url

        return body_url("organisation:rotation", self.forum.cluster)

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.forum_id}

    @property
    def is_municipal(self) -> bool:
        return self.party.kind == Organisation.Kind.MUNICIPALITY

    @property
    def is_started(self) -> bool:
        return self.membership_id is not None

    @property
    def first_year(self) -> int:
        return majority_year(self.starts_on)

    @property
    def last_year(self) -> int | None:
        return majority_year(self.ends_on) - 1 if self.ends_on else None

    @property
    def label(self) -> str:
        last = self.last_year
        if last is None:
            return f"{self.first_year}–"
        return str(last) if last == self.first_year else f"{self.first_year}–{last}"

    def overlaps(self, other: ChairRotationPeriod) -> bool:
        far_future = datetime.date.max
        return self.starts_on < (other.ends_on or far_future) and other.starts_on < (
            self.ends_on or far_future
        )

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.ends_on and self.starts_on and self.ends_on <= self.starts_on:
            errors["ends_on"] = _("The end date must be after the start date.")
        if self.forum_id and self.party_id:
            if not self.forum.parties().filter(pk=self.party_id).exists():
                errors["party"] = _("The party is not one of the forum's parties.")
            elif "ends_on" not in errors and self.starts_on:
                self._check_overlap(errors)
        if errors:
            raise ValidationError(errors)

    def _check_overlap(self, errors: dict[str, str]) -> None:
        # A forum has one municipal and one hospital-side co-chair at a time.
        municipal = Q(party__kind=Organisation.Kind.MUNICIPALITY)
        side = municipal if self.is_municipal else ~municipal
        others = ChairRotationPeriod.objects.filter(side, forum=self.forum_id).exclude(pk=self.pk)
        if any(self.overlaps(other) for other in others):
            errors["starts_on"] = _("The period overlaps another period of the same co-chair.")


class OrganisationalChange(models.Model):
    """A dated change of the structure: bodies or regions end, merge, split, are renamed or are
    succeeded. What existed before keeps its history; the change links it to what came after."""

    class Kind(models.TextChoices):
        SUCCESSION = "succession", _("Succession")
        MERGER = "merger", _("Merger")
        SPLIT = "split", _("Split")
        RENAMING = "renaming", _("Renaming")
        END = "end", _("End")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    takes_effect_on = models.DateField(
        _("takes effect on"), help_text=_("The first day of the new structure.")
    )
    title = models.CharField(_("title"), max_length=300)
    note = models.TextField(_("note"), blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)
    predecessor_regions = models.ManyToManyField(
        Region, verbose_name=_("regions before"), blank=True, related_name="changes_out"
    )
    successor_regions = models.ManyToManyField(
        Region, verbose_name=_("regions after"), blank=True, related_name="changes_in"
    )
    predecessor_bodies = models.ManyToManyField(
        Cluster, verbose_name=_("bodies before"), blank=True, related_name="changes_out"
    )
    successor_bodies = models.ManyToManyField(
        Cluster, verbose_name=_("bodies after"), blank=True, related_name="changes_in"
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)
    recorded_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report = models.JSONField(
        _("report"),
        default=dict,
        blank=True,
        help_text=_("What the change moved and ended, as the preview listed it when confirmed."),
    )

    class Meta:
        verbose_name = _("organisational change")
        verbose_name_plural = _("organisational changes")
        ordering = ["takes_effect_on", "pk"]

    def __str__(self) -> str:
        return self.title


class Carryover(models.Model):
    """The trail of one record that a change moved or carried on: an open action, a backlog
    item, a referral, a forum, a seat, an initiative, a fund's remainder or an implementation.
    `source` is where it came from; `result` the record that carries it on (the same record
    when it was only moved)."""

    change = models.ForeignKey(
        OrganisationalChange,
        verbose_name=_("change"),
        on_delete=models.PROTECT,
        related_name="carryovers",
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType", verbose_name=_("kind of record"), on_delete=models.PROTECT
    )
    source_id = models.PositiveBigIntegerField(_("from record"))
    result_id = models.PositiveBigIntegerField(_("to record"), null=True, blank=True)
    label = models.CharField(_("what"), max_length=500)
    from_forum = models.ForeignKey(
        Forum,
        verbose_name=_("from forum"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    to_forum = models.ForeignKey(
        Forum,
        verbose_name=_("to forum"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    amount_ore = models.BigIntegerField(
        _("amount (øre)"), null=True, blank=True, validators=validation.amount_ore
    )

    class Meta:
        verbose_name = _("carried-over record")
        verbose_name_plural = _("carried-over records")
        ordering = ["change", "pk"]
        indexes = [models.Index(fields=["content_type", "result_id"])]

    def __str__(self) -> str:
        return self.label
