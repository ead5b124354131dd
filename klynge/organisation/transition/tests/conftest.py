"""Midtklyngen on the eve of the reform: a steering group that carries on, a theme group that
ends, open work in both, a fund with a running initiative, and two agreements being implemented;
Sundhedsråd Midt, the council that succeeds it, exists from 1 January 2027."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.followup import services as followup
from klynge.followup.models import Action, BacklogItem
from klynge.meetings.history import PastApproval, PastItem, PastMeeting, record_past_meeting
from klynge.meetings.models import Meeting
from klynge.organisation.models import Cluster, Forum, Membership, Organisation
from klynge.organisation.tests.factories import (
    ClusterFactory,
    ForumFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
    RuleFactory,
    TermsFactory,
)
from klynge.organisation.transition.plan import ForumChoice, TransitionPlan
from klynge.portfolio import services as portfolio
from klynge.portfolio.models import Agreement, BudgetLine, Fund, Implementation, Initiative

PASSWORD = "klynge-test-password"
KR = 100
K = BudgetLine.Kind


@dataclass
class Reform:
    cluster: Cluster
    council: Cluster
    steering: Forum
    theme: Forum
    council_forum: Forum
    committee: Forum
    hospital: Organisation
    viborg: Organisation
    fund: Fund
    running: Initiative
    past_meeting: Meeting
    secretary: User


def aware(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def plan(reform: Reform, **changes) -> TransitionPlan:
    fields = {
        "ending": (reform.cluster.slug,),
        "successor": reform.council.slug,
        "takes_effect_on": datetime.date(2027, 1, 1),
        "fora": {
            reform.steering.slug: ForumChoice("carry", "keep"),
            reform.theme.slug: ForumChoice("end"),
        },
    }
    return TransitionPlan(**(fields | changes))


@pytest.fixture
def reform(db) -> Reform:
    cluster = ClusterFactory(name="Midtklyngen", slug="midtklyngen")
    hospital = OrganisationFactory(name="Hospitalsenhed Midt", kind=Organisation.Kind.HOSPITAL)
    viborg = OrganisationFactory(name="Viborg Kommune")
    cluster.parties.add(hospital, viborg)
    council = ClusterFactory(
        name="Sundhedsråd Midt",
        slug="sundhedsraad-midt",
        kind=Cluster.Kind.COUNCIL,
        valid_from=datetime.date(2027, 1, 1),
    )
    council.parties.add(hospital, viborg)
    council_forum = ForumFactory(
        cluster=council, name="Sundhedsrådet", slug="sundhedsraad-midt-raadet", kind="political"
    )
    steering, theme = _fora(cluster)
    committee = ForumFactory(
        cluster=None, name="Fødeplanudvalget", slug="foedeplanudvalget", kind="regional_committee"
    )
    _seats(steering, theme, hospital, viborg)
    past = _past_meeting(steering)
    _open_work(steering, theme, past)
    fund, running = _money(cluster, steering, viborg)
    _agreements(cluster, steering, committee)
    secretary = User.objects.create_user("sekretariat", password=PASSWORD)
    RoleAssignment.objects.create(user=secretary, role=Role.SECRETARIAT, cluster=cluster)
    RoleAssignment.objects.create(user=secretary, role=Role.SECRETARIAT, cluster=council)
    return Reform(
        cluster,
        council,
        steering,
        theme,
        council_forum,
        committee,
        hospital,
        viborg,
        fund,
        running,
        past,
        secretary,
    )


def _fora(cluster: Cluster) -> tuple[Forum, Forum]:
    steering = ForumFactory(
        cluster=cluster, name="Klyngestyregruppen", slug="midtklyngen-styregruppe", kind="steering"
    )
    theme = ForumFactory(
        cluster=cluster,
        name="Temagruppen for psykiatri",
        slug="midtklyngen-psykiatri",
        reports_to=steering,
        position=2,
    )
    TermsFactory(forum=steering, version=1, status="superseded")
    terms = TermsFactory(forum=steering, version=2, title="Kommissorium for styregruppen")
    RuleFactory(terms=terms, role_text="direktører", min_count=1)
    TermsFactory(forum=theme, version=1, title="Kommissorium for temagruppen")
    return steering, theme


def _seats(steering: Forum, theme: Forum, hospital: Organisation, viborg: Organisation) -> None:
    rule = steering.terms.get(version=2).rules.get()
    MembershipFactory(
        forum=steering, person__name="Jonas Dahl", party=hospital, role=Membership.Role.CO_CHAIR
    )
    MembershipFactory(
        forum=steering,
        person__name="Mette Andreassen",
        party=viborg,
        role=Membership.Role.CO_CHAIR,
        rule=rule,
    )
    MembershipFactory(forum=steering, person__name="Kristine Stange", party=viborg)
    MembershipFactory(
        forum=steering, person__name="Tidligere Medlem", ends_on=datetime.date(2024, 1, 1)
    )
    MembershipFactory(forum=theme, person__name="Anne Psykiater", party=hospital)


def _past_meeting(steering: Forum) -> Meeting:
    day = datetime.date(2023, 6, 7)
    return record_past_meeting(
        PastMeeting(
            forum=steering,
            title="Møde i klyngestyregruppen",
            starts_at=aware(day, 9),
            ends_at=aware(day, 11),
            agenda_published_at=aware(day - datetime.timedelta(days=7), 9),
            items=[
                PastItem(
                    "Telemedicinsk KOL",
                    recommendations=["at styregruppen godkender oplægget"],
                    minutes_text="Oplægget blev godkendt.",
                    decisions=[(1, "approved", "Godkendt.")],
                )
            ],
            approval=PastApproval(outside_at=aware(day, 15), outside_note="Godkendt på mail."),
        )
    )


def _open_work(steering: Forum, theme: Forum, past: Meeting) -> None:
    person = PersonFactory(name="Ansvarlig Person")
    for title, forum, status in [
        ("Model for økonomistyring", steering, Action.Status.OPEN),
        ("Plan for opsporing", steering, Action.Status.IN_PROGRESS),
        ("Temadag om psykiatri", theme, Action.Status.OPEN),
        ("Afsluttet opgave", theme, Action.Status.DONE),
    ]:
        followup.save_action(
            Action(forum=forum, title=title, status=status, responsible_person=person)
        )
    followup.propose(theme, "Drøftelse af pårørendeinddragelse")
    withdrawn = followup.propose(theme, "Trukket punkt")
    followup.withdraw(withdrawn)
    followup.forward(past.items.get(), theme, note="Temagruppen bedes komme med et oplæg.")
    assert BacklogItem.objects.filter(forum=theme).count() == 3


def _money(cluster: Cluster, steering: Forum, viborg: Organisation) -> tuple[Fund, Initiative]:
    fund = portfolio.save_fund(
        Fund(
            cluster=cluster,
            owner_forum=steering,
            name="Klyngemidler",
            granted_ore=1_000_000 * KR,
            start_year=2023,
            end_year=2027,
        )
    )
    running = _initiative(fund, "Tele-KOL", Initiative.Status.RUNNING, viborg)
    for year, kind, kroner in [
        (2025, K.BUDGET, 200_000),
        (2025, K.ACTUAL, 190_000),
        (2026, K.BUDGET, 100_000),
        (2027, K.BUDGET, 150_000),
    ]:
        _line(running, year, kind, kroner)
    portfolio.carry_over(running, 2026, 2027, 30_000 * KR)
    _line(_initiative(fund, "Afsluttet", Initiative.Status.COMPLETED), 2024, K.BUDGET, 100_000)
    _line(_initiative(fund, "Forslag", Initiative.Status.PROPOSED), 2027, K.BUDGET, 50_000)
    return fund, running


def _initiative(fund: Fund, name: str, status: str, party: Organisation | None = None):
    return portfolio.save_initiative(
        Initiative(
            fund=fund, name=name, owner_forum=fund.owner_forum, status=status, economy_party=party
        )
    )


def _line(initiative: Initiative, year: int, kind: str, kroner: int) -> None:
    portfolio.save_budget_line(
        BudgetLine(initiative=initiative, year=year, kind=kind, amount_ore=kroner * KR)
    )


def _agreements(cluster: Cluster, steering: Forum, committee: Forum) -> None:
    for name, forum in [("Amning", steering), ("Fødsler", committee)]:
        agreement = portfolio.save_agreement(
            Agreement(region=cluster.region, name=name, steering_forum=committee)
        )
        portfolio.save_implementation(
            Implementation(
                agreement=agreement, cluster=cluster, implementing_forum=forum, status="in_progress"
            )
        )
