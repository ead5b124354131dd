"""What the access policy works out for a user, kept in the shared cache between requests.

The policy (klynge.accounts.permissions) decides; this only remembers its bulk answers — the
fora a user reads, reads closed items of and manages, the items their person is excluded from,
whether they read any of the portfolio, and the header's list of bodies and fora —
so that a page does not ask the database for them again. An answer is stored under the
*access version*, a counter bumped after every committed change to roles, seats, exclusions,
bodies, fora and their lineage, and under today's date (seats and bodies begin and end by date).
A bump makes every stored answer unreachable at once.

It is on only where every process sees the same cache (Redis, KLYNGE_REDIS_URL): with a cache
per process, a bump in one process would leave the others answering from before the change.
`KLYNGE_PERMISSION_CACHE` (True/False) overrides that, for a single process such as a benchmark.
Nothing is stored from inside a transaction, which might see changes that are then rolled back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

VERSION_KEY = "klynge:access-version"
# An answer is also dropped after a day at most, whatever happens to the version.
TIMEOUT = 24 * 60 * 60

T = TypeVar("T")


def enabled() -> bool:
    forced = getattr(settings, "KLYNGE_PERMISSION_CACHE", None)
    if forced is not None:
        return bool(forced)
    return settings.CACHES["default"]["BACKEND"].endswith("RedisCache")


def remembered(kind: str, user: Any, compute: Callable[[], T]) -> T:
    """`compute()`'s answer for the user, from the cache when it holds one for the current
    access version and day."""
    if not enabled() or connection.in_atomic_block:
        return compute()
    key = _key(kind, user, current_version())
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def _key(kind: str, user: Any, version: int) -> str:
    # Whether the user is a superuser and which person they are decide too, without a bump.
    who = f"{user.pk}:{int(user.is_superuser)}:{user.person_id or 0}"
    return f"klynge:{kind}:{who}:{version}:{timezone.localdate():%Y%m%d}"


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A lost counter starts again from the clock, never from a number used before.
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY)
    return int(version)


def access_changed() -> None:
    """Forget every stored answer (after the change is committed, or at once outside one)."""
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), None)


def _changed(**kwargs: Any) -> None:
    access_changed()


def connect_signals() -> None:
    """Bump the version on every change the policy's answers depend on."""
    from klynge.accounts.models import RoleAssignment
    from klynge.meetings.models import ItemExclusion
    from klynge.organisation.models import (
        Cluster,
        Forum,
        Membership,
        OrganisationalChange,
        Region,
    )
    from klynge.portfolio.models import Agreement, Fund, Implementation

    # The portfolio's rows decide only whether the menu shows it (permissions.may_use_portfolio).
    portfolio = (Fund, Agreement, Implementation)
    watched = (RoleAssignment, Membership, ItemExclusion, Forum, Cluster, Region, *portfolio)
    for model in (*watched, OrganisationalChange):
        uid = f"klynge-access-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
    for field in OrganisationalChange._meta.many_to_many:
        through = field.remote_field.through
        m2m_changed.connect(_changed, sender=through, dispatch_uid=f"klynge-access-{field.name}")
