"""Forms of the item pane: the private note and a comment."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from klynge.organisation.forms import KlyngeFormMixin

from .services import MAX_TEXT


class NoteForm(KlyngeFormMixin, forms.Form):
    """The reader's private note. Its own ids: the item pane holds a comment form as well."""

    text = forms.CharField(
        label=_("My note"),
        required=False,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only you can see your note. Leave it empty to remove it."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "note_%s")
        super().__init__(*args, **kwargs)
        self.style_widgets()


class CommentForm(KlyngeFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Comment"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Everyone who may read the item sees it. "
            "Write @ and a login name to tell someone, e.g. @formand."
        ),
        error_messages={"required": _("Write something first.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "comment_%s")
        super().__init__(*args, **kwargs)
        self.style_widgets()
