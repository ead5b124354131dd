"""The two shapes of the access policy agree: per object and in bulk (klynge.accounts.permissions).

For generated users (superuser or not; roles scoped to the system, a cluster or a forum, region-
level fora included; bodies that succeed others, renamed and merged, so that a successor's
secretariat reads its predecessors; a person with seats that are current, ended, future or
open-ended, some of them born seats; exclusions from items, closed or open) and every forum and
item of a fixed world:

- can_view_forum, can_see_closed and can_manage_forum answer as readable_fora, closed_fora and
  managed_fora say;
- Forum filtered by forum_scope and managed_scope gives exactly the fora the per-object rules
  allow;
- AgendaItem filtered by readable_items gives exactly the items can_see_item allows.

The world is built once per test; each example runs in a savepoint that is rolled back, with a
freshly fetched user (the policy caches on the user object).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from klynge.accounts import permissions
from klynge.accounts.models import Role, RoleAssignment, User
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, ItemExclusion
from klynge.organisation.models import Cluster, Forum, Membership, OrganisationalChange, Person
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory, RegionFactory

pytestmark = pytest.mark.django_db

FORA_PER_CLUSTER = (4, 3, 3, 2)  # clusters 0 and 1 in region 0, clusters 2 and 3 in region 1
CLUSTERS = len(FORA_PER_CLUSTER)
# Cluster 0 was renamed cluster 1; clusters 1 and 2 merged into cluster 3 (a council).
LINEAGE = ((0, 1), (1, 3), (2, 3))
FORA = sum(FORA_PER_CLUSTER) + 2  # plus one region-level forum per region
MEETING_START = timezone.make_aware(datetime.datetime(2026, 12, 10, 9))


# --- the world --------------------------------------------------------------------------------
@dataclass
class World:
    clusters: list[Cluster]
    fora: list[Forum]
    open_items: list[AgendaItem]
    closed_items: list[AgendaItem]

    @property
    def items(self) -> list[AgendaItem]:
        return self.open_items + self.closed_items


def _fora(clusters: list[Cluster]) -> list[Forum]:
    fora = [
        ForumFactory(cluster=cluster, slug=f"k{c}-f{n}")
        for c, cluster in enumerate(clusters)
        for n in range(FORA_PER_CLUSTER[c])
    ]
    regions = [clusters[0].region, clusters[-1].region]
    fora += [ForumFactory(cluster=None, region=r, slug=f"region-{r.slug}") for r in regions]
    return fora


def _item(forum: Forum, closed: bool) -> AgendaItem:
    meeting = services.create_meeting(
        forum, starts_at=MEETING_START, ends_at=MEETING_START + datetime.timedelta(hours=2)
    )
    item = AgendaItem(meeting=meeting, title="Punkt", duration_minutes=10, closed=closed)
    services.save_item(item, [])
    return AgendaItem.objects.select_related("meeting__forum").get(pk=item.pk)


@pytest.fixture
def world(db) -> World:
    region_a = RegionFactory(name="Region A", slug="a")
    region_b = RegionFactory(name="Region B", slug="b")
    clusters = [ClusterFactory(region=r) for r in (region_a, region_a, region_b, region_b)]
    for before, after in LINEAGE:
        change = OrganisationalChange.objects.create(
            kind="succession", takes_effect_on=datetime.date(2027, 1, 1), title="Ændring"
        )
        change.predecessor_bodies.add(clusters[before])
        change.successor_bodies.add(clusters[after])
    fora = _fora(clusters)
    assert len(fora) == FORA
    return World(
        clusters,
        fora,
        [_item(forum, closed=False) for forum in fora],
        [_item(forum, closed=True) for forum in fora],
    )


# --- generated users --------------------------------------------------------------------------
@dataclass(frozen=True)
class Seat:
    forum: int  # index into World.fora
    starts: int | None  # days from today; None: no start date
    ends: int | None  # days from today, the first day no longer held; None: open-ended
    via: int | None  # a born seat through this earlier seat of the person (another forum)


@dataclass(frozen=True)
class UserSpec:
    superuser: bool
    roles: list[tuple[str, str, int]]  # (role, "system" | "cluster" | "forum", index)
    seats: list[Seat] | None  # None: the user has no person
    excluded: frozenset[int]  # items (index into World.items) the person is excluded from


days = st.integers(0, 400)
scopes = st.one_of(
    st.just(("system", 0)),
    st.tuples(st.just("cluster"), st.integers(0, CLUSTERS - 1)),
    st.tuples(st.just("forum"), st.integers(0, FORA - 1)),
)
roles = st.lists(
    st.builds(lambda role, scope: (role, *scope), st.sampled_from(Role.values), scopes),
    max_size=4,
    unique=True,
)
periods = st.one_of(
    # current: begun (today at the latest) and not ended (tomorrow at the earliest)
    st.tuples(st.none() | days.map(lambda d: -d), st.integers(1, 400)),
    # ended: ends_on today at the latest
    days.flatmap(lambda d: st.tuples(st.none() | st.integers(-d - 400, -d - 1), st.just(-d))),
    # future: begins tomorrow at the earliest
    st.integers(1, 400).flatmap(
        lambda s: st.tuples(st.just(s), st.none() | st.integers(s + 1, 800))
    ),
    # open-ended
    st.tuples(st.none() | days.map(lambda d: -d), st.none()),
)
seats = st.builds(
    lambda forum, period, via: Seat(forum, *period, via),
    st.integers(0, FORA - 1),
    periods,
    st.none() | st.integers(0, 3),
)
users = st.builds(
    UserSpec,
    superuser=st.sampled_from((False, False, False, True)),
    roles=roles,
    seats=st.none() | st.lists(seats, max_size=4),
    excluded=st.frozensets(st.integers(0, 2 * FORA - 1), max_size=4),
)


def _day(today: datetime.date, offset: int | None) -> datetime.date | None:
    return None if offset is None else today + datetime.timedelta(days=offset)


def _make_roles(user: User, spec: UserSpec, world: World) -> None:
    for role, scope, index in spec.roles:
        cluster = world.clusters[index] if scope == "cluster" else None
        forum = world.fora[index] if scope == "forum" else None
        RoleAssignment.objects.create(user=user, role=role, cluster=cluster, forum=forum)


def _make_seats(person: Person, seats: list[Seat], world: World) -> None:
    today = timezone.localdate()
    made: list[Membership] = []
    for seat in seats:
        forum = world.fora[seat.forum]
        via = made[seat.via] if seat.via is not None and seat.via < len(made) else None
        made.append(
            Membership.objects.create(
                forum=forum,
                person=person,
                starts_on=_day(today, seat.starts),
                ends_on=_day(today, seat.ends),
                ex_officio_via=via if via and via.forum_id != forum.pk else None,
            )
        )


def _make_user(spec: UserSpec, world: World) -> User:
    """The user of the spec, fetched afresh (no policy caches)."""
    person = None if spec.seats is None else Person.objects.create(name="Generated Person")
    user = User.objects.create_user("generated", person=person, is_superuser=spec.superuser)
    _make_roles(user, spec, world)
    if person is not None:
        _make_seats(person, spec.seats, world)
        for index in spec.excluded:
            ItemExclusion.objects.create(item=world.items[index], person=person)
    return User.objects.get(pk=user.pk)


# --- the agreement ----------------------------------------------------------------------------
def _in(fora: permissions.ForumIds, forum: Forum) -> bool:
    return fora is permissions.ALL or forum.pk in fora


def _scoped_pks(scope: Q) -> set[int]:
    return set(Forum.objects.filter(scope).values_list("pk", flat=True))


def check_fora(user: User, world: World) -> None:
    readable, closed = permissions.readable_fora(user), permissions.closed_fora(user)
    managed = permissions.managed_fora(user)
    for forum in world.fora:
        assert permissions.can_view_forum(user, forum) == _in(readable, forum), forum.slug
        assert permissions.can_see_closed(user, forum) == _in(closed, forum), forum.slug
        assert permissions.can_manage_forum(user, forum) == _in(managed, forum), forum.slug
    viewed = {f.pk for f in world.fora if permissions.can_view_forum(user, f)}
    assert _scoped_pks(permissions.forum_scope(user)) == viewed
    changed = {f.pk for f in world.fora if permissions.can_manage_forum(user, f)}
    assert _scoped_pks(permissions.managed_scope(user)) == changed


def check_items(user: User, world: World) -> None:
    bulk = AgendaItem.objects.filter(permissions.readable_items(user))
    seen = {item.pk for item in world.items if permissions.can_see_item(user, item)}
    assert set(bulk.values_list("pk", flat=True)) == seen


# Users who read every forum's closed items (closed_fora is ALL), without exclusions.
SUPERUSER = UserSpec(superuser=True, roles=[], seats=None, excluded=frozenset())
SYSTEM_ADMINISTRATOR = UserSpec(
    superuser=False, roles=[(Role.ADMINISTRATOR, "system", 0)], seats=[], excluded=frozenset()
)
# The council's secretariat: reads all four bodies' fora, closed items too, and manages its own.
SUCCESSOR_SECRETARIAT = UserSpec(
    superuser=False, roles=[(Role.SECRETARIAT, "cluster", 3)], seats=None, excluded=frozenset()
)
EXAMPLES = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@EXAMPLES
@given(spec=users)
@example(spec=SUPERUSER)
@example(spec=SYSTEM_ADMINISTRATOR)
@example(spec=SUCCESSOR_SECRETARIAT)
def test_forum_rules_agree(world: World, spec: UserSpec) -> None:
    with transaction.atomic():
        check_fora(_make_user(spec, world), world)
        transaction.set_rollback(True)


@EXAMPLES
@given(spec=users)
@example(spec=SUPERUSER)
@example(spec=SYSTEM_ADMINISTRATOR)
@example(spec=SUCCESSOR_SECRETARIAT)
def test_item_rules_agree(world: World, spec: UserSpec) -> None:
    with transaction.atomic():
        user = _make_user(spec, world)
        check_fora(user, world)
        check_items(user, world)
        transaction.set_rollback(True)


def test_a_successors_secretariat_reads_its_predecessors_and_manages_only_its_own(world):
    user = _make_user(SUCCESSOR_SECRETARIAT, world)
    by_cluster = {c.pk: i for i, c in enumerate(world.clusters)}
    cluster_fora = [f for f in world.fora if f.cluster_id]
    for forum in cluster_fora:
        own = by_cluster[forum.cluster_id] == 3
        assert permissions.can_view_forum(user, forum)
        assert permissions.can_see_closed(user, forum)
        assert permissions.can_manage_forum(user, forum) == own
    user.delete()
    predecessor = _make_user(
        UserSpec(False, [(Role.SECRETARIAT, "cluster", 1)], None, frozenset()), world
    )
    readable = {
        by_cluster[f.cluster_id] for f in cluster_fora if permissions.can_view_forum(predecessor, f)
    }
    assert readable == {0, 1}


def test_a_successors_reader_or_member_gets_nothing_of_the_predecessors(world):
    for role in (Role.READER, Role.MEMBER, Role.CHAIR):
        user = _make_user(UserSpec(False, [(role, "cluster", 3)], None, frozenset()), world)
        earlier = [f for f in world.fora if f.cluster_id in {c.pk for c in world.clusters[:3]}]
        region_a = [f for f in earlier if f.region.slug == "a"]
        assert not any(permissions.can_view_forum(user, f) for f in region_a)
        assert not any(permissions.can_see_closed(user, f) for f in earlier)
        user.delete()
