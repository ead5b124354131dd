"""Seed 001's "Plan for kommunernes rotation i formandskaberne", registered for Midtklyngen.

The table itself is midtklyngen.ROTATION. The steering group's changeover of 16.9.2022 (seed 001's
footnote *) is its real date; every other period runs from 1 January. The periods that have begun
are linked to the co-chair seats the demo already holds (Lauge Clemmensen, Mette Andreassen, Anita
Jensen, Helle Trangbæk).
"""

from __future__ import annotations

import datetime

from klynge.organisation.models import ChairRotationPeriod, Membership
from klynge.organisation.rotation import services

from .helpers import forum, organisation
from .midtklyngen import ROTATION, STEERING
from .midtklyngen_members import CO_CHAIR_CHANGE

NOTES = {
    (STEERING, "2023-2025"): (
        "Det kommunale medformandskab i Klyngestyregruppen følger det kommunale"
        " medformandskab i den politiske sundhedsklynge og skiftede pr. 16.9.2022 fra Silkeborg"
        " til Viborg Kommune."
    ),
}


def _dates(slug: str, label: str) -> tuple[datetime.date, datetime.date]:
    first, last = (int(year) for year in label.split("-"))
    starts_on, ends_on = datetime.date(first, 1, 1), datetime.date(last + 1, 1, 1)
    if slug == STEERING and first == 2023:
        starts_on = CO_CHAIR_CHANGE
    if slug == STEERING and last == 2022:
        ends_on = CO_CHAIR_CHANGE
    return starts_on, ends_on


def build_rotation() -> None:
    for slug, periods in ROTATION.items():
        forum_obj = forum(slug)
        for label, town in periods.items():
            party = organisation(f"{town} Kommune")
            starts_on, ends_on = _dates(slug, label)
            period = ChairRotationPeriod.objects.filter(
                forum=forum_obj, party=party, starts_on=starts_on
            ).first() or ChairRotationPeriod(forum=forum_obj, party=party, starts_on=starts_on)
            period.ends_on = ends_on
            period.note = NOTES.get((slug, label), "")
            seat = Membership.objects.filter(
                forum=forum_obj, party=party, role=Membership.Role.CO_CHAIR, starts_on=starts_on
            ).first()
            if seat is not None:
                period.person, period.membership = seat.person, seat
            services.save_rotation_period(period)
