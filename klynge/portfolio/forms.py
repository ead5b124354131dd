"""Forms of the portfolio; each owns its validation and its Danish messages."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge.meetings.models import OUTCOME_LABELS, AgendaItem, Decision
from klynge.organisation.forms import KlyngeFormMixin, date_field
from klynge.organisation.models import Forum, Person

from . import money
from .models import BudgetLine, Fund, Implementation, Initiative, StatusReport


class InitiativeForm(KlyngeFormMixin, forms.ModelForm):
    starts_on = date_field(_("Starts"))
    ends_on = date_field(_("Ends"))

    class Meta:
        model = Initiative
        fields = [
            "name",
            "description",
            "owner_forum",
            "status",
            "chairs",
            "project_lead",
            "starts_on",
            "ends_on",
            "timeline_note",
            "patient_involvement",
            "evaluation_questions",
            "economy_party",
            "economy_note",
            "economy_status",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "patient_involvement": forms.Textarea(attrs={"rows": 3}),
            "evaluation_questions": forms.Textarea(attrs={"rows": 3}),
            "economy_note": forms.Textarea(attrs={"rows": 3}),
            "economy_status": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: object, fund: Fund, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.instance.fund = fund
        cluster = fund.cluster
        self.fields["owner_forum"].queryset = Forum.objects.filter(cluster=cluster)
        self.fields["owner_forum"].initial = fund.owner_forum_id
        people = (
            Person.objects.filter(memberships__forum__cluster=cluster).distinct().order_by("name")
        )
        self.fields["chairs"].queryset = people
        self.fields["chairs"].widget.attrs["size"] = 8
        self.fields["project_lead"].queryset = people
        self.fields["economy_party"].queryset = cluster.parties.all()
        self.style_widgets()


class DecisionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Decision) -> str:
        item = obj.item
        day = item.meeting.local_day().strftime("%d.%m.%Y")
        number = f" {obj.recommendation.number}." if obj.recommendation_id else ""
        return (
            f"{day} {item.meeting.forum.name} – {item.title[:70]}:{number}"
            f" {OUTCOME_LABELS.get(obj.outcome, obj.outcome)}"
        )


class BudgetLineForm(KlyngeFormMixin, forms.ModelForm):
    amount = forms.CharField(
        label=_("Amount in kroner"),
        max_length=30,
        help_text=_("E.g. 623.000 or 8.576,50. Only a carry-over can be negative."),
    )
    decision = DecisionChoiceField(
        label=_("Approved by decision"), queryset=Decision.objects.none(), required=False
    )

    class Meta:
        model = BudgetLine
        fields = ["year", "kind", "approximate", "party", "decision", "approval_note", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: object, initiative: Initiative, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.instance.initiative = initiative
        fund = initiative.fund
        self.fields["year"] = forms.TypedChoiceField(
            label=_("Year"),
            coerce=int,
            choices=[(year, str(year)) for year in fund.years],
            error_messages={
                "invalid_choice": _("The year must lie within the fund's years %(years)s.")
                % {"years": fund.years_text}
            },
        )
        self.fields["party"].queryset = fund.cluster.parties.all()
        self.fields["decision"].queryset = (
            Decision.objects.filter(item__meeting__forum__cluster=fund.cluster_id)
            .select_related("item__meeting__forum", "recommendation")
            .order_by("-item__meeting__starts_at", "item__position", "position")
        )
        if self.instance.pk:
            self.fields["amount"].initial = money.kroner(self.instance.amount_ore)
        self.order_fields(["year", "kind", "amount"])
        self.style_widgets()

    def clean_amount(self) -> int:
        try:
            return money.parse_kroner(self.cleaned_data["amount"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error

    def _post_clean(self) -> None:
        if "amount" in self.cleaned_data:
            self.instance.amount_ore = self.cleaned_data["amount"]
        super()._post_clean()


class AgendaItemChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: AgendaItem) -> str:
        meeting = obj.meeting
        day = timezone.localtime(meeting.starts_at).date()
        return f"{day:%d.%m.%Y} · {meeting.forum.name} · {obj.title}"


class StatusReportForm(KlyngeFormMixin, forms.ModelForm):
    """A status report on a cluster's implementation, by its implementing forum's secretariat."""

    reported_on = date_field(_("Reported on"), required=True)
    agenda_item = AgendaItemChoice(
        label=_("Presented at agenda item"),
        queryset=AgendaItem.objects.none(),
        required=False,
        help_text=_("E.g. a written orientation to the steering forum."),
    )

    class Meta:
        model = StatusReport
        fields = ["reported_on", "status", "text", "by", "agenda_item"]
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args: object, implementation: Implementation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.instance.implementation = implementation
        if not self.is_bound:
            self.initial.setdefault("reported_on", timezone.localdate())
            self.initial.setdefault("status", implementation.status)
        self.fields["agenda_item"].queryset = (
            AgendaItem.objects.filter(
                Q(meeting__forum__cluster=implementation.cluster_id)
                | Q(meeting__forum__cluster__isnull=True),
                meeting__forum__region=implementation.agreement.region_id,
            )
            .select_related("meeting__forum")
            .order_by("-meeting__starts_at", "position")
        )
        self.style_widgets()


class ReportDateForm(forms.Form):
    """The date of a status document (GET)."""

    dato = date_field(_("Status on"))
