"""Who came before and who came after: regions and health bodies linked by dated organisational
changes (OrganisationalChange).

Direct predecessors and successors are read from prefetches (`with_lineage`,
`regions_with_lineage`), so a page asks the same number of queries for one body or a hundred. All
predecessors or successors, transitively (a cluster renamed before a council succeeded it), are
one recursive subquery (`earlier_bodies`, `later_bodies`) inside the query that needs them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TypeVar

from django.db import connection
from django.db.models import Model, Prefetch, QuerySet
from django.db.models.expressions import RawSQL

from .models import Cluster, OrganisationalChange, Region

Node = TypeVar("Node", Cluster, Region)


def body_prefetches(prefix: str = "") -> list[Prefetch]:
    """Prefetches of a body's changes in and out, with the bodies on the other side: four
    queries for any number of bodies. `prefix` reaches the body from another model."""
    return [
        Prefetch(
            f"{prefix}changes_in",
            OrganisationalChange.objects.prefetch_related("predecessor_bodies"),
        ),
        Prefetch(
            f"{prefix}changes_out",
            OrganisationalChange.objects.prefetch_related("successor_bodies"),
        ),
    ]


def region_prefetches() -> list[Prefetch]:
    """As body_prefetches, for regions."""
    return [
        Prefetch(
            "changes_in", OrganisationalChange.objects.prefetch_related("predecessor_regions")
        ),
        Prefetch("changes_out", OrganisationalChange.objects.prefetch_related("successor_regions")),
    ]


def with_lineage(bodies: QuerySet[Cluster]) -> QuerySet[Cluster]:
    return bodies.prefetch_related(*body_prefetches())


def regions_with_lineage(regions: QuerySet[Region]) -> QuerySet[Region]:
    return regions.prefetch_related(*region_prefetches())


def _others(node: Node, changes: Iterable[OrganisationalChange], side: str) -> list[Node]:
    seen: dict[int, Node] = {}
    for change in changes:
        for other in getattr(change, side).all():
            if other.pk != node.pk:
                seen.setdefault(other.pk, other)
    return list(seen.values())


def _side(node: Model, before: bool) -> str:
    kind = "regions" if isinstance(node, Region) else "bodies"
    return f"{'predecessor' if before else 'successor'}_{kind}"


def successors(node: Node) -> list[Node]:
    """The bodies (or regions) that directly took over from this one."""
    return _others(node, node.changes_out.all(), _side(node, before=False))


def predecessors(node: Node) -> list[Node]:
    """The bodies (or regions) this one directly took over from."""
    return _others(node, node.changes_in.all(), _side(node, before=True))


def ended_by(node: Cluster | Region) -> datetime.date | None:
    """The last day of the body or region, if it ends or has ended."""
    return node.valid_to


# --- transitive, as a subquery ----------------------------------------------------------------
def _table(field: str) -> tuple[str, str, str]:
    """The M2M table behind OrganisationalChange.<field>: (table, change column, node column)."""
    through = OrganisationalChange._meta.get_field(field).remote_field.through
    quote = connection.ops.quote_name
    change, node = (f.column for f in through._meta.local_fields if f.is_relation)
    return quote(through._meta.db_table), quote(change), quote(node)


def _closure(start_ids: Iterable[int], backwards: bool, kind: str = "bodies") -> RawSQL:
    """Every node reachable from the start through changes, forwards (successors) or backwards
    (predecessors), as a subquery of ids for an `__in` lookup. The start nodes are not in it
    unless a cycle leads back to them."""
    ids = sorted(set(start_ids)) or [0]
    before, after = _table(f"predecessor_{kind}"), _table(f"successor_{kind}")
    source, target = (after, before) if backwards else (before, after)
    step = (
        f"SELECT t.{target[2]} FROM {source[0]} s JOIN {target[0]} t "
        f"ON s.{source[1]} = t.{target[1]}"
    )
    marks = ", ".join(["%s"] * len(ids))
    sql = (
        f"WITH RECURSIVE reached(node) AS ({step} WHERE s.{source[2]} IN ({marks}) "
        f"UNION {step} JOIN reached r ON s.{source[2]} = r.node) SELECT node FROM reached"
    )
    return RawSQL(sql, ids)


def earlier_bodies(body_ids: Iterable[int]) -> RawSQL:
    """All predecessors of the bodies, transitively: a subquery for `__in`."""
    return _closure(body_ids, backwards=True)


def later_bodies(body_ids: Iterable[int]) -> RawSQL:
    """All successors of the bodies, transitively: a subquery for `__in`."""
    return _closure(body_ids, backwards=False)


def all_predecessors(body: Cluster) -> QuerySet[Cluster]:
    """Every body before this one, however many changes back (one query)."""
    return Cluster.objects.filter(pk__in=earlier_bodies([body.pk])).exclude(pk=body.pk)


def all_successors(body: Cluster) -> QuerySet[Cluster]:
    """Every body after this one, however many changes on (one query)."""
    return Cluster.objects.filter(pk__in=later_bodies([body.pk])).exclude(pk=body.pk)


def all_predecessor_regions(region: Region) -> QuerySet[Region]:
    return Region.objects.filter(pk__in=_closure([region.pk], True, "regions")).exclude(
        pk=region.pk
    )
