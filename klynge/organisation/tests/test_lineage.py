"""Predecessors and successors through dated organisational changes, direct and transitive."""

from __future__ import annotations

import datetime

import pytest

from klynge.organisation import lineage
from klynge.organisation.models import Cluster, OrganisationalChange, Region
from klynge.organisation.tests.factories import ClusterFactory, RegionFactory

pytestmark = pytest.mark.django_db

LAST_DAY = datetime.date(2026, 12, 31)
FIRST_DAY = datetime.date(2027, 1, 1)


def change(kind: str, before: list, after: list, day: datetime.date = FIRST_DAY):
    made = OrganisationalChange.objects.create(kind=kind, takes_effect_on=day, title=kind)
    field = "bodies" if isinstance((before or after)[0], Cluster) else "regions"
    getattr(made, f"predecessor_{field}").set(before)
    getattr(made, f"successor_{field}").set(after)
    return made


@pytest.fixture
def bodies() -> dict[str, Cluster]:
    """Vestklyngen renamed Midtklyngen in 2020; Midtklyngen and Horsensklyngen succeeded by
    Sundhedsråd Midt in 2027; Randersklyngen by Sundhedsråd Øst; Aarhusklyngen untouched."""
    names = ["vest", "midt", "horsens", "randers", "aarhus"]
    made = {n: ClusterFactory(name=f"{n}klyngen", slug=f"{n}klyngen") for n in names}
    for n in ("raad-midt", "raad-oest"):
        made[n] = ClusterFactory(name=n, slug=n, kind=Cluster.Kind.COUNCIL, valid_from=FIRST_DAY)
    change("renaming", [made["vest"]], [made["midt"]], datetime.date(2020, 1, 1))
    change("merger", [made["midt"], made["horsens"]], [made["raad-midt"]])
    change("succession", [made["randers"]], [made["raad-oest"]])
    return made


def names(found) -> set[str]:
    return {b.slug for b in found}


def test_direct_successors_and_predecessors(bodies):
    midt = lineage.with_lineage(Cluster.objects.all()).get(slug="midtklyngen")
    assert names(lineage.successors(midt)) == {"raad-midt"}
    assert names(lineage.predecessors(midt)) == {"vestklyngen"}
    raad = lineage.with_lineage(Cluster.objects.all()).get(slug="raad-midt")
    assert names(lineage.predecessors(raad)) == {"midtklyngen", "horsensklyngen"}
    assert lineage.successors(raad) == []


def test_all_predecessors_reach_through_a_renaming(bodies):
    assert names(lineage.all_predecessors(bodies["raad-midt"])) == {
        "vestklyngen",
        "midtklyngen",
        "horsensklyngen",
    }
    assert names(lineage.all_predecessors(bodies["raad-oest"])) == {"randersklyngen"}
    assert names(lineage.all_predecessors(bodies["aarhus"])) == set()


def test_all_successors(bodies):
    assert names(lineage.all_successors(bodies["vest"])) == {"midtklyngen", "raad-midt"}
    assert names(lineage.all_successors(bodies["raad-midt"])) == set()


def test_a_cycle_ends(bodies):
    change("renaming", [bodies["raad-midt"]], [bodies["vest"]], datetime.date(2030, 1, 1))
    assert "raad-midt" in names(lineage.all_predecessors(bodies["vest"]))


def test_region_lineage():
    hovedstaden = RegionFactory(name="Region Hovedstaden", slug="hovedstaden", valid_to=LAST_DAY)
    sjaelland = RegionFactory(name="Region Sjælland", slug="sjaelland", valid_to=LAST_DAY)
    oest = RegionFactory(name="Region Østdanmark", slug="oestdanmark", valid_from=FIRST_DAY)
    change("merger", [hovedstaden, sjaelland], [oest])
    found = lineage.regions_with_lineage(Region.objects.all())
    by_slug = {r.slug: r for r in found}
    assert names(lineage.predecessors(by_slug["oestdanmark"])) == {"hovedstaden", "sjaelland"}
    assert names(lineage.successors(by_slug["sjaelland"])) == {"oestdanmark"}
    assert names(lineage.all_predecessor_regions(oest)) == {"hovedstaden", "sjaelland"}


def test_prefetched_lineage_costs_the_same_for_any_number_of_bodies(
    bodies, django_assert_num_queries
):
    with django_assert_num_queries(5):
        found = list(lineage.with_lineage(Cluster.objects.all()))
        assert len(found) == 7
        for body in found:
            lineage.successors(body), lineage.predecessors(body)
