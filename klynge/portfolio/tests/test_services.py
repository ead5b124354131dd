"""Services validate, refuse bad input in Danish and change nothing."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from klynge.organisation.tests.factories import ClusterFactory, ForumFactory
from klynge.portfolio import services
from klynge.portfolio.models import BudgetLine, Initiative

from .conftest import KR, THOUSAND

pytestmark = pytest.mark.django_db


def refused(operation) -> str:
    with translation.override("da"), pytest.raises(ValidationError) as error:
        operation()
    return " ".join(error.value.messages)


def line(initiative, **fields) -> BudgetLine:
    defaults = {"year": 2023, "kind": "budget", "amount_ore": 1000 * KR}
    return BudgetLine(initiative=initiative, **{**defaults, **fields})


def test_a_year_outside_the_fund_is_refused(portfolio):
    before = BudgetLine.objects.count()
    message = refused(lambda: services.save_budget_line(line(portfolio.initiatives[0], year=2025)))
    assert "Året skal ligge inden for klyngemidlernes år 2023–2024." in message
    assert BudgetLine.objects.count() == before


def test_a_negative_budget_is_refused(portfolio):
    message = refused(
        lambda: services.save_budget_line(line(portfolio.initiatives[0], amount_ore=-1))
    )
    assert "Kun en overførsel mellem år kan være negativ." in message


def test_budgets_beyond_the_grant_are_refused(portfolio):
    # 4.870 of 6.348 are allocated: 1.478 remain, 1.479 is one thousand too many.
    message = refused(
        lambda: services.save_budget_line(
            line(portfolio.initiatives[0], amount_ore=1_479 * THOUSAND)
        )
    )
    assert "overstige bevillingen på 6.348.000 kr. med 1.000 kr." in message
    services.save_budget_line(line(portfolio.initiatives[0], amount_ore=1_478 * THOUSAND))


def test_carry_over_moves_money_between_years(portfolio):
    tele_kol = portfolio.initiatives[2]
    out, into = services.carry_over(tele_kol, 2023, 2024, 200 * THOUSAND)
    assert (out.year, out.amount_ore, into.year, into.amount_ore) == (
        2023,
        -200 * THOUSAND,
        2024,
        200 * THOUSAND,
    )
    message = refused(lambda: services.carry_over(tele_kol, 2024, 2023, 1))
    assert "kun overføres til et senere år" in message


def test_an_owner_forum_of_another_cluster_is_refused(portfolio):
    other = ForumFactory(cluster=ClusterFactory(name="Horsensklyngen", slug="horsensklyngen"))
    initiative = Initiative(fund=portfolio.fund, name="Nyt", owner_forum=other)
    assert "Forummet hører til en anden klynge." in refused(
        lambda: services.save_initiative(initiative)
    )
    assert not Initiative.objects.filter(name="Nyt").exists()
