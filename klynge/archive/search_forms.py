"""The search box and its filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from klynge.accounts.models import User
from klynge.accounts.permissions import forum_scope
from klynge.meetings.models import AgendaItem, Decision
from klynge.organisation.forms import KlyngeFormMixin, date_field
from klynge.organisation.models import Cluster, Forum

KIND_CHOICES = [
    ("item", _("Agenda items")),
    ("action", _("Actions")),
    ("initiative", _("Initiatives")),
    ("attachment", _("Attachments")),
]

SELECT_TEMPLATE = "archive/_search_select.html"


class SearchForm(KlyngeFormMixin, forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=200, required=False)
    cluster = forms.ModelChoiceField(
        label=_("Health cluster or council"), queryset=Cluster.objects.none(), required=False
    )
    with_predecessors = forms.BooleanField(label=_("with its predecessors"), required=False)
    forum = forms.ModelChoiceField(label=_("Forum"), queryset=Forum.objects.none(), required=False)
    date_from = date_field(_("From"))
    date_to = date_field(_("To"))
    item_kind = forms.ChoiceField(
        label=_("Kind of item"),
        choices=[("", _("All kinds")), *AgendaItem.Kind.choices],
        required=False,
    )
    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=[("", _("All decisions")), *Decision.Outcome.choices],
        required=False,
    )
    kinds = forms.MultipleChoiceField(
        label=_("Show"),
        choices=KIND_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fora = Forum.objects.filter(forum_scope(user)).select_related("cluster", "region")
        self.fields["forum"].queryset = fora.order_by("cluster__name", "name")
        self.fields["cluster"].queryset = Cluster.objects.filter(
            pk__in=fora.filter(cluster__isnull=False).values("cluster_id")
        ).order_by("name")
        self.style_widgets()
        for name in ("cluster", "forum", "item_kind", "outcome"):
            self.fields[name].widget.template_name = SELECT_TEMPLATE
        self.fields["kinds"].widget.attrs["class"] = "form-checkbox"
        self.fields["with_predecessors"].widget.attrs["class"] = "form-checkbox"

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end of the period is before its start."))
        return data

    def filters(self) -> dict[str, Any]:
        """The cleaned filters as keyword arguments for search()."""
        data = self.cleaned_data
        return {
            "cluster": data.get("cluster"),
            "with_predecessors": bool(data.get("with_predecessors")),
            "forum": data.get("forum"),
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
            "item_kind": data.get("item_kind") or None,
            "outcome": data.get("outcome") or None,
            "kinds": data.get("kinds") or None,
        }
