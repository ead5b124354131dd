"""Midtklyngen's working groups named in seed 003: the two NLPS improvement teams (item 5), HE
Midt's implementation group for the 72-hour treatment responsibility (item 6) and the
implementation group for the correspondence-letter agreement (written orientation)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from klynge.organisation.models import Forum

from .helpers import Role, seat, upsert_forum, upsert_person
from .midtklyngen import CLUSTER, HE_MIDT, STEERING
from .organisation import MIDT_GENERAL_PRACTICE

# Seed 003 item 5: the steering group named the teams' chairs at its meeting of 7 June 2023.
TEAM_DECIDED = datetime.date(2023, 6, 7)
# Seed 003 item 6: HE Midt's implementation group "har første møde den 31. maj 2023".
IMPLEMENTATION_FIRST_MEETING = datetime.date(2023, 5, 31)


@dataclass(frozen=True)
class Participant:
    name: str
    title: str
    party: str | None
    role: str = Role.MEMBER
    position_text: str = ""


@dataclass(frozen=True)
class Group:
    slug: str
    name: str
    kind: str
    starts_on: datetime.date
    participants: list[Participant]
    fields: dict[str, object]


BACK_PAIN = Group(
    "midtklyngen-forbedringsteam-rygsmerter",
    "Forbedringsteam: Optimering af det tværsektorielle samarbejde omkring patienter med"
    " rygsmerter",
    Forum.Kind.IMPROVEMENT_TEAM,
    TEAM_DECIDED,
    [
        Participant("Nikolai Hoffman-Petersen", "cheflæge", HE_MIDT, Role.CO_CHAIR),
        Participant("Kristine Stange", "sundhedschef", "Viborg Kommune", Role.CO_CHAIR),
        Participant("Susan Ringskær Christensen", "overlæge, Diagnostisk Center", HE_MIDT),
        Participant("Mette Krag Svensen", "ledende terapeut, Diagnostisk Center", HE_MIDT),
        # From Gødstrupklyngen and Norddjurs Kommune (Randersklyngen): NLPS teams cross clusters.
        Participant(
            "Kim Pedersen",
            "praktiserende læge, Brande",
            MIDT_GENERAL_PRACTICE,
            position_text="Gødstrupklyngen",
        ),
        Participant("Poul Schmidt", "leder af Genoptræning", "Viborg Kommune"),
        Participant("Charlotte Klitnæs", "leder af sundhed og træning", "Norddjurs Kommune"),
    ],
    {
        "established_on": datetime.date(2023, 9, 4),
        "ends_note": "NLPS hold 2 løber frem til juni 2024",
    },
)

MULTIMORBIDITY = Group(
    "midtklyngen-forbedringsteam-multisyge",
    "Forbedringsteam: Forebyggelse af indlæggelse blandt borgere med flere kroniske sygdomme"
    " (multisyge)",
    Forum.Kind.IMPROVEMENT_TEAM,
    TEAM_DECIDED,
    [
        # "Malene Herbsleb varetager, i samarbejde med ledelsesrep. fra Skive kommune,
        # formandskab": the Skive co-chair is not named.
        Participant("Malene Herbsleb", "sundheds- og omsorgschef", "Silkeborg Kommune", Role.CHAIR),
        Participant("Tue Linderoth", "sektionsleder, Udvikling og Administration", "Skive Kommune"),
        Participant(
            "Pia Toft Jepsen", "sektionsleder, Pleje & Visitation - Visitation", "Skive Kommune"
        ),
        Participant(
            "Lotte Skytte", "funktionsleder Sundhedshuset, Tværgående Sundhed", "Silkeborg Kommune"
        ),
        Participant(
            "Lisbet Lynggaard-Jensen",
            "leder for sygeplejersker, Borger Eget Hjem - Kjellerup",
            "Silkeborg Kommune",
        ),
    ],
    {
        "established_on": datetime.date(2023, 9, 4),
        "ends_note": "NLPS hold 2 løber frem til juni 2024",
    },
)

# An internal HE Midt group the steering group gives input to: outside the decision structure.
SEVENTY_TWO_HOURS = Group(
    "midtklyngen-implementeringsgruppe-72-timer",
    "HE Midts implementeringsgruppe for 72 timers udvidet behandlingsansvar",
    Forum.Kind.IMPLEMENTATION,
    IMPLEMENTATION_FIRST_MEETING,
    [
        Participant(
            "Lotte Kirring",
            "ledende overlæge, Diagnostisk Center",
            HE_MIDT,
            Role.CO_CHAIR,
            "Medformand, deltager i regional arbejdsgruppe",
        ),
        Participant("Uffe Schou Løve", "cheflæge, Kirurgi", HE_MIDT, Role.CO_CHAIR, "Medformand"),
        Participant(
            "Maria Brinck Krogh", "chefsygeplejerske, Center for Planlagt Kirurgi", HE_MIDT
        ),
        Participant(
            "Kirstine Ommen", "udskrivningskoordinator, sygeplejerske i Neurologi", HE_MIDT
        ),
        Participant("Rikke Thuesen Østergaard", "oversygeplejerske, Medicinsk Afdeling", HE_MIDT),
        Participant(
            "Lene Hovmøller Albertsen", "ledende lægesekretær, Medicinsk Afdeling", HE_MIDT
        ),
        Participant("Lena Brønlund Jacobsen", "lægesekretær, Akutafdelingen", HE_MIDT),
        Participant("Morten Sode", "sundheds-it konsulent", HE_MIDT),
        Participant(
            "Katrine Gimm",
            "specialkonsulent",
            HE_MIDT,
            Role.SECRETARY,
            "Sekretariatsbetjening (økonomi- og plankonsulent)",
        ),
        Participant("Betty Bie Mikkelsen", "kvalitetskonsulent", HE_MIDT, Role.AD_HOC),
        # "Kommunale ad hoc deltagere": one key person from each municipality.
        Participant(
            "Jan Bendix Jensen",
            "chef for Pleje og Omsorg",
            "Skive Kommune",
            Role.AD_HOC,
            "Kommunal nøgleperson",
        ),
        Participant(
            "Henriette Siv Holm Kristensen",
            "distriktsleder",
            "Viborg Kommune",
            Role.AD_HOC,
            "Kommunal nøgleperson",
        ),
        Participant(
            "Hanne Kirial",
            "sundhedsfaglig leder",
            "Silkeborg Kommune",
            Role.AD_HOC,
            "Kommunal nøgleperson",
        ),
    ],
    {"established_on": IMPLEMENTATION_FIRST_MEETING, "in_decision_structure": False},
)

# Seed 003, written orientation: "Midtklyngen har derfor nedsat en implementeringsgruppe med
# deltagere fra kommuner, hospitaler (psykiatri og somatik) samt almen praksis. Socialchef fra
# Viborg Kommune, Morten Kurth, er formand". Its other members are not named.
CORRESPONDENCE = Group(
    "midtklyngen-implementeringsgruppe-korrespondancebreve",
    "Implementeringsgruppe for aftale om anvendelse af korrespondancebrevet",
    Forum.Kind.IMPLEMENTATION,
    datetime.date(2023, 1, 1),
    [Participant("Morten Kurth", "socialchef", "Viborg Kommune", Role.CHAIR)],
    {"ends_note": "Klyngerne implementerer den reviderede aftale i løbet af 2023"},
)

GROUPS = [BACK_PAIN, MULTIMORBIDITY, SEVENTY_TWO_HOURS, CORRESPONDENCE]


def build_group(group: Group, steering: Forum, position: int) -> Forum:
    forum = upsert_forum(
        group.slug,
        group.name,
        group.kind,
        region_slug="midtjylland",
        cluster_slug=CLUSTER,
        reports_to=steering,
        position=position,
        **group.fields,
    )
    for p in group.participants:
        person = upsert_person(p.name, p.title, p.party)
        seat(
            forum,
            person,
            party=p.party,
            role=p.role,
            starts_on=group.starts_on,
            position_text=p.position_text,
        )
    return forum


def build_groups(fora: dict[str, Forum]) -> list[Forum]:
    """The working groups under the steering group."""
    return [
        build_group(group, fora[STEERING], position)
        for position, group in enumerate(GROUPS, start=80)
    ]
