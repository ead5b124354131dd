"""Seed 004's cluster funds: Sundhedsklynge Lillebælt's status of about 8 mio. kr., six initiatives.

From item 7 of the meeting of 26 February 2025 ("Klyngemidler; status og beslutning om honorering
af almen praksis"): the grant ("ca. 8 mio. kr." at the cluster's establishment, all of it brought
into use), the status table "Samlet overblik vedr. klyngemidler" (each initiative, who handles its
economy, the status of its economy), the surpluses from the municipalities' VAT refunds under the
positive list (57.730 + 28.981 + 4.783 = 91.494 kr., the total the case text gives) and the two
fees to general practice approved by decisions 2 (8.576 kr., Træning og Trivsel) and 3 (42.881
kr., FLUS). Item 8 gives Træning og Trivsel's budget (2.454.500 kr., approved by the political
level in September 2024) and its three evaluation questions.

Not in the seed and so not entered: the other initiatives' budgets, actuals, the distribution key
("jf. fordelingsnøgle", never spelled out), chairs and project leads. The fund's years 2023–2026
are an assumption: the seed says "ved klyngens etablering" and Træning og Trivsel runs to 2026.
The status lines are booked in 2024 (the year the money was allocated, "inden udgangen af
budgetåret 2024"), the fees and the expected surplus in 2025.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from klynge.meetings.models import AgendaItem, Decision
from klynge.portfolio import services
from klynge.portfolio.models import BudgetLine, Fund, Initiative

from .helpers import cluster, forum, organisation
from .meeting_004 import MEETING
from .organisation import SYD_PSYCHIATRY
from .syddanmark import LB_STEERING

KR = 100
K = BudgetLine.Kind
FUND_NAME = "Fælles klyngemidler Sundhedsklynge Lillebælt"
STATUS_ITEM = "Klyngemidler; status"
VEJLE_NOTE = (
    "Vejle Kommune har på vegne af klyngen opkrævet klyngemidler jf. fordelingsnøgle hos alle"
    " bidragende parter og fordelt midler til de {n} deltagende kommuner."
)


@dataclass
class Line:
    year: int
    kind: str
    kroner: int
    decision: int | None = None  # the number of item 7's decision
    approximate: bool = False
    note: str = ""
    approval_note: str = ""


@dataclass
class Spec:
    name: str
    party: str
    economy_note: str
    economy_status: str
    items: list[str]  # titles (starts) of the meeting's items about the initiative
    lines: list[Line] = field(default_factory=list)
    evaluation: str = ""
    timeline: str = ""


INITIATIVES = [
    Spec(
        "Bliv Trygt Hjemme",
        "Middelfart Kommune",
        "Alle midler til initiativet er opkrævet og regnskabet er afsluttet. Middelfart Kommune"
        " var ansvarlig for projektøkonomi.",
        "0",
        [STATUS_ITEM],
        [Line(2024, K.SURPLUS, 0, 1, note="Regnskabet er afsluttet.")],
    ),
    Spec(
        "Kompetenceudvikling til medarbejdere på børne- og ungeområdet vedr. mistrivsel",
        SYD_PSYCHIATRY,
        "Der afvikles fortsat kurser og kompetenceudvikling i 2025. Psykiatrien er ansvarlig for"
        " projektøkonomien og har opkrævet alle midler fra kommunerne, så projektøkonomien er"
        " samlet. Der forventes et overskud, når de sidste kompetenceforløb er afholdt.",
        "Forventet overskud på ca. 90.000. Opgøres endeligt ved udgangen af 2025.",
        [STATUS_ITEM, "Tilbagemelding vedr. driftsmodel for fælles kompetenceudvikling"],
        [
            Line(
                2025,
                K.SURPLUS,
                90_000,
                1,
                approximate=True,
                note="Forventet overskud; opgøres endeligt ved udgangen af 2025.",
            )
        ],
        timeline="Kurser og kompetenceforløb 2023–2025.",
    ),
    Spec(
        "Tværsektoriel temadag vedr. samarbejde på akutområdet",
        "Sygehus Lillebælt",
        "Alle midler til initiativet er opkrævet og regnskabet afsluttet. Sygehus Lillebælt var"
        " ansvarlig for projektøkonomi. Der er anvendt og opkrævet færre midler end afsat til"
        " initiativet.",
        "Restmidler i overskud: I alt 13.297 kr., som ligger hos de enkelte aktører.",
        [STATUS_ITEM, "Evaluering, tværsektoriel temadag"],
        [Line(2024, K.SURPLUS, 13_297, 1, note="Ligger hos de enkelte aktører.")],
        timeline="Temadagen blev holdt 6. november 2024.",
    ),
    Spec(
        "Træning og trivsel for seniorer",
        "Vejle Kommune",
        VEJLE_NOTE.format(n="tre"),
        "Der er i projektet ca. 25.000, som ikke er tildelt de tre kommuner. Fagligt strategisk"
        " niveau har godkendt, at midlerne kan anvendes til dækning af deltagerudgifter i"
        " projektet. Anvendelsen af midler afhænger af antallet af deltagere. Der genereres et"
        " overskud på 57.730 kr. i forbindelse med afløftning af positivlistemoms. Honorering af"
        " almen praksis drøftes.",
        [STATUS_ITEM, "Godkendelse af evalueringsplan for klyngemiddelinitiativet"],
        [
            Line(
                2024,
                K.BUDGET,
                2_454_500,
                approval_note="Godkendt af Politisk Niveau i september 2024 (seed 004, punkt 8)",
            ),
            Line(2024, K.VAT_REFUND, 57_730, 1, note="Afløftning af positivlistemoms."),
            Line(
                2025,
                K.FEE,
                8_576,
                2,
                note="Honorering af almen praksis: 4 møder à 2 timer i perioden 2. halvår 2024 –"
                " 1. halvår 2026. Finansieres af restmidler fra momsafløftning.",
            ),
        ],
        evaluation=(
            "1. I hvilket omfang har TOT-hold i hver TOT-kommune opfyldt projektets"
            " succeskriterier for de deltagende borgere?\n"
            "2. Hvordan så borgerflowet ud fra opsporing, henvisning, brobygning, træning og"
            " fastholdelse i træning?\n"
            "3. Hvilke organisatoriske hovedfund har TOT-projektet hhv. i de lokale projekter og på"
            " tværs?"
        ),
        timeline="Opsporing og træning primo 2025 – primo 2026; evaluering og afslutning i"
        " marts 2026.",
    ),
    Spec(
        "Forebyggelse af tvang i psykiatrien og vold på bosteder",
        "Vejle Kommune",
        VEJLE_NOTE.format(n="seks"),
        "Der genereres et overskud på 28.981 kr. i forbindelse med afløftning af positivlistemoms.",
        [STATUS_ITEM],
        [Line(2024, K.VAT_REFUND, 28_981, 1, note="Afløftning af positivlistemoms.")],
        timeline="Psykiatriens botilbudsteams forventes klar 1. maj 2025.",
    ),
    Spec(
        "Styrket afprøvning af FLUS",
        "Vejle Kommune",
        VEJLE_NOTE.format(n="to"),
        "Der genereres et overskud på 4.783 kr. i forbindelse med afløftning af"
        " positivlistemoms. Honorering af almen praksis drøftes.",
        [STATUS_ITEM],
        [
            Line(2024, K.VAT_REFUND, 4_783, 1, note="Afløftning af positivlistemoms."),
            Line(
                2025,
                K.FEE,
                42_881,
                3,
                note="Honorering af repræsentant for almen praksis: 5 timer om måneden i 8"
                " måneder. Finansieres af restmidler fra momsafløftning.",
            ),
        ],
    ),
]


def _items() -> list[AgendaItem]:
    day = MEETING.starts_at.date()
    return list(
        AgendaItem.objects.filter(meeting__forum__slug=LB_STEERING, meeting__starts_at__date=day)
    )


def _find(items: list[AgendaItem], start: str) -> AgendaItem:
    return next(item for item in items if item.title.startswith(start))


def build_portfolio_004() -> Fund:
    """Seed 004's fund; running it again changes nothing."""
    items = _items()
    status_item = _find(items, STATUS_ITEM)
    decisions = {
        d.recommendation.number: d
        for d in Decision.objects.filter(item=status_item).select_related("recommendation")
    }
    fund = Fund.objects.filter(cluster__slug="lillebaelt", name=FUND_NAME).first()
    if fund is None:
        fund = services.save_fund(
            Fund(
                cluster=cluster("lillebaelt"),
                owner_forum=forum(LB_STEERING),
                name=FUND_NAME,
                granted_ore=8_000_000 * KR,
                granted_approximate=True,
                start_year=2023,
                end_year=2026,
                note=(
                    "Sundhedsklynge Lillebælt fik ved klyngens etablering tildelt ca. 8 mio. kr. i"
                    " fælles midler; klyngen har vedtaget og igangsat seks initiativer, og alle"
                    " midler er bragt i anvendelse (seed 004, punkt 7). Der kan arbejdes med en"
                    " bagatelgrænse ift. anvendelsen af de sidste midler."
                ),
            )
        )
    for position, spec in enumerate(INITIATIVES, start=1):
        if fund.initiatives.filter(name=spec.name).exists():
            continue
        initiative = services.save_initiative(
            Initiative(
                fund=fund,
                name=spec.name,
                owner_forum=fund.owner_forum,
                status=Initiative.Status.RUNNING,
                position=position,
                economy_party=organisation(spec.party),
                economy_note=spec.economy_note,
                economy_status=spec.economy_status,
                evaluation_questions=spec.evaluation,
                timeline_note=spec.timeline,
            ),
            agenda_items=[_find(items, start) for start in spec.items],
        )
        for line in spec.lines:
            services.save_budget_line(
                BudgetLine(
                    initiative=initiative,
                    year=line.year,
                    kind=line.kind,
                    amount_ore=line.kroner * KR,
                    approximate=line.approximate,
                    decision=decisions[line.decision] if line.decision else None,
                    approval_note=line.approval_note,
                    note=line.note,
                )
            )
    return fund
