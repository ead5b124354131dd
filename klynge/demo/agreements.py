"""The collaboration agreements of the seeds, their implementation per cluster and the status
reports the seeds contain.

Region Midtjylland:

- amning/barnets ernæring (seed 000): approved by Sundhedssamarbejdsudvalget 19 December 2022,
  regionsrådet 22 March 2023 and 18 municipalities January–May 2023 (Samsø has not joined); one
  implementation network per cluster, steered by Fødeplanudvalget, established by the end of Q2
  2024 (the milestone 30 June 2024). The seed gives no in-force date and no status per cluster:
  the networks are registered as planned.
- 72 timers udvidet behandlingsansvar (seed 003, item 6): two steps, 15 September 2023 (municipal
  acute/temporary places and nursing homes) and 1 November 2023 (own home); the model was treated
  in Sundhedssamarbejdsudvalget 8 May 2023, which is entered as its steering forum.
- Aftale om anvendelse af korrespondancebrevet (seed 003, written orientations): revised and
  approved by Sundhedsstyregruppen in November 2022 (no day given), in force 10 November 2022, to
  be implemented in the clusters during 2023.
- Børn og unge i psykisk mistrivsel (seed 003, written orientations): in force 1 May 2023, 2023
  an implementation year, first administrative follow-up to Sundhedsstyregruppen in Q2/Q3 2024,
  then a status every other year.

Region Syddanmark (seed 004, Sundhedsklynge Lillebælt 26 February 2025):

- SAM:BO (item 14): the new version and its implementation plan approved by Strategisk
  Sundhedsstyregruppe 29 January 2025.
- Forløbsprogrammet for borgere med lænderygbesvær (item 16): in force since 1 January 2024; the
  seed names no steering forum, so none is entered.

The status reports are Midtklyngen's of 7 June 2023 (item 6 and the written orientations, item 9)
and Lillebælt's of 26 February 2025 (items 14 and 16), linked to those agenda items. The
agreement on pregnant women with overweight (seed 004, item 3) is not one of the issue's six and is
left out. Sundhedssamarbejdsudvalget, Sundhedsstyregruppen and Strategisk Sundhedsstyregruppe are
registered as region-level fora (named in seeds 000, 003 and 004).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from klynge.meetings.models import AgendaItem
from klynge.organisation.models import Forum
from klynge.portfolio import services
from klynge.portfolio.models import Agreement, Implementation, Milestone, StatusReport

from .foedeplan import COMMITTEE
from .helpers import cluster, forum, region, upsert_forum
from .meeting_003 import MEETING as MEETING_003
from .meeting_004 import MEETING as MEETING_004
from .organisation import MIDT_CLUSTERS
from .syddanmark import LB_COORDINATING, LB_STEERING

MIDT = "midtjylland"
SYD = "syddanmark"
SSU = "midtjylland-sundhedssamarbejdsudvalget"
SSG = "midtjylland-sundhedsstyregruppen"
STRATEGIC = "syddanmark-strategisk-sundhedsstyregruppe"
MIDT_STEERING = "midtklyngen-klyngestyregruppe"

Status = Implementation.Status
FollowUp = Agreement.FollowUp
D = datetime.date

BREASTFEEDING = "Samarbejdsaftale om en styrket indsats vedrørende amning/barnets ernæring"
SEVENTY_TWO = "72 timers udvidet behandlingsansvar efter udskrivelse"
CORRESPONDENCE = (
    "Aftale om anvendelse af korrespondancebrevet mellem hospitaler, det regionale socialområde,"
    " kommuner og almen praksis i Region Midtjylland"
)
MENTAL_DISTRESS = "Samarbejdsaftale om børn og unge i psykisk mistrivsel"
SAMBO = "SAM:BO-aftalen"
LOW_BACK = "Tværsektorielt forløbsprogram for borgere med lænderygbesvær"


@dataclass
class AgreementSpec:
    region_slug: str
    name: str
    short_name: str
    steering_slug: str | None
    description: str
    approved_on: datetime.date | None = None
    approved_by: str = ""
    in_force_on: datetime.date | None = None
    follow_up_months: int | None = None
    follow_up_note: str = ""
    url: str = ""
    milestones: list[tuple[datetime.date, str, str]] = field(default_factory=list)


AGREEMENTS = [
    AgreementSpec(
        MIDT,
        BREASTFEEDING,
        "Amning/barnets ernæring",
        COMMITTEE,
        "Samarbejdsaftalen bygger på iværksættelsen af en række indsatser, der tilsammen bidrager"
        " til samarbejdsaftalens overordnede målsætning om øget ammefrekvens og øget"
        " brugeroplevet kvalitet, herunder etableringen af et tværsektorielt"
        " implementeringsnetværk med fokus på amning/barnets ernæring i hver klynge.\n\n"
        "Fødeplanudvalget fungerer som styregruppe på tværs af implementeringsnetværkene, der skal"
        " sikre fremdrift, koordinering samt opfølgning på efterlevelsen af samarbejdsaftalens"
        " målsætninger. Netværkene afrapporterer om status og planer i forhold til indsatser og"
        " resultater til Fødeplanudvalget.",
        approved_on=D(2022, 12, 19),
        approved_by=(
            "Sundhedssamarbejdsudvalget 19. december 2022, regionsrådet 22. marts 2023 og 18"
            " midtjyske kommuner i perioden januar–maj 2023 (Samsø Kommune har ikke tiltrådt"
            " aftalen)"
        ),
        follow_up_note=(
            "Netværkene opretholdes, til Fødeplanudvalget beslutter, at de har løst deres opgave."
        ),
        milestones=[
            (
                D(2024, 6, 30),
                "Implementeringsnetværk etableret i hver klynge",
                "Kommissoriet (30.10.2023): netværkene forventes etableret senest inden"
                " udgangen af 2. kvartal 2024.",
            )
        ],
    ),
    AgreementSpec(
        MIDT,
        SEVENTY_TWO,
        "72-timers behandlingsansvar",
        SSU,
        "Målgruppen for det udvidede behandlingsansvar er færdigbehandlede somatiske patienter,"
        " som har været indlagt i over 24 timer og får kommunal pleje. Alle regioner skal"
        " implementere 72 timers behandlingsansvar inden udgangen af 2023; implementeringen sker"
        " via klyngerne og i to trin.\n\n"
        "Der etableres et regionalt implementeringsnetværk, hvor klyngerne kan melde 1-3"
        " deltagere ind.",
        approved_by=(
            "Udkast til model behandlet i Sundhedssamarbejdsudvalget 8. maj 2023 og i"
            " Hospitalsudvalget 26. maj 2023; forventet politisk godkendt af regionsrådet i juni"
            " 2023"
        ),
        in_force_on=D(2023, 9, 15),
        milestones=[
            (
                D(2023, 9, 15),
                "Trin 1: kommunale akutpladser/midlertidige pladser og plejehjem",
                "72 timers behandlingsansvar indføres for patienter, der udskrives til kommunal"
                " sygepleje på kommunale akutpladser/midlertidige pladser og plejehjem.",
            ),
            (
                D(2023, 11, 1),
                "Trin 2: eget hjem",
                "72 timers behandlingsansvar indføres for patienter, der udskrives til kommunal"
                " sygepleje i eget hjem (borgere på botilbud er omfattet).",
            ),
        ],
    ),
    AgreementSpec(
        MIDT,
        CORRESPONDENCE,
        "Korrespondancebrevet",
        SSG,
        'Aftalen beskriver de overordnede rammer for "den gode elektroniske korrespondance"'
        " mellem hospitaler, kommuner og almen praksis. Det nye i den reviderede aftale er, at"
        " det kommunale socialområde og det regionale socialområde også forpligter sig på at"
        " anvende korrespondancemeddelelser til digital kommunikation med hospitaler og almen"
        " praksis.\n\n"
        "Aftalen er en forudsætning for, at samarbejdsaftalen om børn og unge i psykisk"
        " mistrivsel kan implementeres.",
        approved_by="Sundhedsstyregruppen, november 2022 (revideret aftale)",
        in_force_on=D(2022, 11, 10),
        follow_up_note="Klyngerne implementerer den reviderede aftale i løbet af 2023.",
        milestones=[
            (
                D(2023, 12, 31),
                "Den reviderede aftale implementeret i klyngerne",
                "Klyngerne har fået til opgave at implementere den reviderede aftale i løbet af"
                " 2023.",
            )
        ],
    ),
    AgreementSpec(
        MIDT,
        MENTAL_DISTRESS,
        "Børn og unge i psykisk mistrivsel",
        SSG,
        "Aftalen er en ramme for det fælles samarbejde, som skal forankres i de politiske"
        " klynger. Yderligere konkretisering af aftalen vil således indgå i regi af den enkelte"
        " klynge. 2023 afsættes til et implementeringsår.",
        approved_by="Godkendt af alle parter",
        in_force_on=D(2023, 5, 1),
        follow_up_months=FollowUp.EVERY_OTHER_YEAR,
        follow_up_note=(
            "Første administrative opfølgning til Sundhedsstyregruppen i 2./3. kvartal 2024;"
            " herefter en administrativ status hvert 2. år"
        ),
        url=(
            "https://www.sundhedsaftalen.rm.dk/sundhedsaftalen-2019-2022/samarbejdsaftaler/"
            "born-og-unge-i-psykisk-mistrivsel/"
        ),
    ),
    AgreementSpec(
        SYD,
        SAMBO,
        "SAM:BO",
        STRATEGIC,
        "En ny version af SAM:BO-aftalen med en implementeringsplan, der skal sikre, at den nye"
        " aftale bliver solidt implementeret, og at der fastholdes fokus på den løbende"
        " understøttelse af aftalen. Revisionsgruppen afholder en tværsektoriel"
        " undervisningsseance for udvalgte medarbejdere og ledere i hver af de fire"
        " sundhedsklynger i ugerne 13, 14 og 15 i 2025; derefter varetager sundhedsklyngerne og"
        " de enkelte organisationer selv den videre undervisning.",
        approved_on=D(2025, 1, 29),
        approved_by="Strategisk Sundhedsstyregruppe (aftale og implementeringsplan)",
    ),
    AgreementSpec(
        SYD,
        LOW_BACK,
        "Lænderygprogrammet",
        None,
        "Implementeringen af forløbsprogrammet forudsætter, at der arbejdes med både fælles"
        " implementeringstiltag, og at hver sektor og faggruppe selvstændigt arbejder med at"
        " implementere eget ansvarsområde i forløbsprogrammet. Den regionale arbejdsgruppe har"
        " igangsat en række implementeringstiltag; en sundhedsfaglig rygkoordinator er ansat pr."
        " 1. juni 2024.",
        in_force_on=D(2024, 1, 1),
    ),
]


@dataclass
class ReportSpec:
    agreement: str
    cluster_slug: str
    implementing_slug: str
    status: str
    meeting_forum: str
    day: datetime.date
    item_start: str
    text: str
    by: str = ""
    note: str = ""


REPORTS = [
    ReportSpec(
        SEVENTY_TWO,
        "midtklyngen",
        "midtklyngen-implementeringsgruppe-72-timer",
        Status.PLANNED,
        MIDT_STEERING,
        MEETING_003.starts_at.date(),
        "72-timers behandlingsansvar",
        "Region Midtjylland og de 19 kommuner er i den sidste del af forberedelsesfasen."
        " Implementering skal ske via klyngerne og i to trin: 15. september 2023 og"
        " 1. november 2023.\n\n"
        "HE Midt har nedsat en intern implementeringsgruppe, der har første møde den 31. maj"
        " 2023, og hver kommune har udpeget en ledelsesrepræsentant til at deltage. Midtklyngens"
        " kommunale repræsentant i det regionale implementeringsnetværk er Jan Bendix Jensen.\n\n"
        "**Klyngestyregruppen:** Orienteringen blev taget til efterretning med"
        " opmærksomhedspunkter: fokus på involvering af kommunerne, særligt hyppigt i"
        " opstartsfasen; det afklares, om de praktiserende læger bør indgå i"
        " implementeringsgruppen. HE Midt vurderer, om dette giver anledning til justering af"
        " implementeringsplanen.",
        by="Jonas Dahl og Mette Fjord Nielsen",
    ),
    ReportSpec(
        CORRESPONDENCE,
        "midtklyngen",
        "midtklyngen-implementeringsgruppe-korrespondancebreve",
        Status.IN_PROGRESS,
        MIDT_STEERING,
        MEETING_003.starts_at.date(),
        "Skriftlige orienteringspunkter",
        "Midtklyngen har nedsat en implementeringsgruppe med deltagere fra kommuner, hospitaler"
        " (psykiatri og somatik) samt almen praksis. Socialchef fra Viborg Kommune, Morten Kurth,"
        " er formand. Det regionale socialområde er i første omgang ikke en del af"
        " klyngeimplementeringsarbejdet.\n\n"
        "Implementeringsgruppens hovedopgaver:\n"
        "- At undersøge, hvor langt de enkelte organisationer er ift. at kunne implementere"
        " aftalen\n"
        "- At aftale hvornår kommunerne teknisk åbner for, at hospitalerne og almen praksis kan"
        " anvende korrespondancebreve til socialområdet, herunder at etablere arbejdsgange, der"
        " sikrer, at korrespondancerne bliver læst og håndteret\n"
        "- At synliggøre hvilke lokationsnumre hospitalerne og almen praksis skal anvende",
        by="Fællessekretariatet (skriftlig orientering)",
    ),
    ReportSpec(
        MENTAL_DISTRESS,
        "midtklyngen",
        MIDT_STEERING,
        Status.IN_PROGRESS,
        MIDT_STEERING,
        MEETING_003.starts_at.date(),
        "Skriftlige orienteringspunkter",
        "Samarbejdsaftalen er godkendt af alle parter og trådt i kraft pr. 1. maj 2023. 2023"
        " afsættes til et implementeringsår.\n\n"
        "I Midtklyngen arbejdes der med implementering af samarbejdsaftalen i det ene af de"
        " politisk prioriterede initiativer (Etablering af samarbejdsmodel om børn og unge i"
        " psykisk mistrivsel).",
        by="Fællessekretariatet (skriftlig orientering)",
        note="Implementeres i initiativet »Etablering af samarbejdsmodel om børn og unge i"
        " psykisk mistrivsel« under Klyngestyregruppen.",
    ),
    ReportSpec(
        SAMBO,
        "lillebaelt",
        LB_COORDINATING,
        Status.PLANNED,
        LB_STEERING,
        MEETING_004.starts_at.date(),
        "Organisering og implementering af SAM:BO-aftalen",
        "Den endelige version af en ny SAM:BO-aftale samt implementeringsplanen er godkendt på"
        " møde i Strategisk Sundhedsstyregruppe den 29. januar 2025. I Sundhedsklynge Lillebælt"
        " afholdes Revisionsgruppens to undervisningsdage d. 2. april og 10. april 2025.\n\n"
        "Fagligt strategisk niveau beder det koordinerende niveau sikre implementeringen af den"
        " reviderede SAM:BO-aftale, herunder:\n"
        "- drøfte, hvilken organisering af undervisningsopgaven de vil anbefale\n"
        "- drøfte, hvorledes man kan sikre det løbende tværsektorielle samarbejde, sparring og"
        " vidensdeling, herunder om det kræver oprettelse af nye fora\n"
        "- drøfte, hvorledes de fremadrettet ønsker at monitorere implementeringen af"
        " SAM:BO-aftalen",
        by="Fagligt strategisk niveau (skriftlig orientering)",
        note="Undervisningsdage i Sundhedsklynge Lillebælt 2. april og 10. april 2025.",
    ),
    ReportSpec(
        LOW_BACK,
        "lillebaelt",
        LB_COORDINATING,
        Status.IN_PROGRESS,
        LB_STEERING,
        MEETING_004.starts_at.date(),
        "Status på implementeringen af det tværsektorielle forløbsprogram",
        "Forløbsprogrammet har været gældende siden 1. januar 2024, herefter er implementeringen"
        " påbegyndt.\n\n"
        "I Sundhedsklynge Lillebælt er der nedsat en arbejdsgruppe, der sikrer tværsektorielt"
        " fokus på implementering af forløbsprogrammet, med regionale deltagere fra Rygcenter"
        " Syddanmark / Sygehus Lillebælt, almen praksis, privatpraktiserende fysioterapeuter og"
        " kiropraktorer samt kommunale deltagere fra sundheds- og beskæftigelsesområderne."
        " Derudover har klyngen en indsats i regi af Det Nationale Ledelsesprogram.\n\n"
        "Arbejdsgrupperne forventes tidligst at være i mål med dele af opgaven medio 2025; et"
        " paradigmeskifte tager år og kræver vedholdenhed.\n\n"
        "**Indstilling:** Status tages til efterretning og formidles til Det koordinerende"
        " niveau.",
        by="Fagligt strategisk niveau (skriftlig orientering)",
        note="Arbejdsgruppen for forløbsprogrammet følges af Det koordinerende niveau.",
    ),
]


def build_steering_fora() -> dict[str, Forum]:
    """The region-level fora the seeds name as owners of agreements."""
    return {
        SSU: upsert_forum(
            SSU,
            "Sundhedssamarbejdsudvalget",
            Forum.Kind.REGIONAL_COMMITTEE,
            region_slug=MIDT,
            position=1,
        ),
        SSG: upsert_forum(
            SSG,
            "Sundhedsstyregruppen",
            Forum.Kind.REGIONAL_COMMITTEE,
            region_slug=MIDT,
            position=2,
        ),
        STRATEGIC: upsert_forum(
            STRATEGIC,
            "Strategisk Sundhedsstyregruppe",
            Forum.Kind.REGIONAL_COMMITTEE,
            region_slug=SYD,
            position=1,
        ),
    }


def upsert_agreement(spec: AgreementSpec) -> Agreement:
    the_region = region(spec.region_slug)
    agreement = Agreement.objects.filter(region=the_region, name=spec.name).first() or Agreement(
        region=the_region, name=spec.name
    )
    agreement.short_name = spec.short_name
    agreement.steering_forum = forum(spec.steering_slug) if spec.steering_slug else None
    agreement.description = spec.description
    agreement.approved_on = spec.approved_on
    agreement.approved_by = spec.approved_by
    agreement.in_force_on = spec.in_force_on
    agreement.follow_up_months = spec.follow_up_months
    agreement.follow_up_note = spec.follow_up_note
    agreement.url = spec.url
    services.save_agreement(agreement)
    for day, title, description in spec.milestones:
        milestone = Milestone.objects.filter(agreement=agreement, date=day).first() or Milestone(
            agreement=agreement, date=day
        )
        milestone.title = title
        milestone.description = description
        services.save_milestone(milestone)
    return agreement


def upsert_implementation(
    agreement: Agreement,
    cluster_slug: str,
    forum_slug: str,
    status: str,
    note: str = "",
    next_milestone: Milestone | None = None,
) -> Implementation:
    the_cluster = cluster(cluster_slug)
    implementation = Implementation.objects.filter(
        agreement=agreement, cluster=the_cluster
    ).first() or Implementation(agreement=agreement, cluster=the_cluster, status=status)
    implementation.implementing_forum = forum(forum_slug)
    implementation.note = note
    implementation.next_milestone = next_milestone
    return services.save_implementation(implementation)


def _item(forum_slug: str, day: datetime.date, start: str) -> AgendaItem | None:
    """The demo's agenda item by meeting (forum, date) and the start of its title."""
    items = AgendaItem.objects.filter(
        meeting__forum__slug=forum_slug, meeting__starts_at__date=day
    ).order_by("position")
    return next((item for item in items if item.title.startswith(start)), None)


def build_agreements() -> list[Agreement]:
    build_steering_fora()
    agreements = {spec.name: upsert_agreement(spec) for spec in AGREEMENTS}

    breastfeeding = agreements[BREASTFEEDING]
    established = breastfeeding.milestones.get(date=D(2024, 6, 30))
    for slug, *_rest in MIDT_CLUSTERS:
        upsert_implementation(
            breastfeeding,
            slug,
            f"{slug}-implementeringsnetvaerk-amning",
            Status.PLANNED,
            note="Samsø Kommune har ikke tiltrådt aftalen." if slug == "aarhusklyngen" else "",
            next_milestone=established,
        )

    for spec in REPORTS:
        agreement = agreements[spec.agreement]
        implementation = upsert_implementation(
            agreement, spec.cluster_slug, spec.implementing_slug, spec.status, note=spec.note
        )
        item = _item(spec.meeting_forum, spec.day, spec.item_start)
        if StatusReport.objects.filter(
            implementation=implementation, reported_on=spec.day
        ).exists():
            continue
        services.add_status_report(
            StatusReport(
                implementation=implementation,
                reported_on=spec.day,
                status=spec.status,
                text=spec.text,
                by=spec.by,
                agenda_item=item,
            )
        )
    return list(agreements.values())
