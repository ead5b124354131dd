"""Cluster funds (klyngemidler), their initiatives, budget lines and distribution keys.

Amounts are whole øre in ``BigIntegerField``s (see money.py). A fund belongs to a cluster and is
governed by an owner forum (its steering level): who may read or change a fund or an initiative
follows that forum's rights.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from klynge import validation
from klynge.meetings.models import AgendaItem, Decision
from klynge.organisation.models import Cluster, Forum, Organisation, Person, Region

from . import money


class Fund(models.Model):
    """A cluster's grant (klyngemidler) for a span of years."""

    class Unit(models.TextChoices):
        KRONER = "kr", _("kroner")
        THOUSANDS = "thousands", _("1,000 kroner")

    cluster = models.ForeignKey(
        Cluster, verbose_name=_("cluster"), on_delete=models.PROTECT, related_name="funds"
    )
    owner_forum = models.ForeignKey(
        Forum,
        verbose_name=_("governed by"),
        on_delete=models.PROTECT,
        related_name="funds",
        help_text=_("The forum that decides on the fund; its readers read the fund."),
    )
    name = models.CharField(_("name"), max_length=200)
    granted_ore = models.BigIntegerField(_("granted (øre)"), validators=validation.amount_ore)
    carried_on_ore = models.BigIntegerField(
        _("carried on (øre)"),
        default=0,
        validators=validation.amount_ore,
        help_text=_("The part of the grant carried on to a successor body's fund at a transition."),
    )
    granted_approximate = models.BooleanField(
        _("granted amount is approximate"), default=False, help_text=_('Printed with "ca."')
    )
    start_year = models.PositiveSmallIntegerField(_("first year"), validators=validation.year)
    end_year = models.PositiveSmallIntegerField(_("last year"), validators=validation.year)
    unit = models.CharField(
        _("tables in"), max_length=10, choices=Unit.choices, default=Unit.KRONER
    )
    small_amount_threshold_ore = models.BigIntegerField(
        _("small-amount threshold (øre)"),
        default=0,
        validators=validation.amount_ore,
        help_text=_("Transfers between parties below this amount are not made."),
    )
    stated_totals = models.JSONField(
        _("totals as printed in the source"),
        default=dict,
        blank=True,
        help_text=_('Per year and "total", in øre, to compare with the sums Klynge computes.'),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("cluster fund")
        verbose_name_plural = _("cluster funds")
        ordering = ["cluster", "start_year", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")), name="fund_years_in_order"
            ),
            models.CheckConstraint(condition=Q(granted_ore__gte=0), name="fund_grant_positive"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portfolio:fund", args=[self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.owner_forum_id}

    @property
    def available_ore(self) -> int:
        """The grant less what a transition carried on: what this fund's initiatives may use."""
        return self.granted_ore - self.carried_on_ore

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))

    @property
    def years_text(self) -> str:
        if self.start_year == self.end_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"

    @property
    def granted_text(self) -> str:
        prefix = "ca. " if self.granted_approximate else ""
        return prefix + money.millions(self.granted_ore)

    def clean(self) -> None:
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The last year cannot come before the first year.")
        if self.granted_ore is not None and self.granted_ore < 0:
            errors["granted_ore"] = _("The grant cannot be negative.")
        if (self.carried_on_ore or 0) > (self.granted_ore or 0):
            errors["carried_on_ore"] = _("More cannot be carried on than was granted.")
        if self.small_amount_threshold_ore is not None and self.small_amount_threshold_ore < 0:
            errors["small_amount_threshold_ore"] = _("The threshold cannot be negative.")
        if (
            self.owner_forum_id
            and self.cluster_id
            and self.owner_forum.cluster_id != self.cluster_id
        ):
            errors["owner_forum"] = _("The forum belongs to another cluster.")
        if errors:
            raise ValidationError(errors)


class Initiative(models.Model):
    """An initiative (klyngeinitiativ, klyngemiddelprojekt) financed by a fund."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        APPROVED = "approved", _("Approved")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")
        STOPPED = "stopped", _("Stopped")

    fund = models.ForeignKey(
        Fund, verbose_name=_("fund"), on_delete=models.PROTECT, related_name="initiatives"
    )
    name = models.CharField(_("name"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner_forum = models.ForeignKey(
        Forum,
        verbose_name=_("owner forum"),
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    chairs = models.ManyToManyField(
        Person, verbose_name=_("chairs"), blank=True, related_name="initiatives_chaired"
    )
    project_lead = models.ForeignKey(
        Person,
        verbose_name=_("project lead"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="initiatives_led",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.APPROVED
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    timeline_note = models.CharField(_("timeline"), max_length=500, blank=True)
    patient_involvement = models.TextField(_("patient and relative involvement"), blank=True)
    evaluation_questions = models.TextField(_("evaluation questions"), blank=True)
    economy_party = models.ForeignKey(
        Organisation,
        verbose_name=_("responsible for the economy"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="initiatives_economy",
    )
    economy_note = models.TextField(_("handling of the project economy"), blank=True)
    economy_status = models.TextField(_("status of the economy"), blank=True)
    agenda_items = models.ManyToManyField(
        AgendaItem,
        verbose_name=_("agenda items"),
        blank=True,
        related_name="initiatives",
        help_text=_("Items that dealt with the initiative, in any forum."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["fund", "position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["fund", "name"],
                name="initiative_name_unique",
                violation_error_message=_("The fund already has an initiative of that name."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portfolio:initiative", args=[self.pk])

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.owner_forum_id}

    def clean(self) -> None:
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The end date must be after the start date.")
        if (
            self.fund_id
            and self.owner_forum_id
            and self.owner_forum.cluster_id != self.fund.cluster_id
        ):
            errors["owner_forum"] = _("The forum belongs to another cluster.")
        if (
            self.fund_id
            and self.economy_party_id
            and not self.fund.cluster.parties.filter(pk=self.economy_party_id).exists()
        ):
            errors["economy_party"] = _("The party is not a party of the cluster.")
        if errors:
            raise ValidationError(errors)


class BudgetLine(models.Model):
    """An amount of an initiative in a year: budget, actual, forecast, surplus, refund, fee…"""

    class Kind(models.TextChoices):
        BUDGET = "budget", _("Budget")
        ACTUAL = "actual", _("Actual")
        FORECAST = "forecast", _("Forecast")
        SURPLUS = "surplus", _("Surplus")
        VAT_REFUND = "vat_refund", _("Surplus from VAT refund (positive list)")
        FEE = "fee", _("Fee")
        CARRY_OVER = "carry_over", _("Carry-over")

    # Kinds whose amount may be negative: a carry-over leaves one year and enters the next.
    SIGNED = (Kind.CARRY_OVER,)

    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        on_delete=models.PROTECT,
        related_name="lines",
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=validation.year)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    amount_ore = models.BigIntegerField(_("amount (øre)"), validators=validation.amount_ore)
    approximate = models.BooleanField(_("approximate"), default=False)
    party = models.ForeignKey(
        Organisation,
        verbose_name=_("party"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budget_lines",
        help_text=_("For an actual: the party that paid. Empty: the party responsible."),
    )
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("approved by decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budget_lines",
    )
    approval_note = models.CharField(
        _("approval outside Klynge"),
        max_length=300,
        blank=True,
        help_text=_("E.g. approved by the directors' circle on 24 April 2023."),
    )
    note = models.TextField(_("note"), blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["initiative", "year", "position", "pk"]

    def __str__(self) -> str:
        return (
            f"{self.initiative} {self.year} {KIND_LABELS[self.kind]}: {money.kr(self.amount_ore)}"
        )

    def get_absolute_url(self) -> str:
        return f"{self.initiative.get_absolute_url()}#linje-{self.pk}"

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.initiative.owner_forum_id}

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))

    @property
    def amount_text(self) -> str:
        return ("ca. " if self.approximate else "") + money.kr(self.amount_ore)


KIND_LABELS = dict(BudgetLine.Kind.choices)


class DistributionKey(models.Model):
    """How a fund's costs are shared among the parties (fordelingsnøgle)."""

    class Method(models.TextChoices):
        EQUAL = "equal", _("Equal shares")
        POPULATION = "population", _("By population")
        CUSTOM = "custom", _("Custom shares")

    fund = models.OneToOneField(
        Fund,
        verbose_name=_("fund"),
        on_delete=models.CASCADE,
        related_name="distribution_key",
    )
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("distribution key")
        verbose_name_plural = _("distribution keys")

    def __str__(self) -> str:
        return f"{self.fund}: {self.get_method_display()}"

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.fund.owner_forum_id}


class DistributionShare(models.Model):
    """A party of a distribution key, with its population or its custom share."""

    key = models.ForeignKey(
        DistributionKey, verbose_name=_("key"), on_delete=models.CASCADE, related_name="shares"
    )
    party = models.ForeignKey(Organisation, verbose_name=_("party"), on_delete=models.PROTECT)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    custom_permille = models.PositiveSmallIntegerField(
        _("share (per mille)"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("share")
        verbose_name_plural = _("shares")
        ordering = ["key", "party__name"]
        constraints = [
            models.UniqueConstraint(fields=["key", "party"], name="distribution_party_once"),
        ]

    def __str__(self) -> str:
        return str(self.party)

    def get_additional_data(self) -> dict[str, int]:
        return {"forum": self.key.fund.owner_forum_id}


class Agreement(models.Model):
    """A region-wide collaboration agreement (samarbejdsaftale), implemented in every cluster.

    Its steering forum is a region-level forum (Fødeplanudvalget, Sundhedsstyregruppen, …) that
    follows the implementation across the clusters; each cluster's implementing forum reports to it.
    """

    class FollowUp(models.IntegerChoices):
        QUARTERLY = 3, _("Quarterly")
        HALF_YEARLY = 6, _("Half-yearly")
        YEARLY = 12, _("Yearly")
        EVERY_OTHER_YEAR = 24, _("Every other year")

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="agreements"
    )
    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    steering_forum = models.ForeignKey(
        Forum,
        verbose_name=_("steering forum"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="steered_agreements",
        help_text=_("The region-level forum that follows the implementation in the clusters."),
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    approved_by = models.CharField(_("approved by"), max_length=500, blank=True)
    in_force_on = models.DateField(_("in force from"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    follow_up_months = models.PositiveSmallIntegerField(
        _("follow-up"), choices=FollowUp.choices, null=True, blank=True
    )
    follow_up_note = models.CharField(_("follow-up note"), max_length=500, blank=True)
    url = models.URLField(_("link to the agreement"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("collaboration agreement")
        verbose_name_plural = _("collaboration agreements")
        ordering = ["region", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "name"],
                name="agreement_name_unique_in_region",
                violation_error_message=_("The region already has an agreement of that name."),
            ),
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("portfolio:agreement", args=[self.pk])

    def get_additional_data(self) -> dict[str, int | None]:
        return {"forum": self.steering_forum_id}

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def clean(self) -> None:
        if self.steering_forum_id and self.region_id:
            forum = self.steering_forum
            if forum.cluster_id is not None or forum.region_id != self.region_id:
                raise ValidationError(
                    {
                        "steering_forum": _(
                            "The steering forum must be a region-level forum of the region."
                        )
                    }
                )


class Milestone(models.Model):
    """A date in an agreement's implementation: a step in force, networks established, …"""

    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="milestones",
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["agreement", "date", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{self.agreement.get_absolute_url()}#milepael-{self.pk}"

    def get_additional_data(self) -> dict[str, int | None]:
        return {"forum": self.agreement.steering_forum_id}


class ImplementationStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    IMPLEMENTED = "implemented", _("Implemented")
    PAUSED = "paused", _("Paused")


STATUS_LABELS = dict(ImplementationStatus.choices)
# DKFDS badge of each status, in the matrix and the documents.
STATUS_BADGES = {
    ImplementationStatus.NOT_STARTED: "badge",
    ImplementationStatus.PLANNED: "badge badge-info",
    ImplementationStatus.IN_PROGRESS: "badge badge-warning",
    ImplementationStatus.IMPLEMENTED: "badge badge-success",
    ImplementationStatus.PAUSED: "badge badge-error",
}


class Implementation(models.Model):
    """An agreement's implementation in one cluster (implementering), by an implementing forum."""

    Status = ImplementationStatus

    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.PROTECT,
        related_name="implementations",
    )
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("cluster"),
        on_delete=models.PROTECT,
        related_name="implementations",
    )
    implementing_forum = models.ForeignKey(
        Forum,
        verbose_name=_("implementing forum"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="implementations",
        help_text=_("A forum of the cluster, or a region-level forum."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED
    )
    next_milestone = models.ForeignKey(
        Milestone,
        verbose_name=_("next milestone"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("implementation")
        verbose_name_plural = _("implementations")
        ordering = ["agreement", "cluster__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "cluster"],
                name="implementation_once_per_cluster",
                violation_error_message=_("The agreement is already implemented in the cluster."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agreement} – {self.cluster}"

    def get_absolute_url(self) -> str:
        return reverse("portfolio:implementation", args=[self.pk])

    def get_additional_data(self) -> dict[str, int | None]:
        return {"forum": self.implementing_forum_id or self.agreement.steering_forum_id}

    @property
    def badge_class(self) -> str:
        return STATUS_BADGES.get(self.status, "badge")

    def clean(self) -> None:
        errors = {}
        if self.agreement_id and self.cluster_id:
            region = self.agreement.region_id
            if self.cluster.region_id != region:
                errors["cluster"] = _("The cluster lies in another region than the agreement.")
            if self.implementing_forum_id:
                forum = self.implementing_forum
                if forum.region_id != region or forum.cluster_id not in (None, self.cluster_id):
                    errors["implementing_forum"] = _(
                        "The implementing forum must belong to the cluster or be a region-level"
                        " forum of the region."
                    )
        if (
            self.next_milestone_id
            and self.agreement_id
            and self.next_milestone.agreement_id != self.agreement_id
        ):
            errors["next_milestone"] = _("The milestone belongs to another agreement.")
        if errors:
            raise ValidationError(errors)


class StatusReport(models.Model):
    """A cluster's report on its implementation of an agreement, to the steering forum."""

    Status = ImplementationStatus

    implementation = models.ForeignKey(
        Implementation,
        verbose_name=_("implementation"),
        on_delete=models.PROTECT,
        related_name="reports",
    )
    reported_on = models.DateField(_("reported on"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    text = models.TextField(
        _("description of the status"), help_text=_("Paragraphs, lists with -, **bold** and links.")
    )
    by = models.CharField(_("reported by"), max_length=300, blank=True)
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="status_reports",
        help_text=_("The item that presented the report, e.g. a written orientation."),
    )
    created = models.DateTimeField(_("registered"), auto_now_add=True)

    class Meta:
        verbose_name = _("status report")
        verbose_name_plural = _("status reports")
        ordering = ["implementation", "-reported_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.implementation} {self.reported_on.isoformat()}"

    def get_absolute_url(self) -> str:
        return f"{self.implementation.get_absolute_url()}#rapport-{self.pk}"

    def get_additional_data(self) -> dict[str, int | None]:
        impl = self.implementation
        return {"forum": impl.implementing_forum_id or impl.agreement.steering_forum_id}

    @property
    def badge_class(self) -> str:
        return STATUS_BADGES.get(self.status, "badge")
