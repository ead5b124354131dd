"""The demo's funds: seed 003's Table 1 to the krone and seed 004's status of the cluster funds."""

import pytest

from klynge.accounts.models import User
from klynge.demo.testing import seeds_rolled_back
from klynge.portfolio import money, queries
from klynge.portfolio.models import BudgetLine, Fund

KR = 100
# Seed 003, Tabel 1 (1.000 kr.), as printed.
TABLE_1_PRINTED = {
    "Styrket samarbejde om udskrivelser – udskrivningsterapeuter i Akutafdelingen": ["623", "646"],
    "Fragile fast track – Hospitalsbehandling i eget hjem": ["139", "248"],
    "Forberedelse af implementering af Tele-KOL": ["1.267", "733"],
    "Etablering af samarbejdsmodel om børn og unge i psykisk mistrivsel": ["375", "839"],
}


@pytest.fixture(scope="module")
def seeds_built(django_db_setup, django_db_blocker):
    """Build the demo's seeds once for the module, as they stood before the reform of 1 January
    2027 carried the clusters' funds and agreements into the councils (klynge/demo/tests/
    test_demo_reform.py follows them there), rolled back at the module's end."""
    with django_db_blocker.unblock(), seeds_rolled_back():
        yield


@pytest.fixture
def demo(seeds_built, db):
    return seeds_built


def overview(cluster: str) -> queries.Overview:
    fund = Fund.objects.get(cluster__slug=cluster)
    return queries.overview(queries.fund_page_data(fund.pk))


def test_table_1_to_the_krone(demo):
    data = overview("midtklyngen")
    printed = {row.initiative.name: [money.thousands(v) for v in row.budget] for row in data.rows}
    assert printed == TABLE_1_PRINTED
    assert [row.budget_total for row in data.rows] == [
        1_269_000 * KR,
        387_000 * KR,
        2_000_000 * KR,
        1_214_000 * KR,
    ]
    # The seed prints 2.402 for 2023; its four figures add up to 2.404 (see portfolio_003).
    assert data.year_totals == [2_404_000 * KR, 2_466_000 * KR]
    assert data.allocated_ore == 4_870_000 * KR
    assert [(d.label, d.stated_ore, d.computed_ore) for d in data.differences] == [
        ("2023", 2_402_000 * KR, 2_404_000 * KR)
    ]


def test_what_remains_of_6_348_mio(demo):
    data = overview("midtklyngen")
    assert data.fund.granted_text == "6,348 mio. kr."
    assert data.unallocated_ore == 1_478_000 * KR
    assert money.millions(data.unallocated_ore) == "1,478 mio. kr."


def test_table_1_approvals_link_the_meeting_of_7_june_2023(demo):
    lines = BudgetLine.objects.filter(initiative__fund__cluster__slug="midtklyngen")
    assert lines.count() == 8
    for line in lines.select_related("decision__item__meeting"):
        assert line.decision.item.title.startswith("Status på de 4 initiativer")
        assert str(line.decision.item.meeting.local_day()) == "2023-06-07"
        assert "24. april 2023" in line.approval_note


def test_lillebaelt_status_vat_refunds_and_fees(demo):
    data = overview("lillebaelt")
    assert data.fund.granted_text == "ca. 8,000 mio. kr."
    assert len(data.rows) == 6
    assert data.total(BudgetLine.Kind.VAT_REFUND) == 91_494 * KR  # the case text's total
    assert sorted(line.amount_ore for line in data.lines_by_kind["vat_refund"]) == [
        4_783 * KR,
        28_981 * KR,
        57_730 * KR,
    ]
    fees = {line.initiative.name: line for line in data.lines_by_kind["fee"]}
    assert fees["Træning og trivsel for seniorer"].amount_text == "8.576 kr."
    assert fees["Styrket afprøvning af FLUS"].amount_text == "42.881 kr."
    assert fees["Træning og trivsel for seniorer"].decision.recommendation.number == 2
    assert fees["Styrket afprøvning af FLUS"].decision.recommendation.number == 3
    assert data.refunds_after_fees_ore == 40_037 * KR
    parties = {row.initiative.name: row.initiative.economy_party.name for row in data.rows}
    assert parties["Bliv Trygt Hjemme"] == "Middelfart Kommune"
    assert parties["Tværsektoriel temadag vedr. samarbejde på akutområdet"] == "Sygehus Lillebælt"


def test_demo_fund_pages_render(demo, client):
    client.force_login(User.objects.create_superuser("chef", password="x-x-x-x-1"))
    midt = Fund.objects.get(cluster__slug="midtklyngen")
    html = client.get(midt.get_absolute_url()).content.decode()
    assert "2.404" in html and "2.402" in html and "4.870" in html and "1.478" in html
    lb = Fund.objects.get(cluster__slug="lillebaelt")
    html = client.get(lb.get_absolute_url()).content.decode()
    assert "91.494 kr." in html and "8.576 kr." in html and "42.881 kr." in html
    assert "40.037 kr." in html
    tot = lb.initiatives.get(name="Træning og trivsel for seniorer")
    html = client.get(tot.get_absolute_url()).content.decode()
    assert "Godkendelse af evalueringsplan" in html
    assert "26. februar 2025" in html


def test_build_twice_changes_nothing(demo):
    before = BudgetLine.objects.count()
    from klynge.demo.portfolio_003 import build_portfolio_003
    from klynge.demo.portfolio_004 import build_portfolio_004

    build_portfolio_003()
    build_portfolio_004()
    assert Fund.objects.count() == 2
    assert BudgetLine.objects.count() == before
