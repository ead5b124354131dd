"""Seed 003's cluster fund: Midtklyngen's 6,348 mio. kr. and Table 1's four initiatives.

003:118-134 (æ/ø/å repaired): "Direktørkredsen godkendte på møde den 24. april de foreløbige
budgetter for de 4 politisk prioriterede initiativer … Midtklyngen har fået 6,348 mio. kr.",
then "Tabel 1. Godkendte foreløbige budgetter - forventet fordeling på budgetår beløb i 1.000,-".

The figures are entered exactly as printed, in 1.000 kr. The printed total of the 2023 column is
2.402, but the four figures above it (623 + 139 + 1.267 + 375) add up to 2.404; the 2024 column
(2.466) and the grand total (4.870 = 2.404 + 2.466) agree with the figures. The printed totals are
kept as the fund's stated totals, so the fund page shows the one difference instead of hiding it.

The budgets were approved by the directors' circle on 24 April 2023 (no Klynge meeting: an
approval note). The steering group took the status with Table 1 to note on 7 June 2023,
item 2, decision 1 ("Orienteringerne … blev taget til efterretning"): each budget line links
that decision; the directors' approval stays in its approval note. Chairs and what the
minutes tell of patient involvement and evaluation come from the status given at the meeting
(003:154-190). Nothing else is invented: no actuals, no
distribution key (the seed says the model is still to be made).
"""

from __future__ import annotations

import datetime

from klynge.meetings.models import AgendaItem, Decision
from klynge.organisation.models import Person
from klynge.portfolio import services
from klynge.portfolio.models import BudgetLine, Fund, Initiative

from .helpers import cluster, forum, organisation
from .meeting_003 import MEETING
from .midtklyngen import CLUSTER, HE_MIDT, STEERING

KR = 100
THOUSAND = 1000 * KR
ITEM_TITLE = "Status på de 4 initiativer"
APPROVAL_NOTE = "Godkendt af direktørkredsen på møde den 24. april 2023 (foreløbigt budget)"
FUND_NAME = "Klyngemidler Midtklyngen 2023–2024"

# (name, 2023, 2024 in 1.000 kr., chairs, economy party, patient involvement, evaluation)
TABLE_1 = [
    (
        "Styrket samarbejde om udskrivelser – udskrivningsterapeuter i Akutafdelingen",
        623,
        646,
        ["Karen Rabens Kudsk"],
        HE_MIDT,
        "",
        "Audits, opfølgning via kontrolgruppe samt stikprøver af den borgeroplevede kvalitet"
        " (003:160-161).",
        "Den 1. juni 2023 startede to terapeuter i Akutafdelingen (003:158).",
    ),
    (
        "Fragile fast track – Hospitalsbehandling i eget hjem",
        139,
        248,
        ["Karen Rabens Kudsk"],
        HE_MIDT,
        "Borgerevaluering indgår i forskningsprojektets evalueringsdesign (003:170-171).",
        "Omfattet af evalueringsdesignet i forskningsprojektet vedr. hospitalsbehandling i eget"
        " hjem, herunder borgerevaluering (003:170-171).",
        "",
    ),
    (
        "Forberedelse af implementering af Tele-KOL",
        1267,
        733,
        ["Trine Brøcker"],
        None,
        "Udarbejdelse af borgerinformation er et centralt element, og her vil borgere blive"
        " involveret (003:178-179).",
        "",
        "Projektleder forventes at tiltræde pr. 1. august 2023 i en 1-årig stilling; ift. det"
        " anslåede budget vil midler fra 2023 skulle overføres til 2024 (003:175-181).",
    ),
    (
        "Etablering af samarbejdsmodel om børn og unge i psykisk mistrivsel",
        375,
        839,
        ["Helle Trangbæk"],
        None,
        "Arbejdet skal også indtænke foreninger og øvrigt civilsamfund; patientrepræsentanterne"
        " stillede sig til rådighed ift. borger-/patientperspektivet.",
        "",
        "Styregruppe etableret; projektleder forventes at tiltræde 1. august 2023; workshop den"
        " 11. august 2023.",
    ),
]
# As printed under Table 1 (003:134), in øre.
STATED_TOTALS = {"2023": 2402 * THOUSAND, "2024": 2466 * THOUSAND, "total": 4870 * THOUSAND}


def _item() -> AgendaItem:
    day = MEETING.starts_at.date()
    return AgendaItem.objects.get(
        meeting__forum__slug=STEERING,
        meeting__starts_at__date=day,
        title__startswith=ITEM_TITLE,
    )


def build_portfolio_003() -> Fund:
    """Seed 003's fund; running it again changes nothing."""
    item = _item()
    decision = Decision.objects.get(item=item, recommendation__number=1)
    fund = Fund.objects.filter(cluster__slug=CLUSTER, name=FUND_NAME).first()
    if fund is None:
        fund = services.save_fund(
            Fund(
                cluster=cluster(CLUSTER),
                owner_forum=forum(STEERING),
                name=FUND_NAME,
                granted_ore=6_348 * THOUSAND,
                start_year=2023,
                end_year=2024,
                unit=Fund.Unit.THOUSANDS,
                stated_totals=STATED_TOTALS,
                note=(
                    "Midtklyngen har fået 6,348 mio. kr. (seed 003, punkt 2). Tabel 1: godkendte"
                    " foreløbige budgetter, forventet fordeling på budgetår, beløb i 1.000 kr."
                ),
            )
        )
    for position, (name, y2023, y2024, chairs, party, patients, evaluation, timeline) in enumerate(
        TABLE_1, start=1
    ):
        if fund.initiatives.filter(name=name).exists():
            continue
        initiative = services.save_initiative(
            Initiative(
                fund=fund,
                name=name,
                owner_forum=fund.owner_forum,
                status=Initiative.Status.RUNNING,
                position=position,
                patient_involvement=patients,
                evaluation_questions=evaluation,
                timeline_note=timeline,
                economy_party=organisation(party) if party else None,
                starts_on=datetime.date(2023, 6, 1) if position == 1 else None,
            ),
            chairs=Person.objects.filter(name__in=chairs),
            agenda_items=[item],
        )
        for year, amount in ((2023, y2023), (2024, y2024)):
            services.save_budget_line(
                BudgetLine(
                    initiative=initiative,
                    year=year,
                    kind=BudgetLine.Kind.BUDGET,
                    amount_ore=amount * THOUSAND,
                    decision=decision,
                    approval_note=APPROVAL_NOTE,
                    note="Tabel 1, seed 003",
                )
            )
    return fund
