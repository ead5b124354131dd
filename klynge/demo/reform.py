"""1 January 2027 in the demo: Region Østdanmark, the health councils and the transition that
carries each cluster's open work into its council.

Idempotent: the merger is found by its title, councils and their fora by slug, and a cluster
that has been through a transition is not run again (the transition would refuse it).
"""

from __future__ import annotations

from klynge.organisation.models import (
    Cluster,
    Forum,
    Organisation,
    OrganisationalChange,
    Region,
    TermsOfReference,
)
from klynge.organisation.transition import services
from klynge.organisation.transition.plan import REFORM_DAY, TransitionPlan

from .helpers import (
    Kind,
    Rule,
    region,
    upsert_forum,
    upsert_organisation,
    upsert_rules,
    upsert_terms,
)
from .organisation import municipality_name
from .reform_councils import (
    CHAIRS,
    COMPOSITION,
    COUNCILS,
    MERGER_NOTE,
    MERGER_SOURCE,
    MERGER_TITLE,
    MUNICIPAL_SEAT,
    PERIOD,
    PURPOSE,
    REGION_PARTIES,
    REGIONAL_SEAT,
    SEATS_KNOWN,
    SEATS_UNKNOWN,
    SUCCESSION_SOURCE,
    TASKS,
    Council,
)
from .reform_plans import PLANS

MUNICIPALITY = Kind.MUNICIPALITY


def has_run() -> bool:
    """Has any of the demo's clusters been through a transition?"""
    slugs = [council.cluster for council in COUNCILS]
    return OrganisationalChange.objects.filter(predecessor_bodies__slug__in=slugs).exists()


def build_reform(transitions: bool = True) -> list[OrganisationalChange]:
    """The merger of the regions, the councils, and (unless left for the secretariat to run in
    the wizard) the transitions not yet run."""
    build_merger()
    for council in COUNCILS:
        build_council(council)
    if not transitions:
        return []
    return [run_plan(council) for council in COUNCILS if not _transitioned(council)]


# --- Region Østdanmark ----------------------------------------------------------------------


def build_merger() -> OrganisationalChange:
    change = OrganisationalChange.objects.filter(
        kind=OrganisationalChange.Kind.MERGER, title=MERGER_TITLE
    ).first() or OrganisationalChange(kind=OrganisationalChange.Kind.MERGER, title=MERGER_TITLE)
    change.takes_effect_on = REFORM_DAY
    change.note = MERGER_NOTE
    change.source = MERGER_SOURCE
    change.full_clean()
    change.save()
    change.predecessor_regions.set(Region.objects.filter(slug__in=["hovedstaden", "sjaelland"]))
    change.successor_regions.set(Region.objects.filter(slug="oestdanmark"))
    return change


# --- the councils ---------------------------------------------------------------------------


def build_council(council: Council) -> Cluster:
    """The council as a body of kind council, with its parties and the council itself as a
    political forum with its (draft) terms and composition rules."""
    body = Cluster.objects.filter(slug=council.slug).first() or Cluster(slug=council.slug)
    body.name = council.name
    body.kind = Cluster.Kind.COUNCIL
    body.region = region(council.region)
    body.valid_from = REFORM_DAY
    body.full_clean()
    body.save()
    body.parties.add(*_parties(council))
    forum = upsert_forum(
        council.forum_slug,
        "Sundhedsrådet",
        Forum.Kind.POLITICAL,
        region_slug=council.region,
        cluster_slug=council.slug,
        established_on=REFORM_DAY,
        position=10,
    )
    _council_terms(council, forum)
    return body


def _parties(council: Council) -> list[Organisation]:
    """The region (its regional members), the council's municipalities, and the predecessor
    cluster's other parties, who keep their seats in the fora that carry on."""
    name, short = REGION_PARTIES[council.region]
    parties = [upsert_organisation(name, Kind.REGIONAL_ADMINISTRATION, council.region, short)]
    parties += [
        upsert_organisation(municipality_name(town), Kind.MUNICIPALITY, council.region, town)
        for town in council.towns
    ]
    cluster = Cluster.objects.get(slug=council.cluster)
    return parties + list(cluster.parties.exclude(kind=Kind.MUNICIPALITY))


def _council_terms(council: Council, forum: Forum) -> TermsOfReference:
    if council.regional_seats is None:
        seats_text = SEATS_UNKNOWN
        regional = (len(council.towns) + 1, None)
    else:
        seats_text = SEATS_KNOWN.format(
            regional=council.regional_seats, municipal=council.municipal_seats
        )
        regional = (council.regional_seats, council.regional_seats)
    terms = upsert_terms(
        forum,
        1,
        title=f"{council.name}: sammensætning og opgaver (eksempel)",
        status=TermsOfReference.Status.DRAFT,
        purpose=PURPOSE,
        tasks=TASKS,
        composition=f"{council.area_note}\n\n{COMPOSITION}{seats_text}",
        chairs_and_secretariat=CHAIRS,
        period=PERIOD,
    )
    region_party = REGION_PARTIES[council.region][0]
    upsert_rules(
        terms,
        [
            Rule("regional", REGIONAL_SEAT, *regional, party=region_party),
            Rule("municipal", MUNICIPAL_SEAT, 1, None, party_kind=MUNICIPALITY, from_each=True),
        ],
    )
    return terms


# --- the transition -------------------------------------------------------------------------


def _transitioned(council: Council) -> bool:
    return OrganisationalChange.objects.filter(predecessor_bodies__slug=council.cluster).exists()


def run_plan(council: Council) -> OrganisationalChange:
    """Run the cluster's plan, with the demo's sources recorded on the change."""
    data = {**PLANS[council.cluster], "note": council.area_note, "source": SUCCESSION_SOURCE}
    return services.run_transition(TransitionPlan.from_json(data))
