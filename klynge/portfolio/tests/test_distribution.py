"""Distribution keys: each party's share and the transfers that settle the costs."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from klynge.organisation.tests.factories import OrganisationFactory
from klynge.portfolio import distribution, queries, services
from klynge.portfolio.models import BudgetLine, DistributionKey

from .conftest import KR

pytestmark = pytest.mark.django_db


@pytest.fixture
def parties(steering):
    silkeborg = OrganisationFactory(name="Silkeborg Kommune")
    skive = OrganisationFactory(name="Skive Kommune")
    steering.forum.cluster.parties.add(silkeborg, skive)
    return steering.hospital, steering.viborg, silkeborg, skive


def rows(key):
    return list(key.shares.select_related("party"))


def test_equal_shares_add_up_to_the_ore(portfolio, parties):
    key = services.save_distribution_key(portfolio.fund, "equal", [(p, None) for p in parties])
    settlement = distribution.settle(key.method, rows(key), 1_000_001)
    assert [s.share_ore for s in settlement.shares] == [250_001, 250_000, 250_000, 250_000]
    assert sum(s.share_ore for s in settlement.shares) == 1_000_001
    assert settlement.shares[0].percent_text == "25,0 %"


def test_population_key_and_transfers_with_threshold(portfolio, parties):
    _hospital, viborg, silkeborg, skive = parties
    key = services.save_distribution_key(
        portfolio.fund,
        "population",
        [(viborg, 50_000), (silkeborg, 30_000), (skive, 20_000)],
    )
    # Viborg paid everything: 100.000 kr.; Skive's 20.000 kr. is below a 25.000 kr. threshold.
    settlement = distribution.settle(
        key.method, rows(key), 100_000 * KR, {viborg: 100_000 * KR}, threshold_ore=25_000 * KR
    )
    by_name = {s.party.name: s for s in settlement.shares}
    assert by_name["Viborg Kommune"].share_ore == 50_000 * KR
    assert by_name["Viborg Kommune"].balance_ore == 50_000 * KR
    assert by_name["Skive Kommune"].balance_ore == -20_000 * KR
    made = [(t.payer.name, t.payee.name, t.amount_ore) for t in settlement.transfers]
    assert made == [("Silkeborg Kommune", "Viborg Kommune", 30_000 * KR)]
    skipped = [(t.payer.name, t.amount_ore) for t in settlement.not_transferred]
    assert skipped == [("Skive Kommune", 20_000 * KR)]


def test_custom_key_settles_against_actuals_on_the_fund_page(portfolio, parties):
    hospital, viborg, silkeborg, _skive = parties
    services.save_distribution_key(
        portfolio.fund, "custom", [(hospital, 500), (viborg, 300), (silkeborg, 200)]
    )
    tele_kol = portfolio.initiatives[2]
    for party, kroner in ((hospital, 60_000), (viborg, 40_000)):
        services.save_budget_line(
            BudgetLine(
                initiative=tele_kol, year=2023, kind="actual", amount_ore=kroner * KR, party=party
            )
        )
    portfolio.fund.small_amount_threshold_ore = 5_000 * KR
    services.save_fund(portfolio.fund)
    data = queries.overview(queries.fund_page_data(portfolio.fund.pk))
    assert data.settles_actuals
    s = data.settlement
    assert s.total_ore == 100_000 * KR
    shares = {x.party.name: (x.share_ore, x.paid_ore, x.balance_ore) for x in s.shares}
    assert shares["Hospitalsenhed Midt"] == (50_000 * KR, 60_000 * KR, 10_000 * KR)
    assert shares["Viborg Kommune"] == (30_000 * KR, 40_000 * KR, 10_000 * KR)
    assert shares["Silkeborg Kommune"] == (20_000 * KR, 0, -20_000 * KR)
    made = sorted((t.payer.name, t.payee.name, t.amount_ore) for t in s.transfers)
    assert made == [
        ("Silkeborg Kommune", "Hospitalsenhed Midt", 10_000 * KR),
        ("Silkeborg Kommune", "Viborg Kommune", 10_000 * KR),
    ]


@pytest.mark.parametrize(
    ("method", "numbers", "message"),
    [
        ("custom", [500, 400], "skal give 1000 promille i alt"),
        ("population", [50_000, None], "Hver part skal have sit indbyggertal"),
    ],
)
def test_bad_keys_are_refused_in_danish(portfolio, parties, method, numbers, message):
    chosen = list(zip(parties[1:3], numbers, strict=True))
    with translation.override("da"), pytest.raises(ValidationError) as error:
        services.save_distribution_key(portfolio.fund, method, chosen)
    assert message in " ".join(error.value.messages)
    assert not DistributionKey.objects.exists()


def test_a_party_outside_the_cluster_is_refused(portfolio):
    stranger = OrganisationFactory(name="Aarhus Kommune")
    with translation.override("da"), pytest.raises(ValidationError) as error:
        services.save_distribution_key(portfolio.fund, "equal", [(stranger, None)])
    assert "ikke part i klyngen" in " ".join(error.value.messages)
