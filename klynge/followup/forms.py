"""Forms of follow-up: actions, forwarding a matter, proposing and scheduling backlog items."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from klynge.meetings.models import Meeting
from klynge.organisation.forms import DATE_FORMATS, DateInput, KlyngeFormMixin
from klynge.organisation.models import Forum, Organisation, Person

from .models import Action


class ActionForm(KlyngeFormMixin, forms.ModelForm):
    due_on = forms.DateField(
        label=_("Due"), required=False, widget=DateInput(), input_formats=DATE_FORMATS
    )

    class Meta:
        model = Action
        fields = [
            "title",
            "responsible_person",
            "responsible_party",
            "responsible_forum",
            "due_on",
            "status",
            "notes",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: object, forum: Forum, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.instance.forum = forum
        self.fields["responsible_person"].queryset = Person.objects.order_by("name")
        self.fields["responsible_party"].queryset = Organisation.objects.order_by("name")
        self.fields["responsible_forum"].queryset = Forum.objects.filter(
            region=forum.region_id
        ).order_by("name")
        self.style_widgets()


class ForwardForm(KlyngeFormMixin, forms.Form):
    to_forum = forms.ModelChoiceField(label=_("Forward to"), queryset=Forum.objects.none())
    title = forms.CharField(label=_("Title in the receiving forum"), max_length=300, required=False)
    note = forms.CharField(
        label=_("What the forum is asked to do"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args: object, forum: Forum, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_forum"].queryset = (
            Forum.objects.filter(region=forum.region_id).exclude(pk=forum.pk).order_by("name")
        )
        self.style_widgets()


class ProposeForm(KlyngeFormMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    proposed_by = forms.CharField(label=_("Proposed by"), max_length=300, required=False)
    wanted_meeting = forms.ModelChoiceField(
        label=_("Wanted for the meeting"), queryset=Meeting.objects.none(), required=False
    )

    def __init__(self, *args: object, forum: Forum, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["wanted_meeting"].queryset = coming_meetings(forum)
        self.style_widgets()


class ScheduleForm(KlyngeFormMixin, forms.Form):
    meeting = forms.ModelChoiceField(label=_("Meeting"), queryset=Meeting.objects.none())
    duration_minutes = forms.IntegerField(label=_("Duration (minutes)"), min_value=0, initial=15)
    reason = forms.CharField(
        label=_("Reason for the correction"),
        required=False,
        help_text=_("Needed if the meeting's agenda is already published."),
    )

    def __init__(self, *args: object, forum: Forum, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = coming_meetings(forum)
        self.style_widgets()


def coming_meetings(forum: Forum) -> object:
    """The forum's meetings whose agenda can still take an item."""
    return (
        Meeting.objects.filter(forum=forum)
        .exclude(
            state__in=[
                Meeting.State.MINUTES_DRAFT,
                Meeting.State.MINUTES_APPROVED,
                Meeting.State.MINUTES_PUBLISHED,
            ]
        )
        .order_by("starts_at")
    )
