"""Absolute addresses of OParl objects: an object's id is its URL."""

from __future__ import annotations

import datetime
from functools import lru_cache

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from .keys import Key

# reverse() once per address pattern; the only variable part of an address is its number.
_PLACEHOLDER = "987654321"


@lru_cache(maxsize=64)
def _template(name: str, kind: str) -> str:
    sample = f"{kind}-{_PLACEHOLDER}" if kind else _PLACEHOLDER
    return reverse(f"oparl:{name}", args=[sample])


class Links:
    """Builds the absolute addresses of one request's objects."""

    def __init__(self, request: HttpRequest) -> None:
        self.base = request.build_absolute_uri("/").rstrip("/")

    def url(self, name: str, key: Key | int) -> str:
        kind, pk = (key.kind, key.pk) if isinstance(key, Key) else ("", key)
        return self.base + _template(name, kind).replace(_PLACEHOLDER, str(pk))

    def plain(self, name: str) -> str:
        return self.base + reverse(f"oparl:{name}")

    def body(self, key: Key) -> str:
        return self.url("body", key)

    def body_list(self, key: Key, what: str) -> str:
        return self.url(f"body_{what}", key)

    def forum(self, pk: int) -> str:
        return self.url("organization", Key("forum", pk))

    def party(self, pk: int) -> str:
        return self.url("organization", Key("party", pk))

    def file(self, kind: str, pk: int) -> str:
        return self.url("file", Key(kind, pk))

    def download(self, kind: str, pk: int) -> str:
        return self.url("file_download", Key(kind, pk))


def stamp(moment: datetime.datetime | None) -> str | None:
    """An OParl date-time: local time with its offset, whole seconds."""
    if moment is None:
        return None
    return timezone.localtime(moment).isoformat(timespec="seconds")
