"""The one place that decides what a user may see and do.

Views, downloads, exports, documents, feeds (and later search and the API) ask here; nothing
else inspects roles. Roles are scoped to the whole system (no cluster and no forum), a cluster
(every forum in it), or a single forum:

- administrator, secretariat: read and change everything in scope, closed items included;
- chair, member: read everything in scope; closed items only of fora they sit in (a current
  seat, or the role scoped to that very forum);
- reader: read open content in scope.

A person with a current seat in a forum reads it and its closed items whatever their roles.
Region-level fora (no cluster) are read by anyone with a role in a cluster of their region, and
managed only through roles scoped to the forum itself or to the whole system.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q

from .models import Role

if TYPE_CHECKING:
    from klynge.accounts.models import User
    from klynge.meetings.models import Meeting
    from klynge.organisation.models import Forum, Person

MANAGING_ROLES = (Role.ADMINISTRATOR, Role.SECRETARIAT)
CLOSED_ROLES = (Role.CHAIR, Role.MEMBER)


def _scope(forum: Forum) -> Q:
    """Role assignments whose scope covers the forum."""
    scope = Q(cluster__isnull=True, forum__isnull=True) | Q(forum=forum.pk)
    if forum.cluster_id:
        scope |= Q(cluster=forum.cluster_id)
    else:
        scope |= Q(cluster__region=forum.region_id)
    return scope


def _roles_in_scope(user: User, forum: Forum) -> set[str]:
    """The user's roles covering the forum, looked up once per request and forum."""
    cache = user.__dict__.setdefault("_klynge_roles", {})
    if forum.pk not in cache:
        rows = user.roles.filter(_scope(forum)).values_list("role", "forum_id", "cluster_id")
        region_level = forum.cluster_id is None
        cache[forum.pk] = {
            _scoped(role, forum_id, cluster_id, region_level) for role, forum_id, cluster_id in rows
        }
    return cache[forum.pk]


def _scoped(role: str, forum_id: int | None, cluster_id: int | None, region_level: bool) -> str:
    """ "secretariat" (system or the forum's cluster), "secretariat@forum" (the forum itself), or
    "secretariat@region" (a cluster of the region of a region-level forum: reading only)."""
    if forum_id is not None:
        return f"{role}@forum"
    if cluster_id is not None and region_level:
        return f"{role}@region"
    return role


def _sits_in(user: User, forum: Forum) -> bool:
    if user.person_id is None:
        return False
    cache = user.__dict__.setdefault("_klynge_seats", {})
    if forum.pk not in cache:
        cache[forum.pk] = forum.memberships.current().filter(person_id=user.person_id).exists()
    return cache[forum.pk]


def _has(roles: set[str], wanted: tuple[str, ...]) -> bool:
    return any(role in roles or f"{role}@forum" in roles for role in wanted)


def can_manage_forum(user: User, forum: Forum) -> bool:
    """May the user change the forum: memberships, terms of reference, meetings, minutes?"""
    if not user.is_authenticated:
        return False
    return user.is_superuser or _has(_roles_in_scope(user, forum), MANAGING_ROLES)


def can_view_forum(user: User, forum: Forum) -> bool:
    """May the user read the forum's page, members, meetings and open items?"""
    if not user.is_authenticated:
        return False
    if user.is_superuser or _roles_in_scope(user, forum):
        return True
    return _sits_in(user, forum)


def can_see_closed(user: User, forum: Forum) -> bool:
    """May the user read the forum's closed items (lukket punkt) and their attachments?

    Only the forum's members and its secretariat.
    """
    if not user.is_authenticated:
        return False
    if can_manage_forum(user, forum):
        return True
    roles = _roles_in_scope(user, forum)
    if any(f"{role}@forum" in roles for role in CLOSED_ROLES):
        return True
    return _sits_in(user, forum)


def can_view_meeting(user: User, meeting: Meeting) -> bool:
    return can_view_forum(user, meeting.forum)


def can_view_person(user: User, person: Person) -> bool:
    """A person's page holds contact details: for themselves, and for whoever may read a forum
    the person sits or sat in."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.person_id == person.pk:
        return True
    return any(can_view_forum(user, seat.forum) for seat in person.memberships.all())


def forum_scope(user: User) -> Q:
    """A filter on Forum for the fora the user may read (for lists, search and feeds)."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    if user.is_superuser or user.roles.filter(cluster__isnull=True, forum__isnull=True).exists():
        return Q()
    roles = user.roles.values_list("cluster_id", "forum_id", "cluster__region_id")
    clusters = {cluster for cluster, _forum, _region in roles if cluster}
    regions = {region for _cluster, _forum, region in roles if region}
    fora = {forum for _cluster, forum, _region in roles if forum}
    seated = Q(memberships__person_id=user.person_id) if user.person_id else Q(pk__in=[])
    return (
        Q(cluster__in=clusters)
        | Q(cluster__isnull=True, region__in=regions)
        | Q(pk__in=fora)
        | seated
    )
