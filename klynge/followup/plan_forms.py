"""The confirmation of the annual plan's proposal (forms.py belongs to the follow-up screens)."""

from django import forms


class CreatePlannedMeetingsForm(forms.Form):
    """Posted once to review what will be created, then again with `confirm` to create it.

    `fingerprint` is the proposal as it was reviewed: if the proposal has changed since (someone
    planned a meeting meanwhile), the new one is shown for review instead of being created.
    """

    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
    fingerprint = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
