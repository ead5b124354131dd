"""The agendas of the demo's coming meetings: which items a meeting gets, and their texts.

An agenda opens with the welcome, takes one main item from the time of year (the handover to the
council in the clusters' last month, next year's annual plan in the autumn, the year's work plan
otherwise), the status of one of the body's collaboration agreements, the cluster funds or a
round of mutual orientation, and closes with any other business. The texts are written for the
meeting they land on (forum, body, council, year) and carry what the demo needs later: the
minutes and decisions once the meeting is held, the actions the minutes give, the attachment the
published agenda gets, and the comments members write on the main item.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from django.utils import translation

from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Cluster, Forum
from klynge.organisation.transition.plan import REFORM_DAY
from klynge.portfolio.models import Fund, Implementation, Initiative

from .reform_councils import COUNCILS

Kind = AgendaItem.Kind
# The clusters' last month: their meetings then deal with handing over to the council.
HANDOVER_FROM = datetime.date(REFORM_DAY.year - 1, 12, 1)
AUTUMN = 8
FUNDED_KINDS = (Forum.Kind.POLITICAL, Forum.Kind.STEERING)


@dataclass(frozen=True)
class ItemSpec:
    """An item of a coming meeting, and what becomes of it (texts may hold {placeholders})."""

    kind: str
    title: str
    duration: int
    presenters: str = ""
    summary: str = ""
    case_text: str = ""
    recommendations: tuple[str, ...] = ()
    minutes: str = ""
    # (recommendation number, outcome, wording), one per recommendation.
    decisions: tuple[tuple[int, str, str], ...] = ()
    # The title of the PDF attached when the agenda is published.
    attachment: str = ""
    # (login, what, due this many days after the meeting): the minutes' actions, due in whole
    # weeks so on a weekday; the secretariat's within a week, inside the reminders' window.
    actions: tuple[tuple[str, str, int], ...] = ()
    # A member's question to the chair (the login formand) on the published agenda, and the
    # chair's answer.
    comments: tuple[str, ...] = ()
    # The chair's remark on the draft minutes in the review round.
    review_comment: str = ""


WELCOME = ItemSpec(
    Kind.WELCOME,
    "Velkomst og godkendelse af dagsorden",
    5,
    recommendations=("At dagsordenen godkendes",),
    minutes="Dagsordenen blev godkendt.",
    decisions=((1, "approved", ""),),
)

HANDOVER = ItemSpec(
    Kind.DECISION,
    "Overdragelse af {body_of} opgaver til {council}",
    30,
    presenters="Formandskabet og sekretariatet",
    summary=(
        "{body} ophører den 31. december {year}, og {council} overtager opgaverne fra 1. januar"
        " {next_year}. Sekretariatet har udarbejdet et udkast til overdragelsesnotat."
    ),
    case_text=(
        "Med sundhedsreformen nedlægges sundhedsklyngerne ved udgangen af {year}. Fra 1. januar"
        " {next_year} varetager {council} det tværsektorielle samarbejde i området, og {forum}"
        " videreføres under sundhedsrådet.\n\n"
        "Udkastet til overdragelsesnotat beskriver:\n\n"
        "- de indsatser og samarbejdsaftaler, der er under implementering\n"
        "- åbne opfølgninger og punkter til kommende møder\n"
        "- klyngemidlernes restbeløb og de initiativer, der videreføres\n"
        "- de fora, der ophører, og hvor deres opgaver samles\n\n"
        "Formandskabet lægger op til, at notatet godkendes med mødets bemærkninger, så det kan"
        " sendes til {council_of} sekretariat inden jul."
    ),
    recommendations=(
        "At {forum} godkender udkastet til overdragelsesnotat med mødets bemærkninger",
        "At åbne opfølgninger og punkter til kommende møder overdrages til {council} pr. 1."
        " januar {next_year}",
    ),
    minutes=(
        "Udkastet blev gennemgået. {forum} lagde vægt på, at erfaringerne fra de fora, der"
        " ophører, samles op i notatet, og at {council_of} sekretariat får en mundtlig"
        " overlevering ud over notatet."
    ),
    decisions=(
        (1, "approved_with_remarks", "Godkendt med mødets bemærkninger."),
        (2, "approved", ""),
    ),
    attachment="Udkast til overdragelsesnotat",
    actions=(
        (
            "sekretariat",
            "Indarbejde mødets bemærkninger i overdragelsesnotatet og sende det til {council_of}"
            " sekretariat",
            7,
        ),
        ("formand", "Aftale et overleveringsmøde med {council_of} formandskab", 21),
    ),
    comments=(
        "@formand: Jeg savner et afsnit om, hvordan vi samler erfaringerne op fra de fora, der"
        " ophører. Kan vi tage det med under punktet?",
        "Godt set. Jeg foreslår, at sekretariatet tilføjer et kort afsnit inden mødet, så vi kan"
        " godkende notatet med den tilføjelse.",
    ),
    review_comment=(
        "Skriv gerne i referatet, at {council_of} sekretariat også får en mundtlig overlevering."
        " Det var en vigtig pointe på mødet."
    ),
)

ANNUAL_PLAN = ItemSpec(
    Kind.DECISION,
    "Godkendelse af årsplan {next_year}",
    20,
    presenters="Sekretariatet",
    summary="Udkast til årsplan for {next_year} med mødedatoer og faste punkter for {forum}.",
    case_text=(
        "Sekretariatet har udarbejdet et udkast til årsplan for {next_year}. Årsplanen fastlægger"
        " mødedatoerne for {forum} og de faste punkter på dagsordenen:\n\n"
        "- status på de samarbejdsaftaler, der er under implementering\n"
        "- opfølgning på initiativerne og klyngemidlerne\n"
        "- punkter til kommende møder fra de fora, der refererer til {forum}\n\n"
        "Møderne er lagt uden om skoleferier og helligdage, og møderne i de fora, der refererer"
        " til {forum}, ligger, så sager kan gå videre uden at vente et kvartal."
    ),
    recommendations=(
        "At {forum} godkender årsplanen for {next_year}",
        "At mødedatoerne sendes ud som kalenderinvitationer til medlemmerne",
    ),
    minutes=(
        "Årsplanen blev godkendt. Sekretariatet undersøger, om mødet i februar kan ligge uden for"
        " kommunernes vinterferie."
    ),
    decisions=((1, "approved", ""), (2, "approved", "")),
    attachment="Udkast til årsplan {next_year}",
    actions=(
        (
            "sekretariat",
            "Sende mødedatoerne for {next_year} ud som kalenderinvitationer til medlemmerne",
            7,
        ),
        ("formand", "Præsentere årsplanen for {next_year} for {superior}", 21),
    ),
    comments=(
        "@formand: Husk at tjekke februarmødet op mod vinterferien i uge 7, inden vi godkender"
        " årsplanen. Flere af kommunerne holder ferie den uge.",
        "Godt punkt. Sekretariatet tjekker datoen, og vi tager det med under punktet.",
    ),
    review_comment="Referatet bør nævne, at datoen for februarmødet bliver set efter.",
)

WORK_PLAN = ItemSpec(
    Kind.DISCUSSION,
    "Arbejdsplan for {year}: prioritering af indsatser",
    30,
    presenters="Formandskabet",
    summary="Drøftelse af, hvilke indsatser {forum} prioriterer i {year}.",
    case_text=(
        "Formandskabet lægger op til, at {forum} i {year} prioriterer de indsatser, hvor"
        " samarbejdet på tværs af sektorer betyder mest for borgerne: implementeringen af de"
        " samarbejdsaftaler, der er i gang, initiativerne finansieret af klyngemidlerne og"
        " opfølgningen på sager fra de fora, der refererer til {forum}.\n\n"
        "På mødet drøftes udkastet til arbejdsplan, herunder hvilke indsatser der skal have et"
        " tema på et af årets møder."
    ),
    recommendations=(
        "At {forum} drøfter udkastet til arbejdsplan for {year}",
        "At sekretariatet færdiggør arbejdsplanen med de prioriteringer, der aftales på mødet",
    ),
    minutes=(
        "{forum} drøftede udkastet og ønskede et tema om sammenhængende udskrivelsesforløb på et"
        " af årets møder."
    ),
    decisions=((1, "discussed", ""), (2, "approved", "")),
    attachment="Udkast til arbejdsplan {year}",
    actions=(
        ("sekretariat", "Færdiggøre arbejdsplanen for {year} med mødets prioriteringer", 7),
        (
            "formand",
            "Forberede temaet om sammenhængende udskrivelsesforløb sammen med sekretariatet",
            28,
        ),
    ),
    comments=(
        "@formand: Skal temaet om udskrivelser ligge før sommerferien? Så kan vi nå at bruge"
        " erfaringerne, når budgettet for næste år lægges.",
        "God idé. Lad os foreslå det på mødet.",
    ),
    review_comment="Tilføj gerne, at temaet om udskrivelser placeres før sommerferien.",
)

AGREEMENT = ItemSpec(
    Kind.ORIENTATION,
    "Status på samarbejdsaftalen om {agreement}",
    20,
    presenters="{presenter}",
    summary="Orientering om implementeringen af {agreement_name} i {body}.",
    case_text=(
        "{agreement_name} implementeres i {body}, og {implementer} følger arbejdet. Status er:"
        " {status}.\n\n"
        "Der orienteres om fremdriften siden sidste møde, de næste milepæle og de forhold, der"
        " kræver opmærksomhed fra {forum}."
    ),
    recommendations=("At {forum} tager orienteringen til efterretning",),
    minutes=(
        "{forum} tog orienteringen til efterretning og bad om en ny status, når den næste"
        " milepæl er nået."
    ),
    decisions=((1, "noted", ""),),
    attachment="Statusnotat: {agreement_short}",
    actions=(("medlem", "Følge op på mødets opmærksomhedspunkter om {agreement}", 14),),
)

GROUPS_STATUS = ItemSpec(
    Kind.ORIENTATION,
    "Status fra arbejdsgrupperne",
    20,
    presenters="Formændene for arbejdsgrupperne",
    summary="Kort status fra de grupper, der refererer til {forum}.",
    case_text=(
        "Formændene for de grupper, der refererer til {forum}, giver en kort status på"
        " arbejdet siden sidste møde og peger på sager, der skal videre i beslutningssystemet."
    ),
    recommendations=("At {forum} tager orienteringen til efterretning",),
    minutes="Orienteringen blev taget til efterretning.",
    decisions=((1, "noted", ""),),
    attachment="Status fra arbejdsgrupperne",
)

FUNDS = ItemSpec(
    Kind.ORIENTATION,
    "Klyngemidler: status på initiativerne",
    15,
    presenters="Sekretariatet",
    summary="Status på de initiativer, der er finansieret af {fund}.",
    case_text=(
        "Sekretariatet giver en samlet status på initiativerne finansieret af {fund}:\n\n"
        "{initiatives}\n\n"
        "Status omfatter forbruget i forhold til budgettet og de forventede resultater."
    ),
    recommendations=("At {forum} tager status på initiativerne til efterretning",),
    minutes="Status blev taget til efterretning.",
    decisions=((1, "noted", ""),),
)

MUTUAL = ItemSpec(
    Kind.MUTUAL_ORIENTATION,
    "Gensidig orientering",
    15,
    minutes="Parterne orienterede kort om aktuelle forhold i egne organisationer.",
)

ANY_OTHER_BUSINESS = ItemSpec(Kind.ANY_OTHER_BUSINESS, "Eventuelt", 5, minutes="Intet.")


def compose(meeting: Meeting) -> list[ItemSpec]:
    """The meeting's agenda, its texts written for the meeting."""
    forum = meeting.forum
    body = forum.cluster
    day = meeting.local_day()
    words = _words(forum, body, day)
    implementation = _implementation(body, day)
    fund = Fund.objects.filter(cluster=body).order_by("-pk").first()
    specs = [WELCOME, _main_item(body, day)]
    if implementation is not None:
        specs.append(AGREEMENT)
        words |= _agreement_words(implementation, forum)
    elif forum.reporting_fora.exists():
        specs.append(GROUPS_STATUS)
    if fund is not None and forum.kind in FUNDED_KINDS:
        specs.append(FUNDS)
        words |= _fund_words(fund)
    else:
        specs.append(MUTUAL)
    specs.append(ANY_OTHER_BUSINESS)
    return [_filled(spec, words) for spec in specs]


def _main_item(body: Cluster, day: datetime.date) -> ItemSpec:
    if _council_of(body) is not None and HANDOVER_FROM <= day < REFORM_DAY:
        return HANDOVER
    return ANNUAL_PLAN if day.month >= AUTUMN else WORK_PLAN


def _words(forum: Forum, body: Cluster, day: datetime.date) -> dict[str, str]:
    council = _council_of(body)
    return {
        "forum": forum.name,
        "body": body.name,
        "body_of": genitive(body.name),
        "council": council.name if council else "",
        "council_of": genitive(council.name) if council else "",
        "year": str(day.year),
        "next_year": str(day.year + 1),
        "superior": forum.reports_to.name if forum.reports_to else "parterne",
    }


def _council_of(body: Cluster) -> Cluster | None:
    """The council that succeeds a demo cluster."""
    slug = next((c.slug for c in COUNCILS if c.cluster == body.slug), None)
    return Cluster.objects.filter(slug=slug).first() if slug else None


def _implementation(body: Cluster, day: datetime.date) -> Implementation | None:
    """One of the body's agreements, a different one from week to week."""
    found = list(
        Implementation.objects.filter(cluster=body)
        .select_related("agreement", "implementing_forum")
        .order_by("agreement__name")
    )
    return found[day.toordinal() // 7 % len(found)] if found else None


def _agreement_words(implementation: Implementation, forum: Forum) -> dict[str, str]:
    agreement = implementation.agreement
    short = agreement.short_name or agreement.name
    doing = implementation.implementing_forum
    with translation.override("da"):
        status = str(implementation.get_status_display()).lower()
    return {
        "agreement": short[0].lower() + short[1:] if short[1:2].islower() else short,
        "agreement_short": short,
        "agreement_name": agreement.name,
        "implementer": doing.name if doing else forum.name,
        "presenter": doing.name if doing and doing != forum else "Sekretariatet",
        "status": status,
    }


def _fund_words(fund: Fund) -> dict[str, str]:
    names = Initiative.objects.filter(fund=fund).order_by("name").values_list("name", flat=True)
    return {"fund": fund.name, "initiatives": "\n".join(f"- {name}" for name in names)}


def genitive(name: str) -> str:
    """Danish genitive: "Midtklyngens", "Sundhedsråd Midts"."""
    return name + ("'" if name[-1:] in "sxz" else "s")


def _filled(spec: ItemSpec, words: dict[str, str]) -> ItemSpec:
    def fill(value: object) -> object:
        if isinstance(value, str):
            return value.format(**words)
        if isinstance(value, tuple):
            return tuple(fill(part) for part in value)
        return value

    changes = {f.name: fill(getattr(spec, f.name)) for f in dataclasses.fields(spec)}
    return dataclasses.replace(spec, **changes)
