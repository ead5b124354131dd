"""Build the whole demo from the seed documents, in dependency order."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from klynge.followup.models import Action, BacklogItem, Referral
from klynge.meetings.models import AgendaItem, Decision, Meeting
from klynge.organisation.models import (
    Carryover,
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    Organisation,
    OrganisationalChange,
    Person,
    Region,
    TermsOfReference,
)
from klynge.portfolio.models import (
    Agreement,
    BudgetLine,
    Fund,
    Implementation,
    Initiative,
    Milestone,
    StatusReport,
)

from . import foedeplan, midtklyngen, midtklyngen_groups, midtklyngen_members, reform, syddanmark
from .agreements import build_agreements
from .followup_003 import build_followup_003
from .followup_004 import build_followup_004
from .logins import build_logins
from .meeting_003 import build_meeting_003
from .meeting_004 import build_meeting_004
from .meeting_cycle import silent_mail
from .organisation import build_organisation
from .portfolio_003 import build_portfolio_003
from .portfolio_004 import build_portfolio_004
from .present import build_present
from .rotation_001 import build_rotation

COUNTED = [
    ("regioner", Region),
    ("klynger og sundhedsråd", Cluster),
    ("organisationer", Organisation),
    ("fora", Forum),
    ("kommissorier", TermsOfReference),
    ("sammensætningsregler", CompositionRule),
    ("personer", Person),
    ("medlemskaber", Membership),
    ("møder", Meeting),
    ("dagsordenspunkter", AgendaItem),
    ("beslutninger", Decision),
    ("opfølgninger", Action),
    ("punkter til kommende møder", BacklogItem),
    ("videresendelser", Referral),
    ("klyngemidler", Fund),
    ("initiativer", Initiative),
    ("budgetlinjer", BudgetLine),
    ("samarbejdsaftaler", Agreement),
    ("milepæle", Milestone),
    ("implementeringer", Implementation),
    ("statusrapporter", StatusReport),
    ("organisationsændringer", OrganisationalChange),
    ("overførte poster", Carryover),
]


def build_midtklyngen() -> None:
    """Seed 001 and seed 003."""
    fora = midtklyngen.build_fora()
    rules = midtklyngen.build_terms(fora)
    midtklyngen_members.build_steering_members(fora, rules)
    midtklyngen_groups.build_groups(fora)
    build_rotation()


def build_meetings() -> None:
    """Seeds 003 and 004: the two meetings, each through the whole meeting cycle."""
    build_meeting_003()
    build_meeting_004()


def build_followup() -> None:
    """Seeds 003 and 004: what the meetings left to do, forwarded or put on coming agendas."""
    build_followup_003()
    build_followup_004()


def build_seeds() -> None:
    """Every seed's data, as it stood before the reform."""
    build_organisation()
    build_midtklyngen()
    foedeplan.build_foedeplan()
    syddanmark.build_syddanmark()
    build_meetings()
    build_followup()
    build_portfolio_003()
    build_portfolio_004()
    build_agreements()


def build_demo(
    transitions: bool = True, today: datetime.date | None = None, logins: bool = False
) -> None:
    """Every seed's data, the reform of 1 January 2027, and the present: the fora's coming
    meetings planned relative to `today` (by default the day it runs). Running it again the same
    day changes nothing. Without `transitions` the councils are built but the clusters are left
    for the secretariat to carry into them in the wizard, and nothing is planned after the
    clusters' last day. With `logins` the demo logins are made too, and speak in the present.

    Once the clusters have been through the transition the seeds are not built again: that would
    reopen the seats, terms, actions and funds the transition ended or moved.
    Publishing the seed meetings' agendas would mail the invitees when the transaction commits:
    the mail backend is silenced until after the commit.
    """
    with silent_mail(), transaction.atomic():
        if not reform.has_run():
            build_seeds()
        reform.build_reform(transitions)
        if logins:
            build_logins()
        build_present(today or timezone.localdate())


def counts() -> list[tuple[str, int]]:
    return [(label, model.objects.count()) for label, model in COUNTED]
