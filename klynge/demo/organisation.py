"""Regions, clusters and their parties, from the seed documents."""

from __future__ import annotations

import datetime

from klynge.organisation.models import Cluster, Region

from .helpers import Kind, organisation, region, upsert_organisation

# The last day of Region Hovedstaden and Region Sjælland, and the first of Region Østdanmark
# (lov nr. 699 af 20. juni 2025, § 2: the merger "med virkning fra den 1. januar 2027").
LAST_DAY_BEFORE_MERGER = datetime.date(2026, 12, 31)
OESTDANMARK_FROM = datetime.date(2027, 1, 1)

# Denmark's regions: (slug, name, first day, last day); None where the demo does not know it.
REGIONS = [
    ("nordjylland", "Region Nordjylland", None, None),
    ("midtjylland", "Region Midtjylland", None, None),
    ("syddanmark", "Region Syddanmark", None, None),
    ("hovedstaden", "Region Hovedstaden", None, LAST_DAY_BEFORE_MERGER),
    ("sjaelland", "Region Sjælland", None, LAST_DAY_BEFORE_MERGER),
    ("oestdanmark", "Region Østdanmark", OESTDANMARK_FROM, None),
]

# Parties shared by every Midt cluster. Seed 001 calls psychiatry "Regionspsykiatrien" and
# "Regionspsykiatrien Midt"; its full name is "Psykiatrien i Region Midtjylland".
MIDT_PSYCHIATRY = "Psykiatrien i Region Midtjylland"
MIDT_GENERAL_PRACTICE = "Almen praksis (PLO-Midt)"
SYD_PSYCHIATRY = "Psykiatrien i Region Syddanmark"
SYD_GENERAL_PRACTICE = "Almen praksis (PLO-Syddanmark)"

# Patient organisations that send representatives: seed 003 (Midtklyngen's steering group:
# "Trine Frøstrup, Scleroseforeningen, Danske Patienter", "Ralph Jørgensen, Bedre Psykiatri,
# Danske Patienter") and seed 004 (Lillebælt: "Helene Smet … for SIND").
DANSKE_PATIENTER = "Danske Patienter"
SCLEROSEFORENINGEN = "Scleroseforeningen"
BEDRE_PSYKIATRI = "Bedre Psykiatri"
SIND = "SIND – Landsforeningen for psykisk sundhed"
PATIENT_ORGANISATIONS = [
    (DANSKE_PATIENTER, ""),
    (SCLEROSEFORENINGEN, ""),
    (BEDRE_PSYKIATRI, ""),
    (SIND, "SIND"),
]


# Patient organisations that are parties of a Midt cluster (seed 003's invitees).
MIDT_PATIENT_PARTIES = {"midtklyngen": [DANSKE_PATIENTER, SCLEROSEFORENINGEN, BEDRE_PSYKIATRI]}

# The five Midt clusters of seed 000's annex (Bilag 1: Sundhedsklynger): slug, name, the acute
# hospital unit (with its short name) and the municipalities.
MIDT_CLUSTERS = [
    (
        "goedstrupklyngen",
        "Gødstrupklyngen",
        ("Hospitalsenhed Gødstrup", "HE Gødstrup"),
        ["Herning", "Holstebro", "Ikast-Brande", "Lemvig", "Ringkøbing-Skjern", "Struer"],
    ),
    (
        "horsensklyngen",
        "Horsensklyngen",
        ("Hospitalsenhed Horsens", "HE Horsens"),
        ["Horsens", "Hedensted", "Odder", "Skanderborg"],
    ),
    (
        "midtklyngen",
        "Midtklyngen",
        ("Hospitalsenhed Midt", "HE Midt"),
        ["Viborg", "Silkeborg", "Skive"],
    ),
    (
        "randersklyngen",
        "Randersklyngen",
        ("Regionshospitalet Randers", "RH Randers"),
        ["Randers", "Favrskov", "Norddjurs", "Syddjurs"],
    ),
    (
        "aarhusklyngen",
        "Aarhusklyngen",
        ("Aarhus Universitetshospital", "AUH"),
        ["Aarhus", "Samsø"],
    ),
]

# Region Syddanmark's clusters used by the demo. Seed 002 (Sønderjylland: Sygehus Sønderjylland,
# Psykiatrien, "de 4 sønderjyske kommuner"); seed 004 (Lillebælt: Sygehus Lillebælt, Psykiatrien,
# the municipalities named in its minutes).
SYD_CLUSTERS = [
    (
        "soenderjylland",
        "Sundhedsklynge Sønderjylland",
        ("Sygehus Sønderjylland", "SHS"),
        ["Aabenraa", "Haderslev", "Sønderborg", "Tønder"],
        [],
    ),
    (
        "lillebaelt",
        "Sundhedsklynge Lillebælt",
        ("Sygehus Lillebælt", "SLB"),
        ["Billund", "Fredericia", "Kolding", "Middelfart", "Vejen", "Vejle"],
        [SIND],
    ),
]


def municipality_name(town: str) -> str:
    return f"{town} Kommune"


def build_regions() -> list[Region]:
    return [
        Region.objects.update_or_create(
            slug=slug, defaults={"name": name, "valid_from": first, "valid_to": last}
        )[0]
        for slug, name, first, last in REGIONS
    ]


def build_shared_parties() -> None:
    """Psychiatry and general practice of each region, and the national patient organisations."""
    upsert_organisation(MIDT_PSYCHIATRY, Kind.PSYCHIATRY, "midtjylland", "Regionspsykiatrien")
    upsert_organisation(MIDT_GENERAL_PRACTICE, Kind.GENERAL_PRACTICE, "midtjylland", "PLO-Midt")
    upsert_organisation(SYD_PSYCHIATRY, Kind.PSYCHIATRY, "syddanmark", "Psykiatrien")
    upsert_organisation(SYD_GENERAL_PRACTICE, Kind.GENERAL_PRACTICE, "syddanmark", "PLO-Syd")
    for name, short in PATIENT_ORGANISATIONS:
        upsert_organisation(name, Kind.PATIENT_ORGANISATION, None, short)


def build_cluster(
    region_slug: str,
    slug: str,
    name: str,
    hospital: tuple[str, str],
    towns: list[str],
    others: list[str],
) -> Cluster:
    """A cluster with its hospital, municipalities and the other parties named in ``others``."""
    cluster, _ = Cluster.objects.update_or_create(
        slug=slug, defaults={"name": name, "region": region(region_slug)}
    )
    parties = [upsert_organisation(hospital[0], Kind.HOSPITAL, region_slug, hospital[1])]
    parties += [
        upsert_organisation(municipality_name(town), Kind.MUNICIPALITY, region_slug, town)
        for town in towns
    ]
    parties += [organisation(other) for other in others]
    cluster.parties.add(*parties)
    return cluster


def build_midt_clusters() -> list[Cluster]:
    """Seed 000's annex; every Midt cluster also has psychiatry and general practice as parties."""
    return [
        build_cluster(
            "midtjylland",
            slug,
            name,
            hospital,
            towns,
            [MIDT_PSYCHIATRY, MIDT_GENERAL_PRACTICE, *MIDT_PATIENT_PARTIES.get(slug, [])],
        )
        for slug, name, hospital, towns in MIDT_CLUSTERS
    ]


def build_syd_clusters() -> list[Cluster]:
    return [
        build_cluster(
            "syddanmark",
            slug,
            name,
            hospital,
            towns,
            [SYD_PSYCHIATRY, SYD_GENERAL_PRACTICE, *others],
        )
        for slug, name, hospital, towns, others in SYD_CLUSTERS
    ]


def build_organisation() -> None:
    """Regions, parties and clusters of every seed."""
    build_regions()
    build_shared_parties()
    build_midt_clusters()
    build_syd_clusters()
