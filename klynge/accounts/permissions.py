"""The one place that decides what a user may do.

Views, downloads and exports ask here; nothing else inspects roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q

from .models import Role

if TYPE_CHECKING:
    from klynge.accounts.models import User
    from klynge.organisation.models import Forum

MANAGING_ROLES = (Role.ADMINISTRATOR, Role.SECRETARIAT)


def can_manage_forum(user: User, forum: Forum) -> bool:
    """May the user change the forum's memberships and terms of reference?"""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    scope = Q(cluster__isnull=True, forum__isnull=True) | Q(forum=forum)
    if forum.cluster_id:
        scope |= Q(cluster_id=forum.cluster_id)
    return user.roles.filter(scope, role__in=MANAGING_ROLES).exists()


def can_see_closed(user: User, forum: Forum) -> bool:
    """May the user read the forum's closed items (lukket punkt) and their attachments?

    The forum's secretariat, and its members (a current seat, or a chair or member role scoped
    to the forum).
    """
    if can_manage_forum(user, forum):
        return True
    if not user.is_authenticated:
        return False
    if user.roles.filter(forum=forum, role__in=(Role.CHAIR, Role.MEMBER)).exists():
        return True
    return (
        user.person_id is not None
        and forum.memberships.current().filter(person_id=user.person_id).exists()
    )
