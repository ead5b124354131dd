"""The decision page's filter: by forum and year, both optional."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from klynge.organisation.models import Forum


class DecisionFilterForm(forms.Form):
    forum = forms.ChoiceField(label=_("Forum"), required=False)
    # Danish in the address: ?forum=…&aar=2023
    aar = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data: object, *, fora: list[Forum], years: list[int]) -> None:
        super().__init__(data)
        self.fora = {forum.slug: forum for forum in fora}
        everything = [("", _("All"))]
        self.fields["forum"].choices = everything + [(f.slug, f.name) for f in fora]
        self.fields["aar"].choices = everything + [(str(y), str(y)) for y in years]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"

    def chosen(self) -> tuple[Forum | None, int | None]:
        """The forum and year to filter by (None: all); call only when the form is valid."""
        return self.fora.get(self.cleaned_data["forum"]), self.cleaned_data["aar"]
