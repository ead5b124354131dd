"""A fund of the steering group (the `steering` fixture) with Table 1's four initiatives."""

from dataclasses import dataclass

import pytest

from klynge.meetings.tests.conftest import (
    Steering,
    steering,  # noqa: F401 - shared fixture
)
from klynge.portfolio import services
from klynge.portfolio.models import BudgetLine, Fund, Initiative

KR = 100
THOUSAND = 1000 * KR
TABLE_1 = [
    ("Styrket samarbejde om udskrivelser – udskrivningsterapeuter i Akutafdelingen", 623, 646),
    ("Fragile fast track – Hospitalsbehandling i eget hjem", 139, 248),
    ("Forberedelse af implementering af Tele-KOL", 1267, 733),
    ("Etablering af samarbejdsmodel om børn og unge i psykisk mistrivsel", 375, 839),
]


@dataclass
class Portfolio:
    steering: Steering
    fund: Fund
    initiatives: list[Initiative]


def make_fund(group: Steering, **fields) -> Fund:
    defaults = {
        "cluster": group.forum.cluster,
        "owner_forum": group.forum,
        "name": "Klyngemidler Midtklyngen 2023–2024",
        "granted_ore": 6_348 * THOUSAND,
        "start_year": 2023,
        "end_year": 2024,
        "unit": Fund.Unit.THOUSANDS,
    }
    return services.save_fund(Fund(**{**defaults, **fields}))


@pytest.fixture
def portfolio(steering) -> Portfolio:  # noqa: F811
    fund = make_fund(steering)
    initiatives = []
    for position, (name, y2023, y2024) in enumerate(TABLE_1, start=1):
        initiative = services.save_initiative(
            Initiative(fund=fund, name=name, owner_forum=steering.forum, position=position),
            chairs=[steering.hospital_chair],
        )
        for year, amount in ((2023, y2023), (2024, y2024)):
            services.save_budget_line(
                BudgetLine(
                    initiative=initiative,
                    year=year,
                    kind=BudgetLine.Kind.BUDGET,
                    amount_ore=amount * THOUSAND,
                )
            )
        initiatives.append(initiative)
    return Portfolio(steering, fund, initiatives)
