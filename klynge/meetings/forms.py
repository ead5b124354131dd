"""Forms of the meeting cycle; each owns its validation and Danish messages."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge import validation
from klynge.organisation.forms import DATE_FORMATS, DateInput, KlyngeFormMixin
from klynge.organisation.models import Person

from .models import AgendaItem, Attendance, Decision, Meeting, Recommendation

TIME_FORMATS = ["%H:%M", "%H.%M"]


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self) -> None:
        super().__init__(format="%H:%M", attrs={"class": "form-input"})


class ReasonMixin(forms.Form):
    """A published agenda or approved minutes changes only with a stated reason."""

    reason = forms.CharField(
        label=_("Reason for the correction"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The document is a record: the change becomes a new version with your reason."),
    )


class MeetingForm(KlyngeFormMixin, forms.ModelForm):
    day = forms.DateField(label=_("Date"), widget=DateInput(), input_formats=DATE_FORMATS)
    starts = forms.TimeField(label=_("Starts"), widget=TimeInput(), input_formats=TIME_FORMATS)
    ends = forms.TimeField(label=_("Ends"), widget=TimeInput(), input_formats=TIME_FORMATS)

    class Meta:
        model = Meeting
        fields = ["title", "place", "virtual_address", "booking_note", "leader", "minute_takers"]
        widgets = {"place": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        people = Person.objects.order_by("name")
        self.fields["leader"].queryset = people
        self.fields["minute_takers"].queryset = people
        if self.instance.pk:
            starts = timezone.localtime(self.instance.starts_at)
            ends = timezone.localtime(self.instance.ends_at)
            self.initial.update(day=starts.date(), starts=starts.time(), ends=ends.time())
        self.order_fields(["title", "day", "starts", "ends"])
        self.style_widgets()

    def clean_day(self) -> datetime.date:
        day = self.cleaned_data["day"]
        validation.within_dates(day)
        return day

    def clean(self) -> dict[str, object]:
        data = super().clean()
        day, starts, ends = data.get("day"), data.get("starts"), data.get("ends")
        if day and starts and ends:
            if ends <= starts:
                self.add_error("ends", _("The meeting must end after it starts."))
            self.instance.starts_at = _aware(day, starts)
            self.instance.ends_at = _aware(day, ends)
        return data

    def meeting_data(self) -> dict[str, object]:
        """The valid form's details and minute-takers, as create_meeting and update_meeting
        take them."""
        times = {"starts_at": self.instance.starts_at, "ends_at": self.instance.ends_at}
        return {name: self.cleaned_data[name] for name in self._meta.fields} | times


def _aware(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, time))


class ItemForm(KlyngeFormMixin, ReasonMixin, forms.ModelForm):
    recommendations_text = forms.CharField(
        label=_("Recommendations"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One recommendation per line; they are numbered in this order."),
    )

    class Meta:
        model = AgendaItem
        fields = [
            "kind",
            "number_label",
            "title",
            "presenters",
            "duration_minutes",
            "summary",
            "case_text",
            "guests",
            "closed",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "case_text": forms.Textarea(attrs={"rows": 10}),
        }
        help_texts = {
            "case_text": _("Paragraphs, lists with '- ', **bold** and links are kept."),
        }

    def __init__(self, *args: object, meeting: Meeting, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        if self.instance.pk:
            texts = [r.text for r in self.instance.recommendations.all()]
            self.initial["recommendations_text"] = "\n".join(texts)
        if not meeting.agenda_is_record:
            del self.fields["reason"]
        self.style_widgets()

    def recommendations(self) -> list[str]:
        return [
            line.strip()
            for line in self.cleaned_data.get("recommendations_text", "").splitlines()
            if line.strip()
        ]


class AttachmentForm(KlyngeFormMixin, ReasonMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    file = forms.FileField(label=_("File"), required=False)
    url = forms.URLField(
        label=_("Or a link"), required=False, max_length=1000, assume_scheme="https"
    )

    def __init__(self, *args: object, meeting: Meeting, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if not meeting.agenda_is_record:
            del self.fields["reason"]
        self.style_widgets()

    def clean(self) -> dict[str, object]:
        data = super().clean()
        if data.get("file") and data.get("url"):
            raise ValidationError(_("Attach a file or a link, not both."))
        if not data.get("file") and not data.get("url"):
            raise ValidationError(_("Choose a file or give a link."))
        if data.get("url") and not data.get("title"):
            self.add_error("title", _("A link needs a title."))
        return data


OUTCOME_CHOICES = [("", "—"), *Decision.Outcome.choices]


class MinutesForm(KlyngeFormMixin, ReasonMixin, forms.Form):
    """An item's minutes: text, dissent, one decision per recommendation, and free decisions."""

    FREE_DECISIONS = 2

    minutes_text = forms.CharField(
        label=_("Minutes"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )
    dissent = forms.CharField(
        label=_("Dissent"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Disagreement between the parties must appear in the minutes."),
    )

    def __init__(self, *args: object, item: AgendaItem, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.item = item
        self.recommendation_list: list[Recommendation] = list(item.recommendations.all())
        decisions = list(item.decisions.all())
        by_rec = {d.recommendation_id: d for d in decisions if d.recommendation_id}
        free = [d for d in decisions if not d.recommendation_id]
        self.initial.update(minutes_text=item.minutes_text, dissent=item.dissent)
        for rec in self.recommendation_list:
            self._decision_fields(f"rec_{rec.pk}", f"{rec.number}. {rec.text}", by_rec.get(rec.pk))
        for n in range(max(self.FREE_DECISIONS, len(free))):
            label = _("Decision without a recommendation %(n)d") % {"n": n + 1}
            self._decision_fields(f"free_{n}", label, free[n] if n < len(free) else None)
        if not item.meeting.minutes_are_record:
            del self.fields["reason"]
        self.style_widgets()

    def _decision_fields(self, prefix: str, label: str, decision: Decision | None) -> None:
        self.fields[f"{prefix}_outcome"] = forms.ChoiceField(
            label=label, choices=OUTCOME_CHOICES, required=False
        )
        self.fields[f"{prefix}_text"] = forms.CharField(
            label=_("Wording of the decision"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
        if decision:
            self.initial[f"{prefix}_outcome"] = decision.outcome
            self.initial[f"{prefix}_text"] = decision.text

    def decision_rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        names = [n[: -len("_outcome")] for n in self.fields if n.endswith("_outcome")]
        return [(self[f"{n}_outcome"], self[f"{n}_text"]) for n in names]

    def clean(self) -> dict[str, object]:
        data = super().clean()
        for n in range(self.FREE_DECISIONS):
            if data.get(f"free_{n}_text", "").strip() and not data.get(f"free_{n}_outcome"):
                self.add_error(f"free_{n}_outcome", _("Choose the decision."))
        return data

    def decisions(self) -> list[tuple[Recommendation | None, str, str]]:
        data = self.cleaned_data
        rows: list[tuple[Recommendation | None, str, str]] = [
            (rec, data[f"rec_{rec.pk}_outcome"], data[f"rec_{rec.pk}_text"])
            for rec in self.recommendation_list
            if data.get(f"rec_{rec.pk}_outcome")
        ]
        free = [n for n in self.fields if n.startswith("free_") and n.endswith("_outcome")]
        rows += [
            (None, data[name], data[name.replace("_outcome", "_text")])
            for name in free
            if data.get(name)
        ]
        return rows


class ExclusionForm(KlyngeFormMixin, ReasonMixin, forms.Form):
    """The members who do not take part in an item (inhabilitet)."""

    people = forms.ModelMultipleChoiceField(
        label=_("Members who do not take part in the item"),
        queryset=Person.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-checkbox"}),
        help_text=_(
            "An excluded member leaves the meeting for the item. The minutes say so, and a closed "
            'item is shown to them as to a non-member: its number and "Lukket punkt" only.'
        ),
    )
    note = forms.CharField(
        label=_("Note, e.g. why the member is disqualified"), max_length=300, required=False
    )

    def __init__(self, *args: object, item: AgendaItem, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        invited = item.meeting.attendances.filter(is_guest=False).values("person_id")
        self.fields["people"].queryset = Person.objects.filter(pk__in=invited).order_by("name")
        self.initial["people"] = list(item.exclusions.values_list("person_id", flat=True))
        if not item.meeting.minutes_are_record:
            del self.fields["reason"]
        self.style_widgets()


class ApologyForm(KlyngeFormMixin, forms.Form):
    substitute = forms.ModelChoiceField(
        label=_("Substitute"),
        queryset=Person.objects.none(),
        required=False,
        help_text=_("The substitute is invited in your place."),
    )
    note = forms.CharField(label=_("Note"), max_length=300, required=False)

    def __init__(self, *args: object, attendance: Attendance, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["substitute"].queryset = Person.objects.exclude(
            pk=attendance.person_id
        ).order_by("name")
        self.style_widgets()


class ApprovalOutsideForm(KlyngeFormMixin, forms.Form):
    approved_on = forms.DateField(
        label=_("Approved on"), widget=DateInput(), input_formats=DATE_FORMATS
    )
    note = forms.CharField(label=_("How"), max_length=300, initial=_("Approved by the chairs"))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.style_widgets()


class GuestForm(KlyngeFormMixin, forms.Form):
    """A guest for the meeting or one item: an existing person or a new one."""

    person = forms.ModelChoiceField(
        label=_("Person"), queryset=Person.objects.none(), required=False
    )
    new_name = forms.CharField(label=_("Or a new person: name"), max_length=200, required=False)
    new_title = forms.CharField(label=_("Title"), max_length=200, required=False)
    item = forms.ModelChoiceField(
        label=_("For the item"),
        queryset=AgendaItem.objects.none(),
        required=False,
        help_text=_("Leave empty for the whole meeting."),
    )
    role_text = forms.CharField(label=_("Role"), max_length=200, required=False)

    def __init__(self, *args: object, meeting: Meeting, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.order_by("name")
        self.fields["item"].queryset = meeting.items.all()
        self.style_widgets()

    def clean(self) -> dict[str, object]:
        data = super().clean()
        name = (data.get("new_name") or "").strip()
        if data.get("person") and name:
            self.add_error("new_name", _("Choose an existing person or enter a new one, not both."))
        elif not data.get("person") and not name:
            self.add_error("person", _("Choose a person or enter a new person's name."))
        return data

    def guest(self) -> Person:
        data = self.cleaned_data
        return data["person"] or Person(name=data["new_name"].strip(), title=data["new_title"])
