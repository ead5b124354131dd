"""Forms of the workspace: a forum's deadlines, and the filter of the meeting list."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from klynge.organisation.forms import KlyngeFormMixin
from klynge.organisation.models import Forum
from klynge.text import danish_sort_key

DEADLINE_FIELDS = [
    "agenda_days_before",
    "minutes_days_after",
    "deadline_warning_days",
    "participants_approve_minutes",
]


class DeadlinesForm(KlyngeFormMixin, forms.ModelForm):
    """When a forum's agenda and minutes are due, how early the front page warns, and whether
    each participant approves the minutes."""

    class Meta:
        model = Forum
        fields = DEADLINE_FIELDS
        widgets = {
            # A text box, not type=number: browsers change a number box with the scroll wheel
            # and give back nothing for a letter typed by mistake.
            name: forms.TextInput(
                attrs={"class": "form-input input-char-4", "inputmode": "numeric"}
            )
            for name in DEADLINE_FIELDS[:3]
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style_widgets()

    def save(self, commit: bool = True) -> Forum:
        # Only these fields: another tab may have changed the forum's other details meanwhile.
        forum = super().save(commit=False)
        if commit:
            forum.save(update_fields=DEADLINE_FIELDS)
        return forum


class MeetingFilterForm(forms.Form):
    """Narrow the meeting list to one forum or one cluster (GET parameters forum and klynge)."""

    forum = forms.ChoiceField(label=_("Forum"), required=False)
    klynge = forms.ChoiceField(label=_("Cluster or council"), required=False)

    def __init__(self, data: Any, *, fora: list[Forum]) -> None:
        super().__init__(data)
        everything = [("", _("All"))]
        ordered = sorted(fora, key=lambda f: danish_sort_key(f.name))
        self.fields["forum"].choices = everything + [(f.slug, _label(f)) for f in ordered]
        clusters = {f.cluster.pk: f.cluster for f in fora if f.cluster}
        by_name = sorted(clusters.values(), key=lambda c: danish_sort_key(c.name))
        self.fields["klynge"].choices = everything + [(c.slug, c.name) for c in by_name]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"

    def selection(self) -> Q:
        """A filter on Meeting for the chosen forum and cluster; Q() when none or invalid."""
        if not self.is_valid():
            return Q()
        chosen = Q()
        if self.cleaned_data["forum"]:
            chosen &= Q(forum__slug=self.cleaned_data["forum"])
        if self.cleaned_data["klynge"]:
            chosen &= Q(forum__cluster__slug=self.cleaned_data["klynge"])
        return chosen


def _label(forum: Forum) -> str:
    return f"{forum.name} ({forum.cluster.name})" if forum.cluster else forum.name
