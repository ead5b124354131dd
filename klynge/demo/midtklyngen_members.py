"""Who sits in Midtklyngen's fora: seed 003's invitees, seed 001's chairs and born seats.

Names are seed 003's OCR text with æ/ø/å repaired ("Brgckner" → "Brøckner").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from klynge.organisation.models import CompositionRule, Forum, Membership

from .helpers import DEFAULT_START, Role, seat, upsert_person
from .midtklyngen import CHILDREN, HE_MIDT, PSYCHIATRY, ROTATION, STEERING
from .organisation import (
    BEDRE_PSYKIATRI,
    MIDT_GENERAL_PRACTICE,
    MIDT_PSYCHIATRY,
    SCLEROSEFORENINGEN,
)

SILKEBORG, SKIVE, VIBORG = "Silkeborg Kommune", "Skive Kommune", "Viborg Kommune"

# Seed 001: "Det kommunale medformandskab i klyngestyregruppen skiftede således pr. 16.9.2022
# fra Silkeborg til Viborg Kommune" (seed 003 item 4: from Lauge Clemmensen to Mette Andreassen).
CO_CHAIR_CHANGE = datetime.date(2022, 9, 16)
# Seed 001's rotation table: Silkeborg held the municipal co-chair in 2021-2022.
EARLIER_PERIOD_START = datetime.date(2021, 1, 1)
# Seed 003 item 1 welcomes Jonas Dahl (konst. hospitalsdirektør) and Jan Bendix Jensen (new chef
# for Pleje og Omsorg) at the meeting of 7 June 2023: their seats start that day.
NEW_AT_MEETING = datetime.date(2023, 6, 7)


@dataclass(frozen=True)
class Invitee:
    """One line of seed 003's list of invitees ("Inviterede")."""

    name: str
    title: str
    party: str
    rule: str | None  # key of the steering group's composition rule; None: no seat in the ToR
    role: str = Role.MEMBER
    starts_on: datetime.date = DEFAULT_START
    email: str = ""
    phone: str = ""
    is_contact: bool = False


# Seed 003, "Inviterede", in the order of the minutes. Seed 001 (the terms of reference approved
# at that very meeting) gives HE Midt one director's seat and no seat for the joint municipal
# representation of the social area: Mette Fjord Nielsen, Claus Brøckner Nielsen and Morten Kurth
# are invitees without a seat of the composition (rule None), so the check does not count them.
STEERING_INVITEES = [
    # Hospitalsenhed Midt
    Invitee(
        "Jonas Dahl",
        "konst. hospitalsdirektør",
        HE_MIDT,
        "he_direktoer",
        Role.CO_CHAIR,
        NEW_AT_MEETING,
    ),
    Invitee("Mette Fjord Nielsen", "sygeplejefaglig direktør", HE_MIDT, None),
    Invitee("Claus Brøckner Nielsen", "lægefaglig direktør", HE_MIDT, None),
    Invitee("Jens Peter Nielsen", "cheflæge", HE_MIDT, "he_ledelse"),
    Invitee("Anne Dorthe Bjerrum", "chefsygeplejerske", HE_MIDT, "he_ledelse"),
    Invitee("Nikolai Hoffman-Petersen", "cheflæge", HE_MIDT, "he_ledelse"),
    Invitee("Karen Rabens Kudsk", "cheflæge", HE_MIDT, "he_ledelse"),
    Invitee("Leif P. Christensen", "økonomi- og planchef", HE_MIDT, "he_oekonomi"),
    # The consultants who serve the steering group (seed 001: "sekretariatsbetjenes af 2
    # konsulenter") hold the ToR's consultant seats, so they are seated members, not secretaries.
    Invitee(
        "Katrine Gimm",
        "specialkonsulent",
        HE_MIDT,
        "he_konsulent",
        email="kataim@rm.dk",
        phone="7844 1416",
        is_contact=True,
    ),
    # Regionspsykiatrien
    Invitee("Claus Graversen", "sygeplejefaglig direktør", MIDT_PSYCHIATRY, "psyk_direktoer"),
    Invitee("Yrsa Bro", "chefsygeplejerske", MIDT_PSYCHIATRY, "psyk_chef"),
    Invitee("Anja Skaarup", "chefkonsulent", MIDT_PSYCHIATRY, "psyk_konsulent"),
    # Silkeborg Kommune (municipal co-chair until 16.9.2022: see build_steering_members)
    Invitee(
        "Lauge Clemmensen", "koncerndirektør", SILKEBORG, "kom_direktoer", starts_on=CO_CHAIR_CHANGE
    ),
    Invitee("Malene Herbsleb", "sundheds- og omsorgschef", SILKEBORG, "kom_chefer"),
    Invitee("Anita Jensen", "beskæftigelseschef", SILKEBORG, "kom_psyk"),
    Invitee("Ellen Høstrup", "sygeplejefaglig konsulent", SILKEBORG, "kom_konsulent"),
    # Skive Kommune
    Invitee("Lars Harder", "social- og arbejdsmarkedsdirektør", SKIVE, "kom_direktoer"),
    Invitee("Trine Brøcker", "sundhedschef", SKIVE, "kom_chefer"),
    Invitee(
        "Jan Bendix Jensen",
        "chef for Pleje og Omsorg",
        SKIVE,
        "kom_chefer",
        starts_on=NEW_AT_MEETING,
    ),
    Invitee("Helle Trangbæk", "familiechef", SKIVE, "kom_familie"),
    Invitee("Helena Vendelin Æbeløe", "udviklingskonsulent", SKIVE, "kom_konsulent"),
    # Viborg Kommune
    Invitee(
        "Mette Andreassen", "direktør", VIBORG, "kom_direktoer", Role.CO_CHAIR, CO_CHAIR_CHANGE
    ),
    Invitee("Kristine Stange", "sundhedschef", VIBORG, "kom_chefer"),
    Invitee("Morten Kurth", "socialchef", VIBORG, None),
    Invitee(
        "Mette Kvist",
        "specialkonsulent",
        VIBORG,
        "kom_konsulent",
        email="mkvi@viborg.dk",
        phone="2942 9271",
    ),
    # Almen praksis
    Invitee("Poul Oluf Olesen", "praksiskoordinator", MIDT_GENERAL_PRACTICE, "ap_koordinator"),
    Invitee("Jane Gregersen", "PLO-Midt-repræsentant", MIDT_GENERAL_PRACTICE, "ap_plo"),
    # Patient- og pårørenderepræsentanter ("Scleroseforeningen, Danske Patienter", "Bedre
    # Psykiatri, Danske Patienter"): appointed through Danske Patienter, sent by their association.
    Invitee(
        "Trine Frøstrup",
        "patient- og pårørenderepræsentant, Danske Patienter",
        SCLEROSEFORENINGEN,
        "patient",
    ),
    Invitee(
        "Ralph Jørgensen",
        "patient- og pårørenderepræsentant, Danske Patienter",
        BEDRE_PSYKIATRI,
        "patient",
    ),
]

# Seed 001: the theme groups' chairs are born members (fødte medlemmer) of the steering group.
# Who they are in 2023-2025 follows from the steering group's seats that seed 001 marks as theme
# co-chairs, the rotation table (Silkeborg: psychiatry; Skive: children, youth and family) and
# seed 003's invitees holding those seats. HE Midt's two theme co-chairs are not named by the
# seeds, nor Silkeborg's somatic co-chair, so they are left out.
# (steering invitee, theme group, the theme group's rule key)
THEME_CHAIRS = [
    ("Yrsa Bro", PSYCHIATRY, "psyk_ledelse"),
    ("Anita Jensen", PSYCHIATRY, "kom_ledere"),
    ("Helle Trangbæk", CHILDREN, "kom_familiechef"),
]


def _seat_invitee(
    steering: Forum,
    invitee: Invitee,
    rules: dict[str, CompositionRule],
    via: Membership | None = None,
) -> Membership:
    person = upsert_person(invitee.name, invitee.title, invitee.party, invitee.email, invitee.phone)
    return seat(
        steering,
        person,
        party=invitee.party,
        role=invitee.role,
        rule=rules[invitee.rule] if invitee.rule else None,
        starts_on=invitee.starts_on,
        ex_officio_via=via,
        is_contact=invitee.is_contact,
    )


def _check_rotation(invitee: Invitee, slug: str) -> None:
    """A municipal co-chair must come from the municipality the rotation plan names."""
    town = ROTATION[slug]["2023-2025"]
    if invitee.party.endswith(" Kommune") and invitee.party != f"{town} Kommune":
        raise ValueError(f"{invitee.name}: the rotation plan gives the seat to {town} Kommune")


def build_theme_chairs(
    fora: dict[str, Forum], rules: dict[str, dict[str, CompositionRule]]
) -> dict[str, Membership]:
    """The theme-group co-chairs of 2023-2025, by person name."""
    invitees = {i.name: i for i in STEERING_INVITEES}
    chairs = {}
    for name, slug, rule_key in THEME_CHAIRS:
        invitee = invitees[name]
        _check_rotation(invitee, slug)
        person = upsert_person(name, invitee.title, invitee.party, invitee.email, invitee.phone)
        chairs[name] = seat(
            fora[slug],
            person,
            party=invitee.party,
            role=Role.CO_CHAIR,
            rule=rules[slug][rule_key],
        )
    return chairs


def build_steering_members(
    fora: dict[str, Forum], rules: dict[str, dict[str, CompositionRule]]
) -> None:
    """Seed 003's invitees in the steering group, with the born seats of the theme chairs."""
    steering, steering_rules = fora[STEERING], rules[STEERING]
    chairs = build_theme_chairs(fora, rules)
    for invitee in STEERING_INVITEES:
        _seat_invitee(steering, invitee, steering_rules, chairs.get(invitee.name))
    # Lauge Clemmensen was the municipal co-chair until the change of 16.9.2022.
    seat(
        steering,
        upsert_person("Lauge Clemmensen", "koncerndirektør", SILKEBORG),
        party=SILKEBORG,
        role=Role.CO_CHAIR,
        rule=steering_rules["kom_direktoer"],
        starts_on=EARLIER_PERIOD_START,
        ends_on=CO_CHAIR_CHANGE,
    )
