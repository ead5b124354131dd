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
