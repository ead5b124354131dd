"""The fund and initiative pages: table, chart, export, timeline, rights and query counts."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from klynge.accounts.models import Role, User
from klynge.meetings import services as meetings
from klynge.meetings.models import Decision
from klynge.meetings.tests.conftest import PASSWORD, add_item, aware
from klynge.organisation.tests.factories import ForumFactory
from klynge.portfolio import services
from klynge.portfolio.models import BudgetLine, Initiative

from .conftest import KR, TABLE_1, THOUSAND

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary(client, steering):
    client.force_login(steering.secretary_user)
    return client


@pytest.fixture
def reader(client, steering):
    user = User.objects.create_user("laeser", password=PASSWORD)
    user.roles.create(role=Role.READER, cluster=steering.forum.cluster)
    client.force_login(user)
    return client


def test_fund_page_shows_table_1_and_what_remains(secretary, portfolio):
    html = secretary.get(portfolio.fund.get_absolute_url()).content.decode()
    table = html[html.index('id="budget-table"') :]
    assert '<th scope="col" class="align-text-right">2023</th>' in table
    for name, _y2023, _y2024 in TABLE_1:
        assert name in table
    for figure in ("623", "646", "1.269", "1.267", "2.000", "2.404", "2.466", "4.870", "6.348"):
        assert f">{figure}<" in table
    assert "1.478.000 kr. (1,478 mio. kr.)" in html
    assert "6,348 mio. kr." in html


def test_the_chart_is_svg_with_the_numbers_and_no_style(secretary, portfolio):
    html = secretary.get(portfolio.fund.get_absolute_url()).content.decode()
    svg = re.search(r"<svg [^>]*class=\"klynge-chart\".*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "style=" not in svg and "<script" not in svg
    for figure in ("623", "646", "1.267", "733", "375", "839"):
        assert f">{figure}</text>" in svg
    assert "i tabellen under diagrammet" in svg
    assert 'id="budget-table"' in html[html.index("</svg>") :]


def test_xlsx_round_trip(secretary, portfolio):
    response = secretary.get(reverse("portfolio:fund_xlsx", args=[portfolio.fund.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == portfolio.fund.name
    header = rows[5]
    assert header[:4] == ("Initiativ", "2023", "2024", "I alt")
    body = {row[0]: row[1:4] for row in rows[6:10]}
    assert body[TABLE_1[2][0]] == (1_267_000, 733_000, 2_000_000)
    assert rows[10][:4] == ("I alt", 2_404_000, 2_466_000, 4_870_000)
    labels = {row[0]: row[1] for row in rows[12:14]}
    assert labels == {"Fordelt": 4_870_000, "Ikke fordelt": 1_478_000}
    lines = list(book.worksheets[1].iter_rows(values_only=True))
    assert len(lines) == 1 + 8
    assert sum(row[3] for row in lines[1:]) == 4_870_000


def test_timeline_in_date_order_across_fora(secretary, steering, portfolio):
    tele_kol = portfolio.initiatives[2]
    later = add_item(steering.meeting, "Status på Tele-KOL", recommendations=["godkender"])
    theme = ForumFactory(cluster=steering.forum.cluster, name="Voksentemagruppen for somatik")
    early = meetings.create_meeting(
        theme,
        starts_at=aware(datetime.date(2023, 6, 7), 8, 30),
        ends_at=aware(datetime.date(2023, 6, 7), 11, 0),
    )
    first = add_item(early, "Tele-KOL: forberedelse", recommendations=["tager til efterretning"])
    meetings.publish_agenda(early)
    meetings.hold_meeting(early)
    decision = Decision.objects.create(
        item=first, recommendation=first.recommendations.get(), outcome="noted"
    )
    services.save_initiative(tele_kol, agenda_items=[later])
    services.save_budget_line(
        BudgetLine(
            initiative=tele_kol,
            year=2024,
            kind="forecast",
            amount_ore=700 * THOUSAND,
            decision=decision,
        )
    )
    html = secretary.get(tele_kol.get_absolute_url()).content.decode()
    timeline = html[html.index('id="timeline"') :]
    assert timeline.index("Tele-KOL: forberedelse") < timeline.index("Status på Tele-KOL")
    assert "7. juni 2023" in timeline and "10. december 2026" in timeline
    assert "Voksentemagruppen for somatik" in timeline
    assert "Taget til efterretning" in timeline
    assert "2024 prognose 700.000 kr." in timeline


def test_a_reader_sees_but_cannot_change(reader, portfolio):
    fund_html = reader.get(portfolio.fund.get_absolute_url()).content.decode()
    assert "4.870" in fund_html
    assert "Nyt initiativ" not in fund_html
    initiative = portfolio.initiatives[0]
    html = reader.get(initiative.get_absolute_url()).content.decode()
    assert "Tilføj budgetlinje" not in html
    url = reverse("portfolio:line_new", args=[initiative.pk])
    assert reader.get(url).status_code == 403
    response = reader.post(url, {"year": 2023, "kind": "budget", "amount": "1.000"})
    assert response.status_code == 403
    assert BudgetLine.objects.count() == 8


def test_secretary_adds_a_line_and_bad_input_is_shown_in_danish(secretary, portfolio):
    initiative = portfolio.initiatives[0]
    url = reverse("portfolio:line_new", args=[initiative.pk])
    response = secretary.post(url, {"year": "2023", "kind": "actual", "amount": "otte"})
    assert "Skriv beløbet i kroner" in response.content.decode()
    response = secretary.post(url, {"year": "2023", "kind": "budget", "amount": "1.479.000"})
    assert "overstige bevillingen" in response.content.decode()
    response = secretary.post(url, {"year": "2023", "kind": "actual", "amount": "8.576,50"})
    assert response.status_code == 302
    assert initiative.lines.get(kind="actual").amount_ore == 857_650


def test_secretary_adds_an_initiative(secretary, steering, portfolio):
    url = reverse("portfolio:initiative_new", args=[portfolio.fund.pk])
    response = secretary.post(
        url,
        {
            "name": "Fælles demensindsats",
            "owner_forum": steering.forum.pk,
            "status": "proposed",
            "chairs": [steering.municipal_chair.pk],
            "starts_on": "2024-01-01",
            "ends_on": "2023-01-01",
        },
    )
    assert "Slutdatoen skal ligge efter startdatoen." in response.content.decode()
    assert not Initiative.objects.filter(name="Fælles demensindsats").exists()


def _grow(portfolio, steering, n):
    start = Initiative.objects.count()
    for i in range(start, start + n):
        initiative = services.save_initiative(
            Initiative(fund=portfolio.fund, name=f"Ekstra {i}", owner_forum=steering.forum),
            chairs=[steering.member],
            agenda_items=[add_item(steering.meeting, f"Punkt om ekstra {i}")],
        )
        services.save_budget_line(
            BudgetLine(initiative=initiative, year=2024, kind="actual", amount_ore=KR)
        )
        portfolio.initiatives[0].agenda_items.add(*initiative.agenda_items.all())


# session, user, fund (with cluster, region, forum), initiatives, their lines, the key,
# the key's shares, the user's roles for the forum; the header's four (the user's roles, the fora
# of their cluster, whether a fund is readable, their fora).
FUND_QUERIES = 12
# session, user, initiative (joined), chairs, lines, roles, timeline items, their decisions;
# the header's four.
INITIATIVE_QUERIES = 12


def test_fund_page_query_count_is_fixed(secretary, steering, portfolio, django_assert_num_queries):
    url = portfolio.fund.get_absolute_url()
    services.save_distribution_key(
        portfolio.fund, "equal", [(steering.hospital, None), (steering.viborg, None)]
    )
    _grow(portfolio, steering, 1)
    with django_assert_num_queries(FUND_QUERIES):
        secretary.get(url)
    _grow(portfolio, steering, 6)
    with django_assert_num_queries(FUND_QUERIES):
        assert "Ekstra 9" in secretary.get(url).content.decode()


def test_initiative_page_query_count_is_fixed(
    secretary, steering, portfolio, django_assert_num_queries
):
    url = portfolio.initiatives[0].get_absolute_url()
    _grow(portfolio, steering, 1)
    with django_assert_num_queries(INITIATIVE_QUERIES):
        secretary.get(url)
    _grow(portfolio, steering, 6)
    with django_assert_num_queries(INITIATIVE_QUERIES):
        assert "Punkt om ekstra 9" in secretary.get(url).content.decode()
