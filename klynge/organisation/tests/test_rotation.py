"""The chair rotation planner (seed 001's "Plan for kommunernes rotation i formandskaberne"), its
rule checks, the periods that move the co-chair memberships, and the page."""

from __future__ import annotations

import datetime
import re

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from klynge.accounts.models import Role, User
from klynge.organisation import rotation
from klynge.organisation.models import (
    ChairRotationPeriod,
    Cluster,
    Forum,
    Membership,
    Organisation,
)
from klynge.organisation.rotation import Period, PlannedForum, check, propose, services
from klynge.organisation.tests.factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
)

STEERING = PlannedForum("steering", "Klyngestyregruppen", "HE Midt")
SOMATIC = PlannedForum("somatic", "Voksentemagruppen for somatik", "HE Midt")
PSYCHIATRY = PlannedForum("psychiatry", "Voksentemagruppen for psykiatri", "Regionspsykiatrien")
CHILDREN = PlannedForum("children", "Temagruppen for børn, unge og familie", "HE Midt")
THEMES = [SOMATIC, PSYCHIATRY, CHILDREN]
TOWNS = ["Silkeborg", "Skive", "Viborg"]

# Seed 001's table, theme groups: (somatic, psychiatry, children) per period.
SEED_TABLE = {
    (2021, 2022): ("Skive", "Skive", "Viborg"),
    (2023, 2025): ("Silkeborg", "Silkeborg", "Skive"),
    (2026, 2027): ("Viborg", "Viborg", "Silkeborg"),
    (2028, 2029): ("Skive", "Skive", "Viborg"),
}


def steering_periods(political: str | None) -> list[Period]:
    """Silkeborg 2021–2022, Viborg 2023–2025 (seed 001), the given municipality 2026–2029."""
    return [
        Period("steering", 2021, 2022, "Silkeborg"),
        Period("steering", 2023, 2025, "Viborg"),
        Period("steering", 2026, 2029, political),
    ]


def history(until: int) -> dict[str, list[Period]]:
    periods: dict[str, list[Period]] = {t.key: [] for t in THEMES}
    for (first, last), towns in SEED_TABLE.items():
        if last <= until:
            for theme, town in zip(THEMES, towns, strict=True):
                periods[theme.key].append(Period(theme.key, first, last, town))
    return periods


def table(plan: rotation.Plan) -> dict[tuple[int, int], tuple[str | None, ...]]:
    return {
        (row.first_year, row.last_year): tuple(c.period.municipality for c in row.cells[1:])
        for row in plan.rows()
    }


@pytest.mark.parametrize("political", ["Silkeborg", None])
@pytest.mark.parametrize("known_until", [2022, 2025])
def test_planner_reproduces_seed_001_table(political, known_until):
    """From the first period (or 2021–2025) and the steering group's municipalities, the planner
    gives seed 001's table 2021–2029 exactly: with Silkeborg as the political co-chair municipality
    2026–2029, or with it not appointed yet (as in the seed: "X kommune")."""
    plan = propose(STEERING, THEMES, TOWNS, steering_periods(political), history(known_until))
    assert table(plan) == SEED_TABLE
    steering = [(p.first_year, p.last_year, p.municipality) for p in plan.of("steering")]
    assert steering == [(2021, 2022, "Silkeborg"), (2023, 2025, "Viborg"), (2026, 2029, political)]
    # 2023–2025 is 3 years so that the theme groups change with the steering group in 2026.
    assert [(p.first_year, p.last_year) for p in plan.of("somatic")] == list(SEED_TABLE)
    assert check(plan) == []
    assert [p.label for p in plan.open_periods()] == ([] if political else ["2026–2029"])
    # The rows of seed 001's table, with its blank cell for the steering group in 2028–2029.
    rows = plan.rows()
    assert [r.label for r in rows] == ["2021–2022", "2023–2025", "2026–2027", "2028–2029"]
    assert rows[3].cells[0].continues


def test_planner_keeps_the_spread_when_the_political_municipality_is_skive():
    """With Skive as political co-chair municipality 2026–2029, seed 001's rows would give Skive
    8 co-chair years against Silkeborg's 2; the planner proposes an even plan instead, and the
    check reports the seed's rows."""
    plan = propose(STEERING, THEMES, TOWNS, steering_periods("Skive"), history(2025))
    assert check(plan) == []
    assert table(plan)[(2026, 2027)] == ("Viborg", "Viborg", "Silkeborg")
    assert table(plan)[(2028, 2029)] != SEED_TABLE[(2028, 2029)]

    seed = _plan_from_table(steering_periods("Skive"))
    breaches = check(seed)
    assert [(b.rule, b.year) for b in breaches] == [(rotation.SPREAD, 2026)]
    assert "Silkeborg 2, Skive 8, Viborg 6" in breaches[0].text


def _plan_from_table(steering: list[Period], **extra: object) -> rotation.Plan:
    periods = history(2029)
    periods["steering"] = steering
    return rotation.Plan(STEERING, THEMES, TOWNS, periods, **extra)


def test_theme_periods_align_with_the_steering_group():
    # 2023 + 2 years would leave 2025 alone before the changeover of 2026: stretched to 3 years.
    assert rotation.theme_periods("x", 2023, 2029, 2, [2023, 2026]) == [
        (2023, 2025),
        (2026, 2027),
        (2028, 2029),
    ]
    # A 3-year period from 2026 would straddle 2030: it ends at the changeover.
    # 3-year periods from 2026: 2026–2028 would leave 2029 alone before 2030, so it is stretched.
    assert rotation.theme_periods("x", 2026, 2033, 3, [2026, 2030]) == [
        (2026, 2029),
        (2030, 2032),
        (2033, 2035),
    ]
    assert rotation.political_period_start(2027) == 2026
    assert rotation.political_period_start(2030) == 2030


def test_check_reports_a_theme_group_that_does_not_change_with_the_steering_group():
    periods = history(2025)
    periods["somatic"] += [Period("somatic", 2026, 2026, "Viborg")]
    periods["somatic"] += [Period("somatic", 2027, 2029, "Skive")]
    periods["psychiatry"] += [Period("psychiatry", 2025, 2029, "Viborg")]
    periods["psychiatry"][1] = Period("psychiatry", 2023, 2024, "Silkeborg")
    periods["children"] += [Period("children", 2026, 2029, "Silkeborg")]
    periods["steering"] = steering_periods("Skive")
    plan = rotation.Plan(STEERING, THEMES, TOWNS, periods)
    aligned = [b for b in check(plan) if b.rule == rotation.ALIGNED]
    assert [(b.fora[0], b.year) for b in aligned] == [("psychiatry", 2026)]
    assert aligned[0].text == (
        "Voksentemagruppen for psykiatri skifter ikke kommunal medformand i 2026, når"
        " Klyngestyregruppen gør: temagrupperne skifter samtidig med klyngestyregruppen."
    )
    # Only from the year asked about: 2026 is before 2027.
    assert [b for b in check(plan, from_year=2027) if b.rule == rotation.ALIGNED] == []


def test_check_reports_the_hospital_replacing_its_co_chair_the_year_the_municipal_one_changes():
    changes = {"somatic": {2027, 2028}, "steering": {2028}}
    plan = _plan_from_table(steering_periods("Silkeborg"), hospital_changes=changes)
    breaches = check(plan)
    assert [(b.rule, b.fora, b.year) for b in breaches] == [(rotation.HOSPITAL, ("somatic",), 2028)]
    assert breaches[0].text == (
        "HE Midt udskifter sin medformand i Voksentemagruppen for somatik i 2028, samme år som"
        " den kommunale medformand skifter."
    )
    assert plan.hospital_free_years("somatic") == [2021, 2022, 2024, 2025, 2027, 2029]
    assert plan.hospital_free_years("steering") == [2021, 2022, 2024, 2025, 2027, 2028, 2029]


def test_check_reports_uneven_spread_and_a_municipality_keeping_the_chair():
    periods = history(2025)
    periods["children"] += [Period("children", 2026, 2027, "Skive")]
    periods["steering"] = steering_periods("Silkeborg")
    plan = rotation.Plan(STEERING, THEMES, TOWNS, periods)
    plan.periods["somatic"] += [Period("somatic", 2026, 2029, "Silkeborg")]
    plan.periods["psychiatry"] += [Period("psychiatry", 2026, 2029, "Silkeborg")]
    rules = {(b.rule, b.year) for b in check(plan)}
    assert (rotation.SPREAD, 2026) in rules
    assert (rotation.ROTATION, 2026) in rules
    texts = [b.text for b in check(plan) if b.rule == rotation.ROTATION]
    assert texts == [
        "Skive har det kommunale medformandskab i Temagruppen for børn, unge og familie både"
        " 2023–2025 og 2026–2027: medformandskabet roterer.",
        "Silkeborg har det kommunale medformandskab i Voksentemagruppen for psykiatri både"
        " 2023–2025 og 2026–2029: medformandskabet roterer.",
        "Silkeborg har det kommunale medformandskab i Voksentemagruppen for somatik både"
        " 2023–2025 og 2026–2029: medformandskabet roterer.",
    ]


# --- The registered periods and the memberships that follow them ---------------------------


@pytest.fixture
def midt(db):
    cluster = ClusterFactory(name="Midtklyngen", slug="midtklyngen")
    hospital = OrganisationFactory(
        name="Hospitalsenhed Midt", short_name="HE Midt", kind=Organisation.Kind.HOSPITAL
    )
    towns = {t: OrganisationFactory(name=f"{t} Kommune") for t in TOWNS}
    cluster.parties.add(hospital, *towns.values())
    steering = ForumFactory(
        cluster=cluster, name="Klyngestyregruppen", slug="styregruppe", kind=Forum.Kind.STEERING
    )
    themes = [
        ForumFactory(cluster=cluster, name=t.name, slug=t.key, position=i + 1)
        for i, t in enumerate(THEMES)
    ]
    for forum, first, last, town in [
        (steering, 2021, 2022, "Silkeborg"),
        (steering, 2023, 2025, "Viborg"),
        *(
            (theme, first, last, town)
            for (first, last), row in SEED_TABLE.items()
            if last <= 2025
            for theme, town in zip(themes, row, strict=True)
        ),
    ]:
        ChairRotationPeriod.objects.create(
            forum=forum,
            party=towns[town],
            starts_on=datetime.date(first, 1, 1),
            ends_on=datetime.date(last + 1, 1, 1),
        )
    secretary = User.objects.create_user("sekretariat", password="x")
    secretary.roles.create(role=Role.SECRETARIAT, cluster=cluster)
    reader = User.objects.create_user("laeser", password="x")
    reader.roles.create(role=Role.READER, cluster=cluster)
    return {
        "cluster": cluster,
        "hospital": hospital,
        "towns": towns,
        "steering": steering,
        "themes": themes,
        "secretary": secretary,
        "reader": reader,
    }


def test_starting_a_period_moves_the_co_chair_and_the_born_seat(midt):
    theme, steering = midt["themes"][1], midt["steering"]
    skive, silkeborg = midt["towns"]["Skive"], midt["towns"]["Silkeborg"]
    old = MembershipFactory(
        forum=theme,
        person=PersonFactory(name="Anita Jensen", organisation=silkeborg),
        party=silkeborg,
        role=Membership.Role.CO_CHAIR,
        starts_on=datetime.date(2023, 1, 1),
    )
    hospital_chair = MembershipFactory(
        forum=theme, party=midt["hospital"], role=Membership.Role.CO_CHAIR
    )
    born = MembershipFactory(
        forum=steering,
        person=old.person,
        party=silkeborg,
        ex_officio_via=old,
        starts_on=datetime.date(2023, 1, 1),
    )
    newcomer = PersonFactory(name="Lone Skive", organisation=skive)
    period = ChairRotationPeriod.objects.create(
        forum=theme, party=skive, starts_on=datetime.date(2028, 1, 1)
    )
    day = datetime.date(2028, 1, 1)

    chair = services.start_period(period, newcomer, day)

    old.refresh_from_db()
    born.refresh_from_db()
    hospital_chair.refresh_from_db()
    assert old.ends_on == day  # the first day without the seat: ended the day before
    assert born.ends_on == day
    assert hospital_chair.ends_on is None  # the hospital side is not touched
    assert (chair.person, chair.party, chair.role, chair.starts_on) == (
        newcomer,
        skive,
        Membership.Role.CO_CHAIR,
        day,
    )
    new_born = Membership.objects.get(forum=steering, person=newcomer)
    assert new_born.ex_officio_via == chair and new_born.starts_on == day
    period.refresh_from_db()
    assert period.person == newcomer and period.membership == chair
    # Through the services, so in the audit trail.
    assert LogEntry.objects.get_for_object(old).filter(action=LogEntry.Action.UPDATE).exists()
    assert LogEntry.objects.get_for_object(chair).filter(action=LogEntry.Action.CREATE).exists()

    with pytest.raises(services.ValidationError):
        services.start_period(period, newcomer, day)


def test_a_period_must_be_for_a_party_of_the_forum_and_not_overlap(midt):
    theme = midt["themes"][0]
    outside = OrganisationFactory(name="Horsens Kommune")
    with pytest.raises(services.ValidationError) as error:
        services.save_rotation_period(
            ChairRotationPeriod(forum=theme, party=outside, starts_on=datetime.date(2026, 1, 1))
        )
    assert "party" in error.value.error_dict
    with pytest.raises(services.ValidationError) as error:
        services.save_rotation_period(
            ChairRotationPeriod(
                forum=theme, party=midt["towns"]["Viborg"], starts_on=datetime.date(2024, 1, 1)
            )
        )
    assert "starts_on" in error.value.error_dict
    # The hospital side has its own periods.
    services.save_rotation_period(
        ChairRotationPeriod(
            forum=theme, party=midt["hospital"], starts_on=datetime.date(2024, 1, 1)
        )
    )


def _page(client, user, **query):
    client.force_login(user)
    return client.get(reverse("organisation:rotation", args=["midtklyngen"]), query)


def _cells(html: str) -> list[str]:
    body = html.split('id="proposal-heading"')[1].split("</table>")[0]
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", body)]


def test_page_shows_the_seed_table_and_the_reader_cannot_change_it(midt, client, settings):
    response = _page(client, midt["reader"], ahead=1, steering_2026="Silkeborg Kommune")
    assert response.status_code == 200
    html = response.content.decode()
    cells = _cells(html)
    # 2026–2027 and 2028–2029 of seed 001 (the years before are the registered history).
    assert cells[-8:] == [
        "HE Midt og Silkeborg Kommune",
        "HE Midt og Viborg Kommune forslag",
        "HE Midt og Viborg Kommune forslag",
        "HE Midt og Silkeborg Kommune forslag",
        "(fortsat)",
        "HE Midt og Skive Kommune forslag",
        "HE Midt og Skive Kommune forslag",
        "HE Midt og Viborg Kommune forslag",
    ]
    assert "Registrér de foreslåede perioder" not in html
    denied = client.post(reverse("organisation:rotation_register", args=["midtklyngen"]))
    assert denied.status_code == 403


def test_secretariat_registers_the_plan_and_it_is_not_duplicated(midt, client):
    client.force_login(midt["secretary"])
    url = reverse("organisation:rotation_register", args=["midtklyngen"])
    data = {"ahead": 1, "steering_2026": "Silkeborg Kommune"}
    data |= {f"years_{t.slug}": 2 for t in midt["themes"]}
    response = client.post(url, data)
    assert response.status_code == 302
    new = ChairRotationPeriod.objects.filter(starts_on__year__gte=2026)
    assert sorted((p.forum.slug, p.label, p.party.name) for p in new) == sorted(
        [("styregruppe", "2026–2029", "Silkeborg Kommune")]
        + [
            (theme.key, f"{first}–{last}", f"{town} Kommune")
            for (first, last), row in SEED_TABLE.items()
            if first >= 2026
            for theme, town in zip(THEMES, row, strict=True)
        ]
    )
    client.post(url, data)
    assert new.count() == 7
    page = _page(client, midt["secretary"]).content.decode()
    assert "Planen overholder reglerne fra 2026." in page
    assert "Start perioden" in page


def test_page_for_someone_outside_the_cluster_is_denied(midt, client):
    outsider = User.objects.create_user("udenfor", password="x")
    assert _page(client, outsider).status_code == 403


# --- In the browser ------------------------------------------------------------------------


def test_rotation_page_in_the_browser(midt, page, live_server, login, axe):
    silkeborg = midt["towns"]["Silkeborg"]
    PersonFactory(name="Malene Herbsleb", organisation=silkeborg)
    midt["secretary"].set_password("et-godt-kodeord-1")
    midt["secretary"].save()
    login(page, live_server, "sekretariat", "et-godt-kodeord-1")
    page.goto(f"{live_server.url}/organisation/klynger/midtklyngen/")
    page.get_by_role("link", name="Formandsrotation").click()
    page.get_by_label("Klyngestyregruppen 2026–2029: kommunal medformand").select_option(
        "Silkeborg Kommune"
    )
    page.get_by_role("button", name="Foreslå", exact=True).click()
    table = page.locator("table.klynge-rotation").first
    assert "HE Midt og Silkeborg Kommune" in table.locator("tr").nth(3).inner_text()
    axe(page)
    page.get_by_role("button", name="Registrér de foreslåede perioder").click()
    assert "Planen er registreret" in page.locator("main").inner_text()
    period = ChairRotationPeriod.objects.get(forum=midt["steering"], starts_on__year=2026)
    form = page.locator(f"form[action$='/formandsrotation/{period.pk}/start/']")
    form.get_by_label("Medformand").select_option(label="Malene Herbsleb")
    form.get_by_role("button").click()
    assert "Malene Herbsleb er medformand" in page.locator("main").inner_text()
    axe(page)
    chair = Membership.objects.get(forum=midt["steering"], person__name="Malene Herbsleb")
    assert chair.role == Membership.Role.CO_CHAIR and chair.starts_on == datetime.date(2026, 1, 1)


# --- The demo ------------------------------------------------------------------------------


def test_demo_registers_seed_001_plan_for_midtklyngen(db, settings):
    from klynge.demo.build import build_demo
    from klynge.organisation.rotation import queries

    settings.DEMO = True
    build_demo()
    build_demo()  # idempotent
    cluster = Cluster.objects.get(slug="midtklyngen")
    setup = queries.rotation_setup(cluster)
    assert len(setup.periods) == 2 + 3 * 4
    plan = setup.registered_plan()
    rows = {
        r.label: [c.period.municipality if c.period and not c.continues else None for c in r.cells]
        for r in plan.rows()
    }
    assert rows == {
        "2021–2022": ["Silkeborg Kommune", "Skive Kommune", "Skive Kommune", "Viborg Kommune"],
        "2023–2025": ["Viborg Kommune", "Silkeborg Kommune", "Silkeborg Kommune", "Skive Kommune"],
        "2026–2027": [None, "Viborg Kommune", "Viborg Kommune", "Silkeborg Kommune"],
        "2028–2029": [None, "Skive Kommune", "Skive Kommune", "Viborg Kommune"],
    }
    steering = ChairRotationPeriod.objects.get(
        forum__slug="midtklyngen-klyngestyregruppe", party__name="Viborg Kommune"
    )
    assert steering.starts_on == datetime.date(2022, 9, 16)
    assert steering.person.name == "Mette Andreassen" and steering.is_started
    started = ChairRotationPeriod.objects.exclude(membership=None)
    assert sorted(p.person.name for p in started) == [
        "Anita Jensen",
        "Helle Trangbæk",
        "Lauge Clemmensen",
        "Mette Andreassen",
    ]
    # Psychiatry's hospital side is Regionspsykiatrien's co-chair (Yrsa Bro), as in the seed.
    assert [f.hospital for f in plan.themes] == ["HE Midt", "Regionspsykiatrien", "HE Midt"]


def test_page_queries_do_not_grow_with_the_periods(midt, client, django_assert_num_queries):
    client.force_login(midt["secretary"])
    url = reverse("organisation:rotation", args=["midtklyngen"])
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for theme in midt["themes"]:
        ChairRotationPeriod.objects.create(
            forum=theme, party=midt["towns"]["Viborg"], starts_on=datetime.date(2026, 1, 1)
        )
    with django_assert_num_queries(len(before.captured_queries)):
        client.get(url)


# --- The plan's helpers, the forms and registering -----------------------------------------


def test_election_periods_and_what_registering_a_plan_records():
    assert rotation.political_starts(2026, 3) == [2026, 2030, 2034]
    assert rotation.election_periods("steering", 2026, 2, {2026: "Skive"}) == [
        Period("steering", 2026, 2029, "Skive", given=True),
        Period("steering", 2030, 2033, None, given=True),
    ]
    plan = propose(STEERING, THEMES, TOWNS, steering_periods(None), history(2025))
    # The steering group's 2026–2029 names no municipality yet: not recorded.
    assert sorted((p.forum, p.label, p.municipality) for p in plan.appointed_from(2026)) == sorted(
        (theme.key, f"{first}–{last}", town)
        for (first, last), row in SEED_TABLE.items()
        if first >= 2026
        for theme, town in zip(THEMES, row, strict=True)
    )
    changes = {"somatic": {2027, 2028}, "steering": {2028}}
    plan = _plan_from_table(steering_periods("Silkeborg"), hospital_changes=changes)
    assert [(f.key, years) for f, years in plan.hospital_free_years_from(2027)] == [
        ("steering", [2027, 2028, 2029]),
        ("somatic", [2027, 2029]),
        ("psychiatry", [2027, 2029]),
        ("children", [2027, 2029]),
    ]


def test_plan_form_offers_each_election_period_and_theme_group(midt):
    skive = midt["towns"]["Skive"]
    ChairRotationPeriod.objects.create(
        forum=midt["steering"], party=skive, starts_on=datetime.date(2026, 1, 1)
    )
    setup = rotation.rotation_setup(midt["cluster"])

    form = rotation.RotationPlanForm(setup=setup, plan_from=2026)

    assert list(form.fields) == [
        "ahead",
        "steering_2026",
        "steering_2030",
        "steering_2034",
        "years_somatic",
        "years_psychiatry",
        "years_children",
    ]
    steering = form.fields["steering_2030"]
    assert steering.label == "Klyngestyregruppen 2030–2033: kommunal medformand"
    assert [value for value, _ in steering.choices] == [
        "",
        "Silkeborg Kommune",
        "Skive Kommune",
        "Viborg Kommune",
    ]
    assert [value for value, _ in form.fields["years_children"].choices] == [2, 3, 4]
    # Unbound: the registered municipality, the default period length.
    assert form.settings() == {
        "ahead": 1,
        "steering": {2026: "Skive Kommune", 2030: None, 2034: None},
        "years": {"somatic": 2, "psychiatry": 2, "children": 2},
    }


def test_plan_form_settings_follow_the_choices_and_fall_back_when_invalid(midt):
    setup = rotation.rotation_setup(midt["cluster"])
    chosen = {"ahead": "2", "steering_2030": "Viborg Kommune", "years_children": "3"}

    form = rotation.RotationPlanForm(chosen, setup=setup, plan_from=2026)

    assert form.settings() == {
        "ahead": 2,
        "steering": {2026: None, 2030: "Viborg Kommune", 2034: None},
        "years": {"somatic": 2, "psychiatry": 2, "children": 3},
    }
    assert form.proposal().themes[2].period_years == 3
    outside = rotation.RotationPlanForm(
        {"ahead": "2", "steering_2026": "Horsens Kommune"}, setup=setup, plan_from=2026
    )
    assert not outside.is_valid()
    assert outside.settings()["ahead"] == 1
    default = rotation.RotationPlanForm(setup=setup).plan_from
    assert default == rotation.political_period_start(timezone.localdate().year)


def test_start_form_chooses_among_the_people_it_is_given(midt):
    silkeborg = midt["towns"]["Silkeborg"]
    period = ChairRotationPeriod.objects.create(
        forum=midt["steering"], party=silkeborg, starts_on=datetime.date(2026, 1, 1)
    )
    malene = PersonFactory(name="Malene Herbsleb", organisation=silkeborg)
    other = PersonFactory(name="Anita Jensen", organisation=silkeborg)
    outsider = PersonFactory(name="Bo Skive", organisation=midt["towns"]["Skive"])

    form = rotation.StartPeriodForm(period=period, people=[malene])

    assert form.prefix == f"p{period.pk}"
    assert list(form.fields["person"].choices) == [("", "---------"), (malene.pk, malene.name)]
    assert form.fields["starts_on"].initial == datetime.date(2026, 1, 1)
    # Without people given, the form reads the party's own; another party's is refused.
    alone = rotation.StartPeriodForm(period=period)
    assert set(alone.fields["person"].queryset) == {malene, other}
    data = {f"p{period.pk}-starts_on": "2026-01-01"}
    refused = rotation.StartPeriodForm(
        {**data, f"p{period.pk}-person": outsider.pk}, period=period, people=[malene]
    )
    assert not refused.is_valid()
    accepted = rotation.StartPeriodForm(
        {**data, f"p{period.pk}-person": other.pk}, period=period, people=[malene]
    )
    assert accepted.is_valid()


def test_start_forms_only_for_periods_that_can_still_begin(midt, django_assert_num_queries):
    viborg = midt["towns"]["Viborg"]
    future = ChairRotationPeriod.objects.create(
        forum=midt["themes"][0], party=viborg, starts_on=datetime.date(2028, 1, 1)
    )
    PersonFactory(name="Åse Viborg", organisation=viborg)
    PersonFactory(name="Bo Viborg", organisation=viborg)
    setup = rotation.rotation_setup(midt["cluster"])
    today = datetime.date(2026, 12, 2)

    with django_assert_num_queries(0):
        reader = rotation.start_forms(setup, can_start=False, today=today)
    assert len(reader) == 2 + 3 * 2 + 1
    assert all(form is None for _, form in reader)

    with django_assert_num_queries(1):
        forms = dict(rotation.start_forms(setup, can_start=True, today=today))
    # The periods of 2021–2025 are over; only the one of 2028 can begin.
    assert [p for p, form in forms.items() if form is not None] == [future]
    names = [name for _, name in forms[future].fields["person"].choices]
    assert names == ["---------", "Bo Viborg", "Åse Viborg"]
    # In 2025 the four periods of 2023–2025 could still begin as well.
    in_2025 = dict(rotation.start_forms(setup, True, today=datetime.date(2025, 6, 1)))
    assert sum(form is not None for form in in_2025.values()) == 4 + 1


def test_registering_a_plan_stops_at_a_started_period(midt):
    cluster, steering = midt["cluster"], midt["steering"]
    running = ChairRotationPeriod.objects.get(forum=steering, starts_on__year=2023)
    running.ends_on = None
    running.save()
    setup = rotation.rotation_setup(cluster)
    plan = setup.proposal(2026, 1, {2026: "Silkeborg Kommune"}, {})

    created = services.register_plan(setup, plan, 2026)

    assert len(created) == 7
    running.refresh_from_db()
    assert running.ends_on == datetime.date(2026, 1, 1)
    assert services.register_plan(rotation.rotation_setup(cluster), plan, 2026) == []
    period = ChairRotationPeriod.objects.get(forum=steering, starts_on__year=2026)
    chair = PersonFactory(name="Malene Herbsleb", organisation=midt["towns"]["Silkeborg"])
    services.start_period(period, chair)
    setup = rotation.rotation_setup(cluster)
    other = setup.proposal(2026, 1, {2026: "Viborg Kommune"}, {})
    with pytest.raises(services.ValidationError) as error:
        services.register_plan(setup, other, 2026)
    assert error.value.messages == [
        "Klyngestyregruppen 2026–2029 er begyndt og ændres ikke af en plan."
    ]
    assert ChairRotationPeriod.objects.filter(starts_on__year__gte=2026).count() == 7
