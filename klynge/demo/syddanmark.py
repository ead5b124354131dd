"""Region Syddanmark: Sundhedsklynge Sønderjylland's implementation groups (seed 002) and
Sundhedsklynge Lillebælt's professional-strategic level (seed 004)."""

from __future__ import annotations

import datetime

from klynge.organisation.models import Forum, TermsOfReference

from .helpers import (
    DEFAULT_START,
    Kind,
    Role,
    Rule,
    seat,
    upsert_forum,
    upsert_person,
    upsert_rules,
    upsert_terms,
)
from .organisation import SIND, SYD_GENERAL_PRACTICE, SYD_PSYCHIATRY

SYD = "syddanmark"
SHS = "Sygehus Sønderjylland"

SDJ_POLITICAL = "soenderjylland-politisk-niveau"
SDJ_STEERING = "soenderjylland-fagligt-strategisk-niveau"
SDJ_COORDINATION = "soenderjylland-koordineringsforum-ipg"

LB_POLITICAL = "lillebaelt-politisk-niveau"
LB_STEERING = "lillebaelt-fagligt-strategisk-niveau"
LB_COORDINATING = "lillebaelt-koordinerende-niveau"

# Seed 002 does not name the implementation groups: these names are illustrative only.
IMPLEMENTATION_GROUPS = [
    (
        "soenderjylland-ipg-aeldre-og-kronisk-sygdom",
        "Implementeringsgruppe for ældre og borgere med kronisk sygdom",
    ),
    ("soenderjylland-ipg-psykiatri", "Implementeringsgruppe for psykiatri og misbrug"),
    ("soenderjylland-ipg-boern-og-unge", "Implementeringsgruppe for børn, unge og gravide"),
]

# "Kommissoriet er forhåndsgodkendt af Sundhedsklynge Sønderjylland-Fagligt strategisk niveau på
# mødet den 30. august 2022. Kommissoriet er endeligt formandskabsgodkendt den 19. september
# 2022." Dated: "Opdateret af Klyngesekretariatet Sønderjylland den 16. september 2022".
IPG_APPROVAL = {
    "status": TermsOfReference.Status.APPROVED,
    "dated": datetime.date(2022, 9, 16),
    "pre_approved_on": datetime.date(2022, 8, 30),
    "pre_approved_by": "Sundhedsklynge Sønderjylland – Fagligt strategisk niveau",
    "approved_on": datetime.date(2022, 9, 19),
    "approved_by": "Formandskabet for Sundhedsklynge Sønderjylland – Fagligt strategisk niveau",
}

IPG_TERMS = {
    "purpose": (
        "Formålet med Sundhedsklyngens implementeringsgrupper er, på et operationelt fagligt"
        " niveau, at understøtte implementeringen af de beslutninger, som det politiske og det"
        " fagligt-strategiske niveau i Sundhedsklyngen Sønderjylland træffer.\n\n"
        "Beslutningerne vil have til formål at løfte det fælles populationsansvar for borgerne i"
        " de 4 sønderjyske kommuner, samt at sikre sammenhængende behandlings- og"
        " rehabiliteringsforløb på tværs af sundhedsområdet og i relevant omfang mellem"
        " sundhedssektoren og de tilgrænsende sektorer, herunder beslutninger med henblik på at"
        " styrke forebyggelse, kvalitet og omstilling til det primære sundhedsvæsen.\n\n"
        "Implementeringsgrupperne vil ligeledes understøtte implementeringen af indsatserne i den"
        " nuværende Sundhedsaftale 2019-2023 samt kommende sundhedsaftalers indsatser."
    ),
    "tasks": (
        "Implementeringsgrupperne under Sundhedsklynge Sønderjylland skal:\n"
        "- Gennemføre de samarbejdsprojekter og indsatser med omstilling til det primære"
        " sundhedsvæsen, som det politiske niveau i sundhedsklyngen træffer beslutning om, og på"
        " opfordring give input til det fagligt-strategiske niveaus overvejelser om og eventuelle"
        " beskrivelser af de økonomiske konsekvenser af forslag til samarbejdsprojekter og"
        " indsatser.\n"
        "- Sikre lokal implementering af sundhedsaftalens indsatser og initiativer\n"
        "- Sikre lokal implementering af nationale tiltag\n"
        "- Give input til det fagligt-strategiske niveaus udarbejdelse af forslag til anvendelse"
        " af prioriterede midler\n"
        "- Give input til det fagligt-strategiske niveaus udarbejdelse af forslag til lokale"
        " modeller for bedre patientforløb\n"
        "- Følge op på de selvstændige mål, som det politiske niveau fastlægger for arbejdet med"
        " udgangspunkt i lokale udfordringer og behov, fx lokale folkesundhedsmæssige"
        " udfordringer."
    ),
    "competences": (
        "Sundhedsklynge Sønderjyllands politiske og faglige strategiske niveau er beslutnings- og"
        " prioriteringsorganer.\n\n"
        "Implementeringsgrupperne kan alene træffe koordinerende, faglige beslutninger i forhold"
        " til forberedelse af og opfølgning på sager godkendt i Sundhedsklyngen og referere til"
        " Sundhedsklynge Sønderjyllands faglige strategiske niveau.\n\n"
        "Implementeringsgruppen har kompetence til at:\n"
        "- indstille sager og planer til drøftelse og godkendelse i Sundhedsklynge Sønderjyllands"
        " fagligt strategiske niveau\n"
        "- trække på relevante faglige kompetencer i de enkelte organisationer\n"
        "- gennemføre undersøgelser og kortlægninger af praktikken og andre fælles aktiviteter"
        " vedrørende implementeringen af de opgaver, der hører under implementeringsgruppens"
        " opgaveportefølje. Dette sker med udgangspunkt i den af Sundhedsklynge Sønderjyllands"
        " fagligt strategiske niveau godkendte implementeringsplan eller ved større opgaver, på"
        " baggrund af en særskilt beslutning i Sundhedsklynge Sønderjyllands fagligt strategiske"
        " niveau\n\n"
        "Beslutninger i implementeringsgruppen træffes som udgangspunkt i enighed. Ved evt."
        " uenighed mellem partnerne i forbindelse med sager til Sundhedsklynge Sønderjyllands"
        " fagligt strategiske niveau skal dette fremgå af sagsfremstilling og indstilling."
    ),
    "composition": (
        "Implementeringsgruppen er organiseret med et formandskab bestående af en regional"
        " formand og en kommunal formand på chefniveau.\n\n"
        "Øvrige medlemmer i implementeringsgrupperne er relevante fagpersoner og klinikere fra"
        " Sygehus Sønderjylland, fra Psykiatrien i Region Syddanmark og fra kommuner. Det er"
        " vigtigt at medlemmerne har viden om driften i og mandat fra egen organisation.\n\n"
        "Repræsentanter fra praksissektoren, herunder almen praksis, samt repræsentanter for"
        " patienter og pårørende, inddrages i udvalgets arbejde i relevant omfang."
    ),
    "chairs_and_secretariat": (
        "Formandskabet refererer til og betjener i fællesskab Sundhedsklynge Sønderjyllands"
        " fagligt strategiske niveau.\n\n"
        "Formandskaberne er desuden fødte medlemmer af Koordineringsforum for IPG'erne under"
        " Sundhedsklynge Sønderjylland. To regionale (en fra Sygehus Sønderjylland og en fra"
        " Psykiatrien) og en kommunal medformand fra koordineringsforum deltager ad hoc i det"
        " fagligt-strategiske niveau i Sundhedsklyngen Sønderjylland.\n\n"
        "Implementeringsgrupperne sekretariatsbetjenes af en administrativ medarbejder fra"
        " Klyngesekretariatet eller af en nøgleperson fra sygehus eller kommune. Som udgangspunkt"
        " placeres sekretæropgaven hos en medarbejder i samme organisation som en af de to"
        " formænd.\n\n"
        "Implementeringsgrupperne kan etablere ad hoc arbejdsgrupper på særlige indsatser og"
        " udarbejder egen forretningsorden."
    ),
    "meeting_frequency": (
        "Implementeringsgrupperne mødes efter behov og koordineringsforum mødes forud for møder i"
        " Sundhedsklynge Sønderjyllands fagligt strategiske niveau."
    ),
}

COORDINATION_TERMS = {
    "purpose": (
        "For at sikre koordineringen af opgaver og indsatser på tværs af de enkelte"
        " implementeringsgrupper oprettes et koordineringsforum."
    ),
    "composition": (
        "Implementeringsgruppernes formandskaber er fødte medlemmer af Koordineringsforum for"
        " IPG'erne under Sundhedsklynge Sønderjylland."
    ),
    "chairs_and_secretariat": (
        "Koordineringsforummet har et formandskab bestående af to regionale IPG-medformand (en"
        " fra Sygehus Sønderjylland og en fra Psykiatrien) og en kommunal IPG-formand."
        " Formandskabet deltager ad hoc på møder i det fagligt-strategiske niveau i"
        " Sundhedsklyngen Sønderjylland."
    ),
    "meeting_frequency": (
        "Koordineringsforummet mødes ca 4 gange om året og udarbejder egen forretningsorden."
        " Koordineringsforum mødes forud for møder i Sundhedsklynge Sønderjyllands fagligt"
        " strategiske niveau."
    ),
}

# Seed 002's composition of an implementation group. The regional chair comes from Sygehus
# Sønderjylland or from Psykiatrien; a rule names one party or one kind, so that seat is not
# encoded, only the municipal chair and the other members.
IPG_RULES = [
    Rule("kommunal_formand", "kommunal formand på chefniveau", 1, 1, party_kind=Kind.MUNICIPALITY),
    Rule(
        "sygehus",
        "relevante fagpersoner og klinikere fra Sygehus Sønderjylland",
        1,
        None,
        party=SHS,
    ),
    Rule("kommuner", "relevante fagpersoner fra kommunerne", 1, None, party_kind=Kind.MUNICIPALITY),
]
COORDINATION_RULES = [
    Rule("shs", "regional IPG-medformand fra Sygehus Sønderjylland", 1, 1, party=SHS),
    Rule("psyk", "regional IPG-medformand fra Psykiatrien", 1, 1, party=SYD_PSYCHIATRY),
    Rule("kommune", "kommunal IPG-formand", 1, 1, party_kind=Kind.MUNICIPALITY),
]


def build_soenderjylland() -> list[Forum]:
    """Political level → strategic level → coordination forum and implementation groups."""
    sdj = {"region_slug": SYD, "cluster_slug": "soenderjylland"}
    political = upsert_forum(
        SDJ_POLITICAL, "Politisk niveau", Forum.Kind.POLITICAL, position=10, **sdj
    )
    steering = upsert_forum(
        SDJ_STEERING,
        "Fagligt strategisk niveau",
        Forum.Kind.STEERING,
        reports_to=political,
        position=20,
        **sdj,
    )
    coordination = upsert_forum(
        SDJ_COORDINATION,
        "Koordineringsforum for IPG'erne",
        Forum.Kind.COORDINATION_FORUM,
        reports_to=steering,
        meetings_per_year=4,
        meeting_frequency_note="Ca. 4 gange om året",
        decision_rule=Forum.DecisionRule.CONSENSUS,
        position=30,
        **sdj,
    )
    terms = upsert_terms(
        coordination,
        1,
        title="Kommissorium for implementeringsgrupperne i"
        " Sundhedsklyngen Sønderjylland – koordineringsforum",
        **COORDINATION_TERMS,
        **IPG_APPROVAL,
    )
    upsert_rules(terms, COORDINATION_RULES)
    fora = [political, steering, coordination]
    for position, (slug, name) in enumerate(IMPLEMENTATION_GROUPS, start=40):
        group = upsert_forum(
            slug,
            name,
            Forum.Kind.IMPLEMENTATION,
            reports_to=steering,
            meeting_frequency_note="Efter behov",
            decision_rule=Forum.DecisionRule.CONSENSUS,
            position=position,
            **sdj,
        )
        terms = upsert_terms(
            group,
            1,
            title="Kommissorium for implementeringsgrupperne i Sundhedsklyngen Sønderjylland",
            **IPG_TERMS,
            **IPG_APPROVAL,
        )
        upsert_rules(terms, IPG_RULES)
        fora.append(group)
    return fora


# Seed 004, item 1: participants ("Deltagere") and apologies ("Afbud") of 26 February 2025. The
# minutes give a title or an organisation only for the three new representatives; for the others
# title and party stay blank rather than guessed.
LILLEBAELT_PRESENT = [
    "Hanne Andersen",
    "Mette Heidemann",
    "Kurt Æbelø",
    "Kaj Andersen",
    "Thomas Reintoft",
    "Rasmus Knudsen",
    "Rebekka Reinert",
    "Jens Skov",
    "Charlotte Rosenkrantz Josefsen",
    "Helene Smet",
]
LILLEBAELT_APOLOGIES = ["Sofie Plenge", "Else Zippor", "Anette Lund", "Irene Rossavik"]
# "Velkommen til nye repræsentanter i Fagligt Strategiske Niveau": (title, party), from that day.
LILLEBAELT_NEW = {
    "Rasmus Knudsen": ("PLO-repræsentant", SYD_GENERAL_PRACTICE),
    "Helene Smet": ("patient- og pårørenderepræsentant", SIND),
    # "Kommunaldirektør …": the minutes do not say of which municipality.
    "Thomas Reintoft": (
        "kommunaldirektør og direktør for Sekretariat & Borgerservice samt Sundhed & Sammenhæng",
        None,
    ),
}
LILLEBAELT_NEW_FROM = datetime.date(2025, 2, 26)
# "Velkomst v. Hanne Andersen": she leads the meeting of 26 February 2025. The seed names no
# chair of the level and not whom she represents, so she is a member here, not a guessed chair.
LILLEBAELT_MEETING_LEADER = "Hanne Andersen"


def build_lillebaelt_fora() -> Forum:
    lb = {"region_slug": SYD, "cluster_slug": "lillebaelt"}
    political = upsert_forum(
        LB_POLITICAL, "Politisk niveau", Forum.Kind.POLITICAL, position=10, **lb
    )
    steering = upsert_forum(
        LB_STEERING,
        "Fagligt strategisk niveau",
        Forum.Kind.STEERING,
        reports_to=political,
        position=20,
        **lb,
    )
    # Seed 004 refers to "Det koordinerende niveau", which prepares items for the strategic level.
    upsert_forum(
        LB_COORDINATING,
        "Det koordinerende niveau",
        Forum.Kind.COORDINATING,
        reports_to=steering,
        position=30,
        **lb,
    )
    return steering


def build_lillebaelt() -> Forum:
    """The strategic level with seed 004's participants and apologies as members."""
    steering = build_lillebaelt_fora()
    for name in LILLEBAELT_PRESENT + LILLEBAELT_APOLOGIES:
        title, party = LILLEBAELT_NEW.get(name, ("", None))
        starts_on = LILLEBAELT_NEW_FROM if name in LILLEBAELT_NEW else DEFAULT_START
        person = upsert_person(name, title, party)
        seat(steering, person, party=party, role=Role.MEMBER, starts_on=starts_on)
    return steering


def build_syddanmark() -> None:
    build_soenderjylland()
    build_lillebaelt()
