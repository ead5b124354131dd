"""The secretariat's form that sends a draft for review."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from klynge.organisation.forms import DATE_FORMATS, DateInput, KlyngeFormMixin
from klynge.organisation.models import Person


class StartRoundForm(KlyngeFormMixin, forms.Form):
    reviewers = forms.ModelMultipleChoiceField(
        label=_("Who reads the draft"),
        queryset=Person.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-checkbox"}),
        error_messages={"required": _("Choose at least one person to read the draft.")},
    )
    message = forms.CharField(
        label=_("Message with the draft"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent in the e-mail and shown with the draft, e.g. what to look at."),
    )
    respond_by = forms.DateField(
        label=_("Comments by"), required=False, widget=DateInput(), input_formats=DATE_FORMATS
    )

    def __init__(
        self, *args: object, people: list[Person], chosen: list[Person], **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)
        by_pk = {person.pk: person for person in people}
        field = self.fields["reviewers"]
        field.queryset = Person.objects.filter(pk__in=by_pk)
        # The choices in the order given (chairs first), without a query per rendering.
        field.choices = [(person.pk, person.name) for person in people]
        self.initial["reviewers"] = [person.pk for person in chosen]
        self.style_widgets()
