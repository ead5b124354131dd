"""Forms of the registry; each owns its validation and its Danish messages."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from klynge.forms import guard_record_choices
from klynge.text import danish_sort_key

from .models import Forum, Membership, Person, TermsOfReference

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d", attrs={"class": "form-input"})


def date_field(label: str, required: bool = False) -> forms.DateField:
    return forms.DateField(
        label=label, required=required, widget=DateInput(), input_formats=DATE_FORMATS
    )


class KlyngeFormMixin:
    """Gives every widget DKFDS's classes so that forms look the same everywhere, and makes
    every choice of records refuse an impossible key as an invalid choice."""

    def full_clean(self) -> None:
        guard_record_choices(self)
        super().full_clean()

    def style_widgets(self) -> None:
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs.setdefault("class", "form-checkbox")
            elif isinstance(widget, forms.Select):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-input")


class MembershipForm(KlyngeFormMixin, forms.ModelForm):
    """Add or edit a seat; a new person can be entered on the spot."""

    new_person_name = forms.CharField(
        label=_("Or a new person: name"), required=False, max_length=200
    )
    new_person_title = forms.CharField(label=_("Title"), required=False, max_length=200)
    new_person_email = forms.EmailField(label=_("E-mail"), required=False)
    new_person_phone = forms.CharField(label=_("Phone"), required=False, max_length=40)
    new_person_contact_public = forms.BooleanField(
        label=_("E-mail and phone on the public site"),
        required=False,
        help_text=_("Only when the person has agreed to it."),
    )
    starts_on = date_field(_("From"))
    ends_on = date_field(_("To (first day without the seat)"))

    class Meta:
        model = Membership
        fields = [
            "person",
            "party",
            "role",
            "rule",
            "position_text",
            "starts_on",
            "ends_on",
            "ex_officio_via",
            "is_contact",
        ]

    def __init__(self, *args: object, forum: Forum, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.forum = forum
        self.instance.forum = forum
        # A new seat may be for a person entered on the spot; a seat keeps its person.
        self.fields["person"].required = self.instance.pk is not None
        self.fields["person"].queryset = Person.objects.select_related("organisation")
        self.fields["party"].queryset = forum.parties()
        terms = forum.current_terms()
        self.fields["rule"].queryset = (
            terms.rules.select_related("party") if terms else (terms_rules_none())
        )
        self.fields["rule"].label_from_instance = str
        self.fields["ex_officio_via"].queryset = self._possible_born_seats()
        self.fields["ex_officio_via"].label_from_instance = lambda m: f"{m.person} – {m.forum}"
        if not self.instance.pk:
            self.initial.setdefault("starts_on", timezone.localdate())
            for name in ("new_person_name", "new_person_title", "new_person_email"):
                self.fields[name].widget.attrs["autocomplete"] = "off"
        else:
            for name in [n for n in self.fields if n.startswith("new_person_")]:
                del self.fields[name]
        self.order_fields(["person", *[n for n in self.fields if n.startswith("new_person_")]])
        self.style_widgets()

    def _possible_born_seats(self) -> object:
        fora = Forum.objects.filter(cluster=self.forum.cluster_id, region=self.forum.region_id)
        return (
            Membership.objects.filter(forum__in=fora, role__in=Membership.CHAIR_ROLES)
            .exclude(forum=self.forum)
            .select_related("person", "forum")
            .order_by("forum__name", "person__name")
        )

    def clean(self) -> dict[str, object]:
        data = super().clean()
        if self.instance.pk is None:
            self._choose_person(data)
        return data

    def _choose_person(self, data: dict[str, object]) -> None:
        person, new_name = data.get("person"), (data.get("new_person_name") or "").strip()
        if person and new_name:
            self.add_error(
                "new_person_name", _("Choose an existing person or enter a new one, not both.")
            )
        elif not person and not new_name:
            self.add_error("person", _("Choose a person or enter a new person's name."))
        elif new_name:
            new_person = Person(
                name=new_name,
                title=data.get("new_person_title", ""),
                email=data.get("new_person_email", ""),
                phone=data.get("new_person_phone", ""),
                contact_public=bool(data.get("new_person_contact_public")),
                organisation=data.get("party"),
            )
            try:
                new_person.full_clean(exclude=["organisation"])
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    self.add_error(
                        f"new_person_{field}" if field != NON_FIELD_ERRORS else None, messages
                    )
            # Saved by the service, in the same transaction as the membership.
            data["person"] = new_person

    def _get_validation_exclusions(self) -> set[str]:
        exclusions = super()._get_validation_exclusions()
        person = self.cleaned_data.get("person")
        if person is not None and person.pk is None:
            exclusions.add("person")
        return exclusions


def terms_rules_none() -> object:
    from .models import CompositionRule

    return CompositionRule.objects.none()


class EndMembershipForm(KlyngeFormMixin, forms.Form):
    ends_on = date_field(_("Last day is the day before"), required=True)

    def __init__(self, *args: object, membership: Membership, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership
        self.fields["ends_on"].label = _("Ends on (first day without the seat)")
        self.initial.setdefault("ends_on", timezone.localdate())
        self.style_widgets()

    def clean_ends_on(self) -> datetime.date:
        ends_on = self.cleaned_data["ends_on"]
        starts_on = self.membership.starts_on
        if starts_on and ends_on <= starts_on:
            raise ValidationError(_("The end date must be after the start date."))
        return ends_on


class TermsForm(KlyngeFormMixin, forms.ModelForm):
    dated = date_field(_("Dated"))

    class Meta:
        model = TermsOfReference
        fields = ["title", "dated", *TermsOfReference.SECTIONS]
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in TermsOfReference.SECTIONS}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.style_widgets()
        for name in TermsOfReference.SECTIONS:
            self.fields[name].widget.attrs["class"] = "form-input"


class ApproveTermsForm(KlyngeFormMixin, forms.Form):
    approved_on = date_field(_("Approved on"), required=True)
    approved_by = forms.CharField(label=_("Approved by"), max_length=200)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.initial.setdefault("approved_on", timezone.localdate())
        self.style_widgets()


class AdHocGroupForm(KlyngeFormMixin, forms.Form):
    name = forms.CharField(label=_("Name of the group"), max_length=200)
    established_on = date_field(_("Established"))

    def __init__(self, *args: object, parent: Forum, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.parent = parent
        self.style_widgets()

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        siblings = Forum.objects.filter(
            cluster=self.parent.cluster_id, region=self.parent.region_id
        )
        if siblings.filter(name__iexact=name).exists():
            raise ValidationError(_("A forum of that name already exists."))
        return name


def sorted_people(people: list[Person]) -> list[Person]:
    return sorted(people, key=lambda p: danish_sort_key(p.name))
