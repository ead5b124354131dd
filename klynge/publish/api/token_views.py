"""A user's own API tokens (/api/noegler/): make one (shown once), see when each was used,
revoke one."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from klynge.accounts.permissions import manages_any_forum
from klynge.publish.models import ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=100,
        help_text=gettext_lazy("What the token is for, e.g. the program using it."),
        widget=forms.TextInput(attrs={"class": "form-input", "autocomplete": "off"}),
    )


@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    new_secret = ""
    if request.method == "POST" and form.is_valid():
        _token, new_secret = ApiToken.issue(request.user, form.cleaned_data["name"])
        form = TokenForm()
    context = {
        "form": form,
        "new_secret": new_secret,
        "tokens": ApiToken.objects.filter(user=request.user),
        "may_write": _manages_something(request),
    }
    return render(request, "publish/api/tokens.html", context)


def _manages_something(request: HttpRequest) -> bool:
    """Only to tell the user whether their tokens can write; the API decides per forum."""
    return manages_any_forum(request.user)


@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    token.revoke()
    messages.success(request, _("The token %(name)s is revoked.") % {"name": token.name})
    return redirect("api:tokens")
