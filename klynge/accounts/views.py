"""Login by password or through the organisation's identity provider, and the lockout page."""

import logging
import math

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import View
from mozilla_django_oidc import views as oidc_views

from .auth import OIDCUnavailable, oidc_enabled, oidc_endpoints

logger = logging.getLogger(__name__)


class LoginView(auth_views.LoginView):
    """Django's login (which passes the request to authenticate(), as django-axes needs)."""

    template_name = "registration/login.html"

    def get_context_data(self, **kwargs: object) -> dict:
        context = super().get_context_data(**kwargs)
        context["oidc_enabled"] = oidc_enabled()
        return context


def locked_out(
    request: HttpRequest, original_response: object = None, credentials: object = None
) -> HttpResponse:
    """django-axes' answer to a login while the username + address is locked out."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(
        request,
        "registration/locked_out.html",
        {"minutes": minutes},
        status=429,
    )


def _unavailable(request: HttpRequest) -> HttpResponse:
    messages.error(request, _("Login through your organisation is not available right now."))
    return HttpResponseRedirect(resolve_url("login"))


@method_decorator(login_not_required, name="dispatch")
class OIDCAuthenticate(oidc_views.OIDCAuthenticationRequestView):
    """Sends the browser to the identity provider (404 when SSO is not configured)."""

    def __init__(self, **kwargs: object) -> None:
        # Skips mozilla-django-oidc's reading of the settings: get() does it when enabled.
        View.__init__(self, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc_enabled():
            raise Http404
        try:
            endpoints = oidc_endpoints()
        except OIDCUnavailable:
            logger.warning("OIDC login unavailable", exc_info=True)
            return _unavailable(request)
        self.OIDC_OP_AUTH_ENDPOINT = endpoints.authorization
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        return super().get(request)


@method_decorator(login_not_required, name="dispatch")
class OIDCCallback(oidc_views.OIDCAuthenticationCallbackView):
    """Where the identity provider sends the browser back with a code."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc_enabled():
            raise Http404
        return super().get(request)

    def login_failure(self) -> HttpResponse:
        messages.error(
            self.request,
            _(
                "The login through your organisation did not give access to Klynge. Ask the "
                "secretariat if you should have access."
            ),
        )
        return HttpResponseRedirect(resolve_url("login"))
