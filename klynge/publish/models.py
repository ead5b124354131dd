"""Personal API tokens: how a program acts for a user in the JSON API.

Only a SHA-256 digest of a token is stored; the token itself is shown once, when it is made.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "klynge_"
# How often the time of last use is written: not on every request of a busy client.
LAST_USED_GRANULARITY_SECONDS = 60


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked__isnull=True)


class ApiToken(models.Model):
    """A personal token; requests made with it act as its user, with the user's rights."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("What the token is for, e.g. the program using it.")
    )
    digest = models.CharField(_("SHA-256 of the token"), max_length=64, unique=True, editable=False)
    # The first characters, so that the owner can tell the tokens apart; not enough to guess it.
    hint = models.CharField(_("begins with"), max_length=16, editable=False)
    created = models.DateTimeField(_("created"), default=timezone.now)
    last_used = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.hint}…)"

    @classmethod
    def issue(cls, user: models.Model, name: str) -> tuple[ApiToken, str]:
        """Make a new token for the user; returns it with the secret, which is not kept."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user,
            name=name.strip(),
            digest=token_digest(raw),
            hint=raw[: len(TOKEN_PREFIX) + 4],
        )
        return token, raw

    @classmethod
    def find(cls, raw: str) -> ApiToken | None:
        """The active token with this secret, with its user."""
        return cls.objects.active().select_related("user").filter(digest=token_digest(raw)).first()

    @property
    def is_active(self) -> bool:
        return self.revoked is None

    def revoke(self) -> None:
        if self.revoked is None:
            self.revoked = timezone.now()
            self.save(update_fields=["revoked"])

    def touch(self) -> None:
        """Record the use, at most once a minute."""
        now = timezone.now()
        stale = self.last_used is None or (
            (now - self.last_used).total_seconds() >= LAST_USED_GRANULARITY_SECONDS
        )
        if stale:
            ApiToken.objects.filter(pk=self.pk).update(last_used=now)
            self.last_used = now
