"""The one place that decides what a user may see and do.

Every view, download, document, feed, search, the API, follow-up, portfolio and archive ask here;
nothing else inspects roles, seats or exclusions. Each rule has two shapes that must agree (a
generated test holds them equal): per object (`can_view_forum(user, forum)`) for one page, and
in bulk (`readable_fora(user)`, a set of forum ids or ALL) for lists, search and the API.

Roles are scoped to the whole system (no cluster and no forum), a cluster (every forum in it), or
a single forum:

- administrator, secretariat: read and change everything in scope, closed items included;
- chair, member: read everything in scope; closed items only of fora they sit in (a current
  seat, or the role scoped to that very forum);
- reader: read open content in scope.

A person with a current seat in a forum reads it and its closed items whatever their roles; a
seat that has ended, or not yet begun, gives nothing. Region-level fora (no cluster) are read by
anyone with a role in a cluster of their region, and managed only through roles scoped to the
forum itself or to the whole system.

A body's secretariat (administrator or secretariat scoped to the body) also reads every forum of
the bodies it succeeds, transitively through the organisational changes (klynge.organisation.
lineage), closed items included, as the ended body's own secretariat did; it manages none of
them: a predecessor's records are history.

A closed item (lukket punkt) shows its content, title included, only to those who see the
forum's closed items; others see its number and "Lukket punkt". A person the secretariat has
excluded from an item (inhabil) sees it as a non-member does, whatever their roles.

What the public sees without logging in is the public half of the policy, in
klynge.publish.visibility, reached through `public` below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import BooleanField, ExpressionWrapper, Q, Value

from klynge.publish import visibility as public  # noqa: F401 - the public half, re-exported

from . import access_cache
from .models import Role

if TYPE_CHECKING:
    from klynge.accounts.models import User
    from klynge.archive.models import ImportedSource
    from klynge.followup.models import Action
    from klynge.meetings.models import AgendaItem
    from klynge.organisation.models import Cluster, Forum, Person

MANAGING_ROLES = (Role.ADMINISTRATOR, Role.SECRETARIAT)
CLOSED_ROLES = (Role.CHAIR, Role.MEMBER)
# A managing role of a body that succeeds the forum's body: reads, closed items included.
SUCCESSOR = "@successor"

# A set of forum ids, or ALL for every forum (the bulk shape of a rule).
ForumIds = frozenset[int] | None
ALL: ForumIds = None
NONE: frozenset[int] = frozenset()


# --- per object -------------------------------------------------------------------------------
def _scope(forum: Forum) -> Q:
    """Role assignments whose scope covers the forum, a successor body's secretariat included."""
    from klynge.organisation.lineage import later_bodies

    scope = Q(cluster__isnull=True, forum__isnull=True) | Q(forum=forum.pk)
    if forum.cluster_id:
        scope |= Q(cluster=forum.cluster_id)
        scope |= Q(cluster__in=later_bodies([forum.cluster_id]), role__in=MANAGING_ROLES)
    else:
        scope |= Q(cluster__region=forum.region_id)
    return scope


def _roles_in_scope(user: User, forum: Forum) -> set[str]:
    """The user's roles covering the forum, looked up once per request and forum."""
    cache = user.__dict__.setdefault("_klynge_roles", {})
    if forum.pk not in cache:
        rows = user.roles.filter(_scope(forum)).values_list("role", "forum_id", "cluster_id")
        cache[forum.pk] = {
            _scoped(role, forum_id, cluster_id, forum.cluster_id)
            for role, forum_id, cluster_id in rows
        }
    return cache[forum.pk]


def _scoped(role: str, forum_id: int | None, cluster_id: int | None, own: int | None) -> str:
    """ "secretariat" (system or the forum's cluster), "secretariat@forum" (the forum itself),
    "secretariat@region" (a cluster of the region of a region-level forum: reading only), or
    "secretariat@successor" (a body succeeding the forum's: reading, closed items included)."""
    if forum_id is not None:
        return f"{role}@forum"
    if cluster_id is not None and own is None:
        return f"{role}@region"
    if cluster_id is not None and cluster_id != own:
        return f"{role}{SUCCESSOR}"
    return role


def _sits_in(user: User, forum: Forum) -> bool:
    """A current seat: one that has begun and not ended today."""
    if user.person_id is None:
        return False
    cache = user.__dict__.setdefault("_klynge_seats", {})
    if forum.pk not in cache:
        cache[forum.pk] = forum.memberships.current().filter(person_id=user.person_id).exists()
    return cache[forum.pk]


def _covers(fora: ForumIds, pk: int) -> bool:
    """Where the shared cache holds the bulk answer it costs no query, and it agrees with the
    rules per object below (test_policy_agreement holds them equal)."""
    return fora is ALL or pk in fora


def _has(roles: set[str], wanted: tuple[str, ...]) -> bool:
    return any(role in roles or f"{role}@forum" in roles for role in wanted)


def can_manage_forum(user: User, forum: Forum) -> bool:
    """May the user change the forum: memberships, terms of reference, meetings, minutes?"""
    if not user.is_authenticated:
        return False
    if access_cache.enabled():
        return _covers(_grants(user).managed, forum.pk)
    return user.is_superuser or _has(_roles_in_scope(user, forum), MANAGING_ROLES)


def can_view_forum(user: User, forum: Forum) -> bool:
    """May the user read the forum's page, members, meetings and open items?"""
    if not user.is_authenticated:
        return False
    if access_cache.enabled():
        return _covers(_grants(user).readable, forum.pk)
    if user.is_superuser or _roles_in_scope(user, forum):
        return True
    return _sits_in(user, forum)


def can_see_closed(user: User, forum: Forum) -> bool:
    """May the user read the forum's closed items (lukket punkt) and their attachments?

    Only the forum's members and its secretariat; `can_see_item` adds the exclusions.
    """
    if not user.is_authenticated:
        return False
    if access_cache.enabled():
        return _covers(_grants(user).closed, forum.pk)
    if can_manage_forum(user, forum):
        return True
    roles = _roles_in_scope(user, forum)
    if any(f"{role}@forum" in roles for role in CLOSED_ROLES):
        return True
    if any(f"{role}{SUCCESSOR}" in roles for role in MANAGING_ROLES):
        return True
    return _sits_in(user, forum)


def is_excluded(user: User, item_pk: int) -> bool:
    """Has the secretariat excluded the user's person from the item (inhabilitet)?"""
    return item_pk in excluded_items(user)


def can_see_closed_item(user: User, forum: Forum, item_pk: int) -> bool:
    """May the user read a closed item of the forum: title, text, decisions, attachments?"""
    return can_see_closed(user, forum) and not is_excluded(user, item_pk)


def can_see_item(user: User, item: AgendaItem) -> bool:
    """May the user read the item's content? Open items: whoever reads the forum."""
    forum = item.meeting.forum
    if not can_view_forum(user, forum):
        return False
    return not item.closed or can_see_closed_item(user, forum, item.pk)


def can_view_person(user: User, person: Person) -> bool:
    """A person's page holds contact details: for themselves, and for whoever may read a forum
    the person sits or sat in."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.person_id == person.pk:
        return True
    return any(can_view_forum(user, seat.forum) for seat in person.memberships.all())


def can_view_action(user: User, action: Action) -> bool:
    """The person responsible reads their action; others read it with its forum, and an action
    on a closed item only with that item."""
    if _is_responsible(user, action):
        return True
    if not can_view_forum(user, action.forum):
        return False
    return action.item is None or can_see_item(user, action.item)


def can_change_action(user: User, action: Action) -> bool:
    """The forum's secretariat (if it may read the action) and the person responsible."""
    if _is_responsible(user, action):
        return True
    return can_view_action(user, action) and can_manage_forum(user, action.forum)


def _is_responsible(user: User, action: Action) -> bool:
    return bool(user.is_authenticated and user.person_id) and (
        user.person_id == action.responsible_person_id
    )


def can_view_source(user: User, source: ImportedSource) -> bool:
    """An imported document holds every item's full text: a document with a closed item is for
    those who may read each of its closed items."""
    if not can_view_forum(user, source.forum):
        return False
    closed = source.closed_item_pks()
    if not closed and not source.confirmed_closed_items():
        return True
    return can_see_closed(user, source.forum) and not any(is_excluded(user, pk) for pk in closed)


def can_run_transition(user: User, bodies: Iterable[Cluster]) -> bool:
    """May the user carry the bodies into a successor (the transition of the health reform)?
    Whoever manages every forum of every one of them; a body without fora is not managed."""
    managed = managed_fora(user)
    bodies = list(bodies)
    if not user.is_authenticated or not bodies:
        return False
    fora = [forum.pk for body in bodies for forum in body.fora.all()]
    if managed is ALL:
        return True
    return bool(fora) and all(pk in managed for pk in fora)


def can_read_transition_report(user: User, ended: Iterable[Cluster]) -> bool:
    """The record of a transition names the ended bodies' open work, closed items' actions
    included: for whoever reads the closed items of every one of their fora (those who could
    run it, and the successor's secretariat through the predecessors rule)."""
    if not user.is_authenticated:
        return False
    closed = closed_fora(user)
    fora = [forum.pk for body in ended for forum in body.fora.all()]
    return closed is ALL or (bool(fora) and all(pk in closed for pk in fora))


def manages_any_forum(user: User) -> bool:
    """Does the user manage at least one forum (e.g. may their API tokens write anywhere)?"""
    managed = managed_fora(user)
    return managed is ALL or bool(managed)


# --- in bulk ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Grants:
    readable: ForumIds
    closed: ForumIds
    managed: ForumIds


def _grants(user: Any) -> _Grants:
    """The three forum sets of a user, looked up once per request (three queries at most), or
    none where the shared cache remembers them (klynge.accounts.access_cache)."""
    if not user.is_authenticated:
        return _Grants(NONE, NONE, NONE)
    cached = user.__dict__.get("_klynge_grants")
    if cached is None:
        cached = access_cache.remembered("grants", user, lambda: _compute_grants(user))
        user.__dict__["_klynge_grants"] = cached
    return cached


def _compute_grants(user: Any) -> _Grants:
    from klynge.organisation.models import Membership

    if user.is_superuser:
        return _Grants(ALL, ALL, ALL)
    rows = list(user.roles.values_list("role", "cluster_id", "forum_id", "cluster__region_id"))
    system = {role for role, cluster, forum, _region in rows if cluster is None and forum is None}
    if system & set(MANAGING_ROLES):
        return _Grants(ALL, ALL, ALL)
    managing_clusters = {c for role, c, _f, _r in rows if c and role in MANAGING_ROLES}
    role_fora = {f for _role, _c, f, _r in rows if f}
    managed = {f for role, _c, f, _r in rows if f and role in MANAGING_ROLES}
    closed = {f for role, _c, f, _r in rows if f and role in (*MANAGING_ROLES, *CLOSED_ROLES)}
    clusters = {c for _role, c, _f, _r in rows if c}
    regions = {r for _role, c, _f, r in rows if c}
    readable, inherited = set(role_fora), set()
    for pk, cluster, earlier in _fora_of(clusters, regions, managing_clusters):
        readable.add(pk)
        if cluster in managing_clusters:
            managed.add(pk)
        if earlier:
            inherited.add(pk)
    seats: set[int] = set()
    if user.person_id:
        current = Membership.objects.current().filter(person_id=user.person_id)
        seats = set(current.values_list("forum_id", flat=True))
    closed |= managed | seats | inherited
    return _Grants(
        ALL if system else frozenset(readable | seats), frozenset(closed), frozenset(managed)
    )


def _fora_of(
    clusters: set[int], regions: set[int], managing: set[int]
) -> Iterable[tuple[int, int | None, bool]]:
    """(forum, its cluster, whether it is a forum of a body the managed bodies succeed) for the
    fora of the clusters, the region-level fora of the regions and the predecessors' fora."""
    from klynge.organisation.lineage import earlier_bodies
    from klynge.organisation.models import Forum

    if not clusters:
        return []
    where = Q(cluster__in=clusters) | Q(cluster__isnull=True, region__in=regions)
    earlier: Any = Value(False)
    if managing:
        earlier = Q(cluster__in=earlier_bodies(managing))
        where |= earlier
    rows = Forum.objects.filter(where).annotate(
        earlier=ExpressionWrapper(earlier, output_field=BooleanField())
    )
    return rows.values_list("pk", "cluster_id", "earlier")


def readable_fora(user: Any) -> ForumIds:
    """The fora whose pages, meetings and open items the user may read (ALL: every forum)."""
    return _grants(user).readable


def closed_fora(user: Any) -> ForumIds:
    """The fora whose closed items the user may read (before exclusions)."""
    return _grants(user).closed


def managed_fora(user: Any) -> ForumIds:
    """The fora the user may change."""
    return _grants(user).managed


def excluded_items(user: Any) -> frozenset[int]:
    """The items the secretariat has excluded the user's person from."""
    if not user.is_authenticated or not user.person_id:
        return NONE
    cached = user.__dict__.get("_klynge_excluded")
    if cached is None:
        cached = access_cache.remembered("excluded", user, lambda: _excluded_items(user))
        user.__dict__["_klynge_excluded"] = cached
    return cached


def _excluded_items(user: Any) -> frozenset[int]:
    from klynge.meetings.models import ItemExclusion

    rows = ItemExclusion.objects.filter(person_id=user.person_id).order_by()
    return frozenset(rows.values_list("item_id", flat=True))


def within(fora: ForumIds, path: str) -> Q:
    """Rows whose forum id (at `path`) is in the set; Q() for ALL."""
    return Q() if fora is ALL else Q(**{f"{path}__in": fora})


def forum_scope(user: Any) -> Q:
    """A filter on Forum for the fora the user may read (for lists, search and feeds)."""
    return within(readable_fora(user), "pk")


def managed_scope(user: Any) -> Q:
    """A filter on Forum for the fora the user may change."""
    return within(managed_fora(user), "pk")


def readable_items(user: Any, path: str = "") -> Q:
    """A filter on a model reaching AgendaItem at `path` ("" for AgendaItem itself): the items
    whose content the user may read. The bulk shape of can_see_item."""
    prefix = f"{path}__" if path else ""
    forum = f"{prefix}meeting__forum_id"
    closed_seen = within(closed_fora(user), forum)
    excluded = excluded_items(user)
    if excluded:
        closed_seen &= ~Q(**{f"{prefix}pk__in": excluded})
    # Spelled out as "closed and seen": an empty Q() (every forum) would vanish from an OR.
    closed = Q(**{f"{prefix}closed": True}) & closed_seen
    return within(readable_fora(user), forum) & (Q(**{f"{prefix}closed": False}) | closed)


def readable_actions(user: Any) -> Q:
    """A filter on Action: the bulk shape of can_view_action."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    inside = within(readable_fora(user), "forum_id") & (
        Q(item__isnull=True) | readable_items(user, "item")
    )
    if user.person_id:
        inside |= Q(responsible_person_id=user.person_id)
    return inside


def hidden_items(user: Any, forum: Forum, items: Iterable[tuple[int, bool]]) -> set[int]:
    """Of (pk, closed) pairs of the forum's items, those the user sees only as "Lukket punkt"."""
    return {pk for pk, closed in items if closed and not can_see_closed_item(user, forum, pk)}


# --- review rounds and participants' approval (klynge.workspace) -------------------------------
def forum_readers(forum: Forum, users: Iterable[User]) -> set[int]:
    """Of the users, the ids of those who may read the forum: `can_view_forum` over many users
    at once (three queries), e.g. for whom a notification about the forum may go to."""
    from .models import RoleAssignment

    users = list(users)
    ids = {user.pk for user in users if user.is_superuser}
    roles = RoleAssignment.objects.filter(_scope(forum), user__in=users)
    ids |= set(roles.values_list("user_id", flat=True))
    by_person = {user.person_id: user.pk for user in users if user.person_id}
    seats = forum.memberships.current().filter(person_id__in=by_person)
    ids |= {by_person[pk] for pk in seats.values_list("person_id", flat=True)}
    return ids


def can_start_review(user: User, meeting: Any) -> bool:
    """May the user send the meeting's draft agenda or minutes to be read (gennemlæsning)?"""
    return can_manage_forum(user, meeting.forum)


def can_see_round(user: User, review_round: Any, reviewer_ids: Iterable[int] | None = None) -> bool:
    """A review round and its comments: for the forum's secretariat and for the round's reviewers
    who read the forum. `reviewer_ids` spares the query when the reviewers are loaded."""
    forum = review_round.meeting.forum
    if can_manage_forum(user, forum):
        return True
    if not user.is_authenticated or not user.person_id:
        return False
    if reviewer_ids is None:
        reviewer_ids = review_round.reviewers.values_list("pk", flat=True)
    return user.person_id in set(reviewer_ids) and can_view_forum(user, forum)


def can_resolve_comment(user: User, comment: Any) -> bool:
    """The forum's secretariat marks a comment resolved, on an item it may read."""
    return can_manage_forum(user, comment.item.meeting.forum) and can_see_item(user, comment.item)


def can_approve_as_participant(user: User, meeting: Any, approvers: Iterable[int]) -> bool:
    """A participant approves the minutes for themselves only: the user's own person must be
    among the meeting's `approvers` (klynge.workspace.approval) and read the forum."""
    if not user.is_authenticated or not user.person_id:
        return False
    return user.person_id in set(approvers) and can_view_forum(user, meeting.forum)


def can_withdraw_participant_approval(user: User, meeting: Any) -> bool:
    """Only the forum's secretariat withdraws a participant's approval."""
    return can_manage_forum(user, meeting.forum)


# --- the workspace: notes and comments --------------------------------------------------------
def can_keep_notes(user: User, item: AgendaItem) -> bool:
    """A private note on an item: for whoever may read the item (only its author sees it)."""
    return user.is_authenticated and can_see_item(user, item)


def can_discuss_item(user: User, item: AgendaItem) -> bool:
    """Read and write the item's shared comments: those who may read the item and have not been
    excluded from it (an excluded member takes no part in the item, open or closed)."""
    return can_see_item(user, item) and not is_excluded(user, item.pk)


def can_change_comment(user: User, comment: Any) -> bool:
    """Edit or delete a comment: its author only, while they may still discuss the item."""
    return comment.author_id == user.pk and can_discuss_item(user, comment.item)


def readable_comments(user: Any) -> Q:
    """A filter on Comment: the comments the user may read (the bulk shape of can_discuss_item
    and, for a review round's comments, of can_see_round)."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    shown = readable_items(user, "item")
    if excluded_items(user):
        shown &= ~Q(item__in=excluded_items(user))
    managed = managed_fora(user)
    # Spelled out for ALL: an empty Q() would vanish from the OR below.
    in_round = Q(pk__isnull=False) if managed is ALL else Q(item__meeting__forum_id__in=managed)
    if user.person_id:
        from klynge.workspace.models import ReviewRound

        reviewing = ReviewRound.objects.filter(reviewers=user.person_id).values("pk")
        in_round |= Q(review_round__in=reviewing)
    return shown & (Q(review_round__isnull=True) | in_round)


# --- the header's menu and the portfolio's index (klynge.navigation) --------------------------
def reads_any_forum(user: Any) -> bool:
    """Does the user read at least one forum (so that meetings and search hold something)?"""
    readable = readable_fora(user)
    return readable is ALL or bool(readable)


def readable_funds(user: Any) -> Q:
    """A filter on Fund: the funds the user may read, those of the fora the user reads (the bulk
    shape of the fund pages' can_view_forum(user, fund.owner_forum))."""
    return within(readable_fora(user), "owner_forum_id")


def readable_agreements(user: Any) -> Q:
    """A filter on Agreement: those whose steering forum or one of whose implementing fora the
    user reads (the bulk shape of portfolio.queries.may_read_agreements)."""
    from klynge.portfolio.models import Implementation

    readable = readable_fora(user)
    if readable is ALL:
        return Q()
    implementing = Implementation.objects.filter(implementing_forum__in=readable)
    return Q(steering_forum__in=readable) | Q(pk__in=implementing.values("agreement_id"))


def may_use_portfolio(user: Any) -> bool:
    """Is there a fund or a collaboration agreement the user may read? One query, or none
    where the shared cache remembers the answer (klynge.accounts.access_cache)."""
    if not reads_any_forum(user):
        return False
    return access_cache.remembered("portfolio", user, lambda: _reads_portfolio(user))


def _reads_portfolio(user: Any) -> bool:
    from klynge.portfolio.models import Agreement, Fund

    funds = Fund.objects.filter(readable_funds(user)).values("pk")
    return funds.union(Agreement.objects.filter(readable_agreements(user)).values("pk")).exists()


def comments_shown_in(
    user: Any, meeting: Any, items: Iterable[tuple[int, bool]]
) -> tuple[Q, frozenset[int]]:
    """For the comments of one meeting whose forum the user reads, given its items as (pk,
    closed): a filter on Comment keeping the review rounds' comments to the secretariat and the
    round's reviewers, and the items whose comments the user may not read at all (closed items
    they may not open, items they are excluded from). The one-page shape of readable_comments;
    a test holds the two equal."""
    items = list(items)
    unseen = hidden_items(user, meeting.forum, items)
    unseen |= excluded_items(user) & {pk for pk, _closed in items}
    if can_manage_forum(user, meeting.forum):
        return Q(pk__isnull=False), frozenset(unseen)
    in_rounds = Q(review_round__isnull=True)
    if user.person_id:
        from klynge.workspace.models import ReviewRound

        reviewing = ReviewRound.objects.filter(meeting=meeting, reviewers=user.person_id)
        in_rounds |= Q(review_round__in=reviewing.values("pk"))
    return in_rounds, frozenset(unseen)
