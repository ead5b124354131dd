"""Build a seed meeting through the meeting cycle's services, from data held as Python literals.

A seed meeting is described by a ``MeetingSpec`` and a list of item dicts::

    {"kind": "decision", "title": …, "presenters": …, "duration_minutes": 20,
     "summary": …, "case_text": …, "recommendations": [str, …],
     "attachments": [(title, url or None), …], "minutes_text": …,
     "decisions": [(recommendation number or None, outcome, text), …], "dissent": …}

The meeting is created, its items saved, the agenda published, the apologies recorded, the
meeting held, the minutes written item by item, approved and published — each step by the
service the secretariat's screens use, so the demo meets the same rules. A meeting of the forum
on that day that exists already is left as it is (the build is idempotent).
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

from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Forum, Person

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
    """Who approved the minutes: the chairs in Klynge, or a note of an approval outside it."""

    chairs: list[str] = field(default_factory=list)
    chairs_at: datetime.datetime | None = None
    outside_at: datetime.datetime | None = None
    outside_note: str = ""

    @property
    def at(self) -> datetime.datetime | None:
        return self.outside_at or self.chairs_at


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
        meeting = _create(spec)
        items = [_save_item(meeting, data) for data in spec.items]
        # The seed meetings happened long ago: their records carry the days they were made.
        services.publish_agenda(meeting, at=spec.starts_at - datetime.timedelta(days=7))
        _invite_missing(meeting, spec.invitees)
        _record_apologies(meeting, spec.apologies)
        services.hold_meeting(meeting)
        for item, data in zip(items, spec.items, strict=True):
            _record_minutes(item, data)
        _approve(meeting, spec.approval)
        services.publish_minutes(meeting, at=spec.approval.at)
    return meeting


def _check_decisions(items: list[ItemData]) -> None:
    """Every recommendation of the seed data has exactly one decision."""
    for data in items:
        numbers = [n for n, _outcome, _text in data.get("decisions", []) if n is not None]
        expected = list(range(1, len(data.get("recommendations", [])) + 1))
        if sorted(numbers) != expected:
            raise ValueError(f"{data['title']}: decisions {numbers}, recommendations {expected}")


def _person(name: str) -> Person:
    return Person.objects.get(name=name)


def _create(spec: MeetingSpec) -> Meeting:
    forum_obj: Forum = forum(spec.forum_slug)
    meeting = services.create_meeting(
        forum_obj,
        title=spec.title,
        starts_at=spec.starts_at,
        ends_at=spec.ends_at,
        place=spec.place,
        booking_note=spec.booking_note,
        virtual_address=spec.virtual_address,
        leader=_person(spec.leader),
    )
    meeting.minute_takers.set([_person(name) for name in spec.minute_takers])
    return meeting


def _case_text(data: ItemData) -> str:
    """The case text; attachments known only by title (no file, no link) are listed in it."""
    titles = [title for title, url in data.get("attachments", []) if not url]
    text = data.get("case_text", "")
    if not titles:
        return text
    listing = "**Bilag**\n\n" + "\n".join(f"- {title}" for title in titles)
    return f"{text}\n\n{listing}" if text else listing


def _save_item(meeting: Meeting, data: ItemData) -> AgendaItem:
    item = AgendaItem(
        meeting=meeting,
        kind=data["kind"],
        title=data["title"],
        presenters=data.get("presenters", ""),
        duration_minutes=data.get("duration_minutes", 0),
        summary=data.get("summary", ""),
        case_text=_case_text(data),
        guests=data.get("guests", ""),
    )
    services.save_item(item, recommendations=data.get("recommendations", []))
    for title, url in data.get("attachments", []):
        if url:
            services.add_attachment(item, title, url=url)
    return item


def _invite_missing(meeting: Meeting, invitees: list[str]) -> None:
    """A person the seed lists as invited who holds no seat on the day comes as a guest."""
    invited = set(meeting.attendances.values_list("person__name", flat=True))
    for name in invitees:
        if name not in invited:
            person = _person(name)
            services.add_guest(meeting, person, None, person.title)


def _record_apologies(meeting: Meeting, names: list[str]) -> None:
    for name in names:
        services.record_apology(meeting.attendances.get(person__name=name))


def _record_minutes(item: AgendaItem, data: ItemData) -> None:
    decisions = data.get("decisions", [])
    if not (data.get("minutes_text") or decisions or data.get("dissent")):
        return
    by_number = {rec.number: rec for rec in item.recommendations.all()}
    services.record_minutes(
        item,
        data.get("minutes_text", ""),
        data.get("dissent", ""),
        [(by_number[n] if n else None, outcome, text) for n, outcome, text in decisions],
    )


def _approve(meeting: Meeting, approval: Approval) -> None:
    for name in approval.chairs:
        services.approve_minutes(meeting, _person(name), at=approval.chairs_at)
    if approval.outside_at is not None:
        services.record_approval_outside(meeting, approval.outside_at, approval.outside_note)
