"""Build the whole demo from the seed documents, in dependency order."""

from __future__ import annotations

from django.db import transaction

from klynge.organisation.models import (
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
    TermsOfReference,
)

from . import foedeplan, midtklyngen, midtklyngen_groups, midtklyngen_members, syddanmark
from .organisation import build_organisation

COUNTED = [
    ("regioner", Region),
    ("klynger", Cluster),
    ("organisationer", Organisation),
    ("fora", Forum),
    ("kommissorier", TermsOfReference),
    ("sammensætningsregler", CompositionRule),
    ("personer", Person),
    ("medlemskaber", Membership),
]


def build_midtklyngen() -> None:
    """Seed 001 and seed 003."""
    fora = midtklyngen.build_fora()
    rules = midtklyngen.build_terms(fora)
    midtklyngen_members.build_steering_members(fora, rules)
    midtklyngen_groups.build_groups(fora)


@transaction.atomic
def build_demo() -> None:
    """Every seed's data; running it again changes nothing."""
    build_organisation()
    build_midtklyngen()
    foedeplan.build_foedeplan()
    syddanmark.build_syddanmark()


def counts() -> list[tuple[str, int]]:
    return [(label, model.objects.count()) for label, model in COUNTED]
