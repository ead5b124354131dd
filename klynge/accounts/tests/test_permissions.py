"""The policy's scopes: a cluster role reads the region's region-level fora but manages only its
own cluster's; a forum role manages that forum only."""

import pytest

from klynge.accounts.models import Role, User
from klynge.accounts.permissions import can_manage_forum, can_see_closed, can_view_forum
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory

pytestmark = pytest.mark.django_db


def fresh(user):
    return User.objects.get(pk=user.pk)  # the policy caches per user object (per request)


def test_cluster_secretariat_and_a_region_level_forum():
    cluster = ClusterFactory()
    own = ForumFactory(cluster=cluster)
    region_level = ForumFactory(cluster=None, region=cluster.region, slug="foedeplanudvalget")
    user = User.objects.create_user("sek")
    user.roles.create(role=Role.SECRETARIAT, cluster=cluster)
    assert can_manage_forum(fresh(user), own)
    assert can_view_forum(fresh(user), region_level)
    assert not can_manage_forum(fresh(user), region_level)
    assert not can_see_closed(fresh(user), region_level)


def test_forum_scoped_secretariat_manages_that_forum_only():
    cluster = ClusterFactory()
    mine, other = ForumFactory(cluster=cluster), ForumFactory(cluster=cluster)
    user = User.objects.create_user("sek")
    user.roles.create(role=Role.SECRETARIAT, forum=mine)
    assert can_manage_forum(fresh(user), mine)
    assert not can_manage_forum(fresh(user), other)
    assert not can_view_forum(fresh(user), other)


def test_cluster_member_role_reads_but_sees_closed_items_only_where_seated():
    cluster = ClusterFactory()
    forum = ForumFactory(cluster=cluster)
    user = User.objects.create_user("medlem")
    user.roles.create(role=Role.MEMBER, cluster=cluster)
    assert can_view_forum(fresh(user), forum)
    assert not can_see_closed(fresh(user), forum)
    user.roles.create(role=Role.MEMBER, forum=forum)
    assert can_see_closed(fresh(user), forum)
