"""The pending area: an uploaded file waits here, outside the database, between the preview and
the confirmed import, and is removed on cancel, on import, or after a day."""

from __future__ import annotations

import datetime
import re

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from .services import sha256_of

PENDING_DIR = "archive/pending"
PENDING_MAX_AGE = datetime.timedelta(days=1)
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _pending_name(sha: str) -> str:
    if not _SHA256.fullmatch(sha):
        raise ValueError("not a SHA-256")
    return f"{PENDING_DIR}/{sha}"


def store_pending(data: bytes) -> str:
    """Keep the uploaded bytes until the import is confirmed or cancelled; returns their hash."""
    sha = sha256_of(data)
    name = _pending_name(sha)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return sha


def read_pending(sha: str) -> bytes | None:
    name = _pending_name(sha)
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def discard_pending(sha: str) -> None:
    default_storage.delete(_pending_name(sha))


def remove_stale_pending(now: datetime.datetime | None = None) -> int:
    """Remove pending files older than a day (an upload left without confirm or cancel)."""
    limit = (now or timezone.now()) - PENDING_MAX_AGE
    try:
        _dirs, files = default_storage.listdir(PENDING_DIR)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in files:
        path = f"{PENDING_DIR}/{name}"
        if default_storage.get_modified_time(path) < limit:
            default_storage.delete(path)
            removed += 1
    return removed
