"""The shared cache of the policy's bulk answers (klynge.accounts.access_cache): remembered between
requests, forgotten at once after any change to roles, seats, bodies and fora, never stored from
inside a transaction.

These tests run outside a test transaction (transactional_db), as requests in production do."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import RequestFactory, override_settings
from django.utils import timezone

from klynge.accounts import access_cache, permissions
from klynge.accounts.models import Role, RoleAssignment, User
from klynge.meetings import services
from klynge.meetings.models import ItemExclusion
from klynge.meetings.tests.conftest import add_item
from klynge.navigation import Navigation
from klynge.organisation.tests.factories import ForumFactory, MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db(transaction=True)
HOUR = datetime.timedelta(hours=1)


@pytest.fixture(autouse=True)
def permission_cache(settings):
    settings.KLYNGE_PERMISSION_CACHE = True
    cache.clear()
    yield
    cache.clear()


def fresh(user: User) -> User:
    """The user as the next request loads it (the policy also remembers on the object)."""
    return User.objects.get(pk=user.pk)


def test_the_answer_is_remembered_between_requests(django_assert_num_queries):
    forum = ForumFactory()
    user = User.objects.create_user("laeser", person=MembershipFactory(forum=forum).person)
    assert forum.pk in permissions.readable_fora(fresh(user))
    again = fresh(user)
    with django_assert_num_queries(0):
        assert forum.pk in permissions.readable_fora(again)


def test_a_new_seat_and_a_removed_role_count_at_once():
    forum, other = ForumFactory(), ForumFactory()
    person = PersonFactory()
    user = User.objects.create_user("medlem", person=person)
    assert permissions.readable_fora(fresh(user)) == frozenset()
    MembershipFactory(forum=forum, person=person)
    assert permissions.readable_fora(fresh(user)) == {forum.pk}
    role = RoleAssignment.objects.create(user=user, role=Role.SECRETARIAT, forum=other)
    assert other.pk in permissions.managed_fora(fresh(user))
    role.delete()
    assert other.pk not in permissions.managed_fora(fresh(user))


def test_becoming_superuser_needs_no_bump():
    user = User.objects.create_user("admin2")
    assert permissions.readable_fora(fresh(user)) == frozenset()
    User.objects.filter(pk=user.pk).update(is_superuser=True)
    assert permissions.readable_fora(fresh(user)) is permissions.ALL


def test_nothing_is_stored_from_inside_a_transaction_that_is_rolled_back():
    forum = ForumFactory()
    person = PersonFactory()
    user = User.objects.create_user("medlem", person=person)
    with pytest.raises(RuntimeError), transaction.atomic():
        MembershipFactory(forum=forum, person=person)
        assert permissions.readable_fora(fresh(user)) == {forum.pk}
        raise RuntimeError("rolled back")
    assert permissions.readable_fora(fresh(user)) == frozenset()


def test_the_header_follows_a_renamed_forum():
    forum = ForumFactory(name="Styregruppen")
    user = User.objects.create_user("medlem", person=MembershipFactory(forum=forum).person)
    request = RequestFactory().get("/")

    def fora_in_header() -> list[str]:
        request.user = fresh(user)
        return [f.name for place in Navigation(request).places for f in place.fora]

    assert fora_in_header() == ["Styregruppen"]
    forum.name = "Sundhedsrådets styregruppe"
    forum.save()
    assert fora_in_header() == ["Sundhedsrådets styregruppe"]


def test_a_lost_counter_never_comes_back_to_an_old_version():
    before = access_cache.current_version()
    cache.delete(access_cache.VERSION_KEY)
    assert access_cache.current_version() > before


def test_on_by_itself_only_with_a_cache_every_process_shares(settings):
    settings.KLYNGE_PERMISSION_CACHE = None
    assert not access_cache.enabled()
    redis = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}
    with override_settings(CACHES=redis):
        assert access_cache.enabled()


def test_an_exclusion_counts_at_once():
    forum = ForumFactory()
    person = MembershipFactory(forum=forum).person
    user = User.objects.create_user("medlem", person=person)
    start = timezone.make_aware(datetime.datetime(2026, 12, 10, 9))
    meeting = services.create_meeting(forum, starts_at=start, ends_at=start + HOUR)
    item = add_item(meeting, "Personsag")
    assert permissions.excluded_items(fresh(user)) == frozenset()
    exclusion = ItemExclusion.objects.create(item=item, person=person)
    assert permissions.excluded_items(fresh(user)) == {item.pk}
    exclusion.delete()
    assert permissions.excluded_items(fresh(user)) == frozenset()


def test_a_new_fund_shows_the_portfolio_in_the_menu_at_once():
    from klynge.portfolio.models import Fund

    forum = ForumFactory()
    user = User.objects.create_user("medlem", person=MembershipFactory(forum=forum).person)
    assert not permissions.may_use_portfolio(fresh(user))
    Fund.objects.create(
        cluster=forum.cluster,
        owner_forum=forum,
        name="Klyngemidler",
        granted_ore=100,
        start_year=2026,
        end_year=2027,
    )
    assert permissions.may_use_portfolio(fresh(user))
