"""Build a seed meeting through the meeting cycle's services, from data held as Python literals.

A seed meeting is described by a ``MeetingSpec`` and a list of item dicts::

    {"kind": "decision", "title": …, "presenters": …, "duration_minutes": 20,
     "summary": …, "case_text": …, "recommendations": [str, …],
     "attachments": [(title, url or None), …], "minutes_text": …,
     "decisions": [(recommendation number or None, outcome, text), …], "dissent": …}

The spec becomes a record of a past meeting and is saved by the same service as an imported
document (meetings/history.py): created, items saved, agenda published, apologies recorded, held,
minutes written, approved and published — each step by the service the secretariat's screens
use, so the demo meets the same rules. A meeting of the forum on that day that exists already is
left as it is (the build is idempotent).
"""

from __future__ import annotations

import datetime
import re
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.test import override_settings

from klynge.meetings.history import (
    PastApproval,
    PastAttendance,
    PastItem,
    PastMeeting,
    record_past_meeting,
)
from klynge.meetings.models import Meeting
from klynge.organisation.models import Person

from .helpers import forum

# Seed meetings are history: publishing their agendas must not mail anybody.
SILENT_MAIL = "django.core.mail.backends.dummy.EmailBackend"

ItemData = dict[str, Any]


@contextmanager
def silent_mail() -> Iterator[None]:
    """Mail sent while building (also on commit, if the commit happens inside) goes nowhere."""
    with override_settings(EMAIL_BACKEND=SILENT_MAIL):
        yield


@dataclass(frozen=True)
class Approval:
    """Who approved the minutes, by name: the chairs in Klynge, or a note of an approval
    outside it."""

    chairs: list[str] = field(default_factory=list)
    chairs_at: datetime.datetime | None = None
    outside_at: datetime.datetime | None = None
    outside_note: str = ""


@dataclass(frozen=True)
class MeetingSpec:
    forum_slug: str
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: str
    leader: str
    invitees: list[str]
    apologies: list[str]
    items: list[ItemData]
    approval: Approval
    booking_note: str = ""
    virtual_address: str = ""
    minute_takers: list[str] = field(default_factory=list)


# A bullet that opens with a date ("- 15. september 2023 …") is not a nested numbered list.
_BULLET_DATE = re.compile(r"^- (\d+)\. ", re.MULTILINE)


def md(text: str) -> str:
    """Markdown from a wrapped, indented literal: blank lines separate blocks, a line indented
    deeper than the block continues the line above, every other line stays a line."""
    lines: list[str] = []
    for raw in textwrap.dedent(text).strip("\n").splitlines():
        if not raw.strip():
            lines.append("")
        elif raw[0].isspace() and lines and lines[-1]:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return _BULLET_DATE.sub(r"- \1\\. ", text)


def existing(spec: MeetingSpec) -> Meeting | None:
    day = spec.starts_at.date()
    return Meeting.objects.filter(forum__slug=spec.forum_slug, starts_at__date=day).first()


def build_meeting(spec: MeetingSpec) -> Meeting:
    """The seed meeting, built through the whole cycle unless it exists already."""
    found = existing(spec)
    if found is not None:
        return found
    _check_decisions(spec.items)
    with silent_mail():
        return record_past_meeting(past_meeting(spec))


def past_meeting(spec: MeetingSpec) -> PastMeeting:
    """The spec as a record: the forum's seated members were invited, the other invitees came
    as guests, and the agenda went out a week before the meeting."""
    invited = [PastAttendance(p, role_text=p.title) for p in map(_person, spec.invitees)]
    apologies = [PastAttendance(_person(name), apology=True) for name in spec.apologies]
    return PastMeeting(
        forum=forum(spec.forum_slug),
        title=spec.title,
        starts_at=spec.starts_at,
        ends_at=spec.ends_at,
        agenda_published_at=spec.starts_at - datetime.timedelta(days=7),
        place=spec.place,
        leader=_person(spec.leader),
        minute_takers=[_person(name) for name in spec.minute_takers],
        booking_note=spec.booking_note,
        virtual_address=spec.virtual_address,
        items=[_item(data) for data in spec.items],
        attendance=invited + apologies,
        seated_invited=True,
        approval=_approval(spec.approval),
    )


def _check_decisions(items: list[ItemData]) -> None:
    """Every recommendation of the seed data has exactly one decision."""
    for data in items:
        numbers = [n for n, _outcome, _text in data.get("decisions", []) if n is not None]
        expected = list(range(1, len(data.get("recommendations", [])) + 1))
        if sorted(numbers) != expected:
            raise ValueError(f"{data['title']}: decisions {numbers}, recommendations {expected}")


def _person(name: str) -> Person:
    return Person.objects.get(name=name)


def _item(data: ItemData) -> PastItem:
    return PastItem(
        kind=data["kind"],
        title=data["title"],
        presenters=data.get("presenters", ""),
        duration_minutes=data.get("duration_minutes", 0),
        summary=data.get("summary", ""),
        case_text=data.get("case_text", ""),
        guests=data.get("guests", ""),
        recommendations=data.get("recommendations", []),
        attachments=[(title, url or "") for title, url in data.get("attachments", [])],
        minutes_text=data.get("minutes_text", ""),
        dissent=data.get("dissent", ""),
        decisions=data.get("decisions", []),
    )


def _approval(approval: Approval) -> PastApproval:
    return PastApproval(
        chairs=[_person(name) for name in approval.chairs],
        chairs_at=approval.chairs_at,
        outside_at=approval.outside_at,
        outside_note=approval.outside_note,
    )
