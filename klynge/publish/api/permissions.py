"""Who may call what: everyone may read (the querysets decide what), writes need a token."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from klynge.accounts.permissions import can_manage_forum
from klynge.organisation.models import Forum
from klynge.publish.models import ApiToken


class ReadOrTokenWrite(BasePermission):
    """Reading is open (what is read is filtered by the user's rights); changing needs a
    personal API token. A logged-in browser session may read but not write."""

    message = _("Changes through the API need a personal API token.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return isinstance(request.auth, ApiToken)


def require_manager(request: Request, forum: Forum) -> None:
    """The token's user must be one who manages the forum (its secretariat)."""
    if not can_manage_forum(request.user, forum):
        raise PermissionDenied(_("Only the forum's secretariat may change it."))
