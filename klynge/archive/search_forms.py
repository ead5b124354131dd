"""The search box and its filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
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

# Drawn on every search page: each <input> and <select> through Django's widget templates (one
# render per field, one more per option) cost about as much as the search itself.
DRAWN_INPUTS = ("q", "date_from", "date_to", "with_predecessors")
DRAWN_SELECTS = ("cluster", "forum", "item_kind", "outcome")


class _DrawnInput:
    """The HTML of django/forms/widgets/input.html, written in Python."""

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> str:
        widget = self.get_context(name, value, attrs)["widget"]  # type: ignore[attr-defined]
        shown = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html(
            '<input type="{}" name="{}"{}{}>', widget["type"], name, shown, flatatt(widget["attrs"])
        )


class _DrawnSelect:
    """The HTML of django/forms/widgets/select.html and select_option.html, written in Python
    (for choices without groups)."""

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> str:
        widget = self.get_context(name, value, attrs)["widget"]  # type: ignore[attr-defined]
        options = format_html_join(
            "",
            '\n  <option value="{}"{}>{}</option>',
            (
                (
                    option["value"],
                    mark_safe(" selected" if option["selected"] else ""),
                    option["label"],
                )
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}\n</select>', name, flatatt(widget["attrs"]), options
        )


_DRAWN: dict[type, type] = {}


def _draw_in_python(widget: forms.Widget, how: type) -> None:
    kind = type(widget)
    if kind not in _DRAWN:
        _DRAWN[kind] = type(f"Drawn{kind.__name__}", (how, kind), {})
    widget.__class__ = _DRAWN[kind]


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
        # The options need only the id and the name (drawn on every search page).
        fora = Forum.objects.filter(forum_scope(user))
        self.fields["forum"].queryset = fora.order_by("cluster__name", "name").only("id", "name")
        self.fields["cluster"].queryset = (
            Cluster.objects.filter(pk__in=fora.filter(cluster__isnull=False).values("cluster_id"))
            .order_by("name")
            .only("id", "name")
        )
        self.style_widgets()
        for name in DRAWN_INPUTS:
            _draw_in_python(self.fields[name].widget, _DrawnInput)
        for name in DRAWN_SELECTS:
            _draw_in_python(self.fields[name].widget, _DrawnSelect)
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
