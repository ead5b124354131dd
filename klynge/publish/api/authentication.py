"""Personal API tokens in the Authorization header: `Authorization: Bearer klynge_…`."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from klynge.accounts.models import User
from klynge.publish.models import ApiToken

KEYWORD = b"bearer"


class ApiTokenAuthentication(BaseAuthentication):
    """A request with a token acts as the token's user; an unknown or revoked token is refused
    (401), never treated as anonymous."""

    def authenticate(self, request: Request) -> tuple[User, ApiToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != KEYWORD:
            return None
        if len(parts) != 2:
            raise AuthenticationFailed(_("Give the token after Bearer, with no spaces in it."))
        try:
            raw = parts[1].decode("ascii")
        except UnicodeDecodeError as bad:
            raise AuthenticationFailed(_("Unknown or revoked token.")) from bad
        token = ApiToken.find(raw)
        if token is None or not token.user.is_active:
            raise AuthenticationFailed(_("Unknown or revoked token."))
        token.touch()
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'
