"""A small reform for tests: Midtklyngen (renamed from Vestklyngen) and Horsensklyngen end on
31 December 2026 and Sundhedsråd Midt takes over on 1 January 2027; the steering group of
Midtklyngen is carried on by the council's steering group. Region Hovedstaden and Region Sjælland
become Region Østdanmark."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from klynge.organisation.models import Cluster, Forum, OrganisationalChange, Region
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory, RegionFactory

LAST_DAY = datetime.date(2026, 12, 31)
FIRST_DAY = datetime.date(2027, 1, 1)


@dataclass
class Reform:
    midtjylland: Region
    vest: Cluster
    midt: Cluster
    horsens: Cluster
    council: Cluster
    steering: Forum
    council_steering: Forum
    hovedstaden: Region
    sjaelland: Region
    oest: Region


def record_change(kind: str, before: list, after: list, day: datetime.date = FIRST_DAY):
    change = OrganisationalChange.objects.create(kind=kind, takes_effect_on=day, title=kind)
    field = "bodies" if isinstance(before[0], Cluster) else "regions"
    getattr(change, f"predecessor_{field}").set(before)
    getattr(change, f"successor_{field}").set(after)
    return change


def build_reform() -> Reform:
    midtjylland = RegionFactory(name="Region Midtjylland", slug="midtjylland")
    vest = ClusterFactory(
        name="Vestklyngen",
        slug="vestklyngen",
        region=midtjylland,
        valid_to=datetime.date(2019, 12, 31),
    )
    midt = ClusterFactory(
        name="Midtklyngen", slug="midtklyngen", region=midtjylland, valid_to=LAST_DAY
    )
    horsens = ClusterFactory(
        name="Horsensklyngen", slug="horsensklyngen", region=midtjylland, valid_to=LAST_DAY
    )
    council = ClusterFactory(
        name="Sundhedsråd Midt",
        slug="sundhedsraad-midt",
        region=midtjylland,
        kind=Cluster.Kind.COUNCIL,
        valid_from=FIRST_DAY,
    )
    record_change("renaming", [vest], [midt], datetime.date(2020, 1, 1))
    record_change("merger", [midt, horsens], [council])
    steering = ForumFactory(
        cluster=midt,
        name="Midtklyngens klyngestyregruppe",
        slug="midtklyngen-styregruppe",
        kind=Forum.Kind.STEERING,
    )
    council_steering = ForumFactory(
        cluster=council,
        name="Sundhedsrådets administrative styregruppe",
        slug="sundhedsraad-midt-styregruppe",
        kind=Forum.Kind.STEERING,
        continues=steering,
    )
    hovedstaden = RegionFactory(name="Region Hovedstaden", slug="hovedstaden", valid_to=LAST_DAY)
    sjaelland = RegionFactory(name="Region Sjælland", slug="sjaelland", valid_to=LAST_DAY)
    oest = RegionFactory(name="Region Østdanmark", slug="oestdanmark", valid_from=FIRST_DAY)
    record_change("merger", [hovedstaden, sjaelland], [oest])
    return Reform(
        midtjylland,
        vest,
        midt,
        horsens,
        council,
        steering,
        council_steering,
        hovedstaden,
        sjaelland,
        oest,
    )


@pytest.fixture
def reform(db) -> Reform:
    return build_reform()


@pytest.fixture
def after_reform(monkeypatch) -> datetime.date:
    """Today is 4 January 2027 (Danish time) for the test."""
    day = datetime.date(2027, 1, 4)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)
    return day


@pytest.fixture
def before_reform(monkeypatch) -> datetime.date:
    """Today is 2 December 2026 for the test."""
    day = datetime.date(2026, 12, 2)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)
    return day
