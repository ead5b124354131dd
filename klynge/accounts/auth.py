"""Single sign-on through OpenID Connect, and the client address used by the login lockout.

The OIDC settings (``OIDC_*`` in klynge/settings.py, from ``KLYNGE_OIDC_*``) are read when a
request needs them, never at import, so that an unconfigured installation simply has no
"Log ind med organisationens login" and tests can switch SSO on with ``override_settings``.
"""

import logging
import time
from dataclasses import dataclass

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

logger = logging.getLogger(__name__)

DISCOVERY_CACHE_SECONDS = 60 * 60


class OIDCUnavailable(Exception):
    """SSO is configured but the provider's discovery document cannot be had."""


@dataclass(frozen=True)
class OIDCEndpoints:
    issuer: str
    authorization: str
    token: str
    userinfo: str
    jwks: str


_discovered: dict[str, tuple[float, dict]] = {}


def _discover(issuer: str) -> dict:
    """The provider's discovery document; kept per process for an hour (a cache, not state)."""
    cached = _discovered.get(issuer)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    try:
        response = requests.get(
            f"{issuer}/.well-known/openid-configuration", timeout=settings.OIDC_TIMEOUT
        )
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as error:
        raise OIDCUnavailable(f"OIDC discovery at {issuer} failed: {error}") from error
    _discovered[issuer] = (time.monotonic() + DISCOVERY_CACHE_SECONDS, document)
    return document


def oidc_enabled() -> bool:
    """True when the client credentials and either the issuer or all four endpoints are set."""
    if not (settings.OIDC_RP_CLIENT_ID and settings.OIDC_RP_CLIENT_SECRET):
        return False
    explicit = (
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        settings.OIDC_OP_TOKEN_ENDPOINT,
        settings.OIDC_OP_USER_ENDPOINT,
        settings.OIDC_OP_JWKS_ENDPOINT,
    )
    return bool(settings.OIDC_OP_ISSUER) or all(explicit)


def oidc_endpoints() -> OIDCEndpoints:
    """Endpoints from the settings; those not given come from the issuer's discovery document."""
    issuer = settings.OIDC_OP_ISSUER
    explicit = {
        "authorization": settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        "token": settings.OIDC_OP_TOKEN_ENDPOINT,
        "userinfo": settings.OIDC_OP_USER_ENDPOINT,
        "jwks": settings.OIDC_OP_JWKS_ENDPOINT,
    }
    if issuer and not all(explicit.values()):
        document = _discover(issuer)
        discovered = {
            "authorization": document.get("authorization_endpoint", ""),
            "token": document.get("token_endpoint", ""),
            "userinfo": document.get("userinfo_endpoint", ""),
            "jwks": document.get("jwks_uri", ""),
        }
        explicit = {key: value or discovered[key] for key, value in explicit.items()}
        if document.get("issuer", issuer).rstrip("/") != issuer:
            raise OIDCUnavailable(f"Discovery document of {issuer} names another issuer.")
    if not all(explicit.values()):
        raise OIDCUnavailable("OIDC endpoints are incomplete.")
    return OIDCEndpoints(issuer=issuer, **explicit)


class KlyngeOIDCBackend(OIDCAuthenticationBackend):
    """Logs in a Klynge user from the claims of the organisation's identity provider.

    An existing, active user whose e-mail address matches the verified ``email`` claim is
    logged in (and gets the provider's names). Others are refused unless
    ``OIDC_CREATE_USER`` (KLYNGE_OIDC_CREATE_USERS=1), which creates a user named after
    ``preferred_username`` or ``sub`` without a usable password and without any role.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Django builds every backend for each authenticate() and each request's get_user();
        # mozilla-django-oidc would demand all OIDC settings here, so they wait for a login.
        self.UserModel = get_user_model()

    def _configure(self, endpoints: OIDCEndpoints) -> None:
        self.endpoints = endpoints
        self.OIDC_OP_TOKEN_ENDPOINT = endpoints.token
        self.OIDC_OP_USER_ENDPOINT = endpoints.userinfo
        self.OIDC_OP_JWKS_ENDPOINT = endpoints.jwks
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = settings.OIDC_RP_SIGN_ALGO
        self.OIDC_RP_IDP_SIGN_KEY = None

    def authenticate(self, request: HttpRequest | None, **kwargs: object) -> object:
        # Only the callback view passes a nonce; a password login never reaches the provider.
        if request is None or "nonce" not in kwargs or "password" in kwargs:
            return None
        if not oidc_enabled():
            return None
        try:
            self._configure(oidc_endpoints())
            return super().authenticate(request, **kwargs)
        except (OIDCUnavailable, SuspiciousOperation, requests.RequestException, jwt.PyJWTError):
            logger.warning("OIDC login refused", exc_info=True)
            return None

    def get_user(self, user_id: object) -> object:
        return ModelBackend.get_user(self, user_id)

    def verify_token(self, token: str, **kwargs: object) -> dict:
        payload = super().verify_token(token, **kwargs)
        if "nonce" in kwargs:  # the ID token (userinfo as a JWT comes without)
            audience = payload.get("aud")
            audiences = audience if isinstance(audience, list) else [audience]
            if settings.OIDC_RP_CLIENT_ID not in audiences:
                raise SuspiciousOperation("ID token is not for this client.")
            issuer = self.endpoints.issuer
            if issuer and str(payload.get("iss", "")).rstrip("/") != issuer:
                raise SuspiciousOperation("ID token comes from another issuer.")
        return payload

    def retrieve_matching_jwk(self, token: str) -> jwt.PyJWK:
        if "kid" in jwt.get_unverified_header(token):
            return super().retrieve_matching_jwk(token)
        # OIDC Core 10.1: without "kid" the provider's key set must hold exactly one key.
        response = requests.get(self.OIDC_OP_JWKS_ENDPOINT, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        keys = [key for key in response.json().get("keys", []) if key.get("use", "sig") == "sig"]
        if len(keys) != 1:
            raise SuspiciousOperation("ID token names no key and the key set is ambiguous.")
        return jwt.PyJWK(keys[0])

    def get_userinfo(self, access_token: str, id_token: str, payload: dict) -> dict:
        claims = super().get_userinfo(access_token, id_token, payload)
        if claims.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("Userinfo is about another subject than the ID token.")
        return claims

    def verify_claims(self, claims: dict) -> bool:
        return bool(claims.get("email")) and claims.get("email_verified") is not False

    def filter_users_by_claims(self, claims: dict) -> object:
        return self.UserModel.objects.filter(email__iexact=claims["email"], is_active=True)

    def get_username(self, claims: dict) -> str:
        return str(claims.get("preferred_username") or claims["sub"])[:150]

    def create_user(self, claims: dict) -> object:
        username = self.get_username(claims)
        if self.UserModel.objects.filter(username=username).exists():
            raise SuspiciousOperation(f"User name {username!r} is taken by another user.")
        try:
            with transaction.atomic():
                user = self.UserModel.objects.create_user(
                    username, email=claims["email"], password=None
                )
        except IntegrityError as error:
            raise SuspiciousOperation(f"User {username!r} could not be created.") from error
        logger.info("OIDC created user %s", username)
        return self.update_user(user, claims)

    def update_user(self, user: object, claims: dict) -> object:
        changed = []
        for field, claim in (
            ("first_name", "given_name"),
            ("last_name", "family_name"),
            ("email", "email"),
        ):
            value = claims.get(claim)
            if value and getattr(user, field) != value:
                setattr(user, field, str(value)[:150])
                changed.append(field)
        if changed:
            user.save(update_fields=changed)
        return user


def client_ip(request: HttpRequest) -> str | None:
    """The client's address for the lockout: REMOTE_ADDR, or the address the trusted proxies
    (KLYNGE_TRUSTED_PROXY_COUNT of them) saw, read from the right of X-Forwarded-For."""
    proxies = settings.KLYNGE_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
