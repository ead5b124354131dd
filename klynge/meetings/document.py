"""The agenda and the minutes as documents: one structure rendered as page, PDF and DOCX.

A document is built either from the live models or from a frozen version's JSON, so that every
version of a published agenda or approved minutes renders exactly like the live one did.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from klynge.addresses import KEY, per_key
from klynge.text import danish_sort_key

from .models import (
    KIND_LABELS,
    OUTCOME_LABELS,
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Meeting,
)
from .queries import MeetingData


@dataclass
class DecisionDoc:
    number: int | None
    outcome: str
    outcome_label: str
    text: str


@dataclass
class RecommendationDoc:
    number: int
    text: str
    decision: DecisionDoc | None = None


@dataclass
class AttachmentDoc:
    pk: int
    title: str
    url: str
    is_link: bool
    is_pdf: bool
    filename: str = ""
    size: int = 0


@dataclass
class ItemDoc:
    pk: int
    number: str | None  # as printed: "4", "4.a"; versions frozen earlier hold an int
    kind: str
    kind_label: str
    title: str
    presenters: str
    starts: str  # "08:30", empty when the item has no time
    ends: str
    summary: str
    case_text: str
    guests: str
    closed: bool
    minutes_text: str
    dissent: str
    recommendations: list[RecommendationDoc] = field(default_factory=list)
    attachments: list[AttachmentDoc] = field(default_factory=list)
    free_decisions: list[DecisionDoc] = field(default_factory=list)
    # Members who did not take part in the item (inhabilitet), by name.
    excluded: list[str] = field(default_factory=list)

    @property
    def times(self) -> str:
        return f"kl. {self.starts}–{self.ends}" if self.starts else ""

    @property
    def decisions(self) -> list[DecisionDoc]:
        """Every decision of the item: one per recommendation, then those without one."""
        per_recommendation = [r.decision for r in self.recommendations if r.decision]
        return per_recommendation + self.free_decisions


@dataclass
class PersonDoc:
    name: str
    title: str
    party: str
    role_text: str
    status: str
    substitute: str = ""
    is_guest: bool = False
    note: str = ""


# Those who did not come are listed apart (afbud, fraværende), never among the participants.
AWAY = {Attendance.Status.APOLOGY, Attendance.Status.ABSENT}


@dataclass
class PartyDoc:
    party: str
    people: list[PersonDoc]


@dataclass
class MeetingDoc:
    meeting_pk: int
    forum: str
    cluster: str
    title: str
    date: str  # ISO date, formatted by the templates
    starts: str
    ends: str
    place: str
    virtual_address: str
    booking_note: str
    leader: str
    minute_takers: list[str]
    invitees: list[PartyDoc]
    apologies: list[PersonDoc]
    guests: list[PersonDoc]
    items: list[ItemDoc]
    approvals: list[str] = field(default_factory=list)

    @property
    def day(self) -> datetime.date:
        return datetime.date.fromisoformat(self.date)

    @property
    def participants(self) -> list[PartyDoc]:
        """The invitees by party without those who sent apologies or were absent."""
        groups = [
            PartyDoc(group.party, [p for p in group.people if p.status not in AWAY])
            for group in self.invitees
        ]
        return [group for group in groups if group.people]

    @property
    def absent(self) -> list[PersonDoc]:
        """Invitees recorded as absent without apologies."""
        return [p for g in self.invitees for p in g.people if p.status == Attendance.Status.ABSENT]

    def without_closed(self) -> MeetingDoc:
        """The document as the public may see it: of closed items only their number."""
        return self.without({item.pk for item in self.items if item.closed})

    def without(self, hidden: set[int]) -> MeetingDoc:
        """The document with the items in `hidden` cut to their number and "Lukket punkt"."""
        if not hidden:
            return self
        shown = [closed_stub(item) if item.pk in hidden else item for item in self.items]
        return MeetingDoc(**{**self.__dict__, "items": shown})

    def item_flags(self) -> list[tuple[int, bool]]:
        """(pk, closed) of every item, for the policy to choose what to hide."""
        return [(item.pk, item.closed) for item in self.items]

    def as_agenda(self) -> MeetingDoc:
        """The agenda part only: what was sent out before the meeting."""
        items = [
            ItemDoc(
                **{
                    **item.__dict__,
                    "minutes_text": "",
                    "dissent": "",
                    "free_decisions": [],
                    "excluded": [],
                    "recommendations": [
                        RecommendationDoc(r.number, r.text) for r in item.recommendations
                    ],
                }
            )
            for item in self.items
        ]
        return MeetingDoc(**{**self.__dict__, "items": items, "approvals": []})

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MeetingDoc:
        data = dict(data)
        data["invitees"] = [
            PartyDoc(p["party"], [PersonDoc(**x) for x in p["people"]]) for p in data["invitees"]
        ]
        data["apologies"] = [PersonDoc(**x) for x in data["apologies"]]
        data["guests"] = [PersonDoc(**x) for x in data["guests"]]
        data["items"] = [_item_from_json(item) for item in data["items"]]
        return cls(**data)


def closed_stub(item: ItemDoc) -> ItemDoc:
    """A closed item as those outside it see it: that it exists, its number and its time."""
    return ItemDoc(
        pk=item.pk,
        number=item.number,
        kind="",
        kind_label="",
        title="",
        presenters="",
        starts=item.starts,
        ends=item.ends,
        summary="",
        case_text="",
        guests="",
        closed=True,
        minutes_text="",
        dissent="",
    )


def _decision_from_json(data: dict[str, Any] | None) -> DecisionDoc | None:
    return DecisionDoc(**data) if data else None


def _item_from_json(data: dict[str, Any]) -> ItemDoc:
    data = dict(data)
    data["recommendations"] = [
        RecommendationDoc(r["number"], r["text"], _decision_from_json(r["decision"]))
        for r in data["recommendations"]
    ]
    data["attachments"] = [AttachmentDoc(**a) for a in data["attachments"]]
    data["free_decisions"] = [DecisionDoc(**d) for d in data["free_decisions"]]
    return ItemDoc(**data)


def item_times(meeting: Meeting, items: list[AgendaItem]) -> dict[int, tuple[str, str]]:
    """Each item's start and end, following from the meeting's start and the durations."""
    clock: datetime.datetime | None = timezone.localtime(meeting.starts_at)
    times = {}
    for item in items:
        times[item.pk] = ("", "")
        if item.duration_minutes and clock is not None:
            try:
                ends = clock + datetime.timedelta(minutes=item.duration_minutes)
            except OverflowError:  # a duration stored before durations were bounded
                clock = None
                continue
            times[item.pk] = (f"{clock:%H:%M}", f"{ends:%H:%M}")
            clock = ends
    return times


def build(data: MeetingData) -> MeetingDoc:
    """The document of a meeting loaded by queries.load_meeting()."""
    meeting, items, attendances = data.meeting, data.items, data.attendances
    times = item_times(meeting, items)
    return MeetingDoc(
        meeting_pk=meeting.pk,
        forum=meeting.forum.name,
        cluster=meeting.forum.cluster.name if meeting.forum.cluster else "",
        title=meeting.title,
        date=meeting.local_day().isoformat(),
        starts=f"{timezone.localtime(meeting.starts_at):%H:%M}",
        ends=f"{timezone.localtime(meeting.ends_at):%H:%M}",
        place=meeting.place,
        virtual_address=meeting.virtual_address,
        booking_note=meeting.booking_note,
        leader=meeting.leader.name if meeting.leader else "",
        minute_takers=[p.name for p in data.minute_takers],
        invitees=_invitees(attendances),
        apologies=[_person(a) for a in attendances if a.status == Attendance.Status.APOLOGY],
        guests=[_person(a) for a in attendances if a.is_guest],
        items=_numbered(data, times),
        approvals=_approvals(data),
    )


def _approvals(data: MeetingData) -> list[str]:
    approvals = [
        f"{a.person.name} {timezone.localtime(a.approved_at):%d.%m.%Y kl. %H:%M}"
        for a in data.approvals
    ]
    note = data.meeting.approval_note
    return approvals + ([note] if note else [])


def _person(attendance: Attendance) -> PersonDoc:
    return PersonDoc(
        name=attendance.person.name,
        title=attendance.person.title,
        party=attendance.party.name if attendance.party else "",
        role_text=attendance.role_text,
        status=attendance.status,
        substitute=attendance.substitute.name if attendance.substitute else "",
        is_guest=attendance.is_guest,
        note=attendance.note,
    )


def _invitees(attendances: list[Attendance]) -> list[PartyDoc]:
    """Invited members grouped by party, in the order the secretariat keeps them."""
    groups: dict[str, list[PersonDoc]] = {}
    for attendance in attendances:
        if not attendance.is_guest:
            groups.setdefault(_party_name(attendance), []).append(_person(attendance))
    return [PartyDoc(party, people) for party, people in groups.items()]


def _party_name(attendance: Attendance) -> str:
    return attendance.party.name if attendance.party else ""


def printed_numbers(items: list[AgendaItem]) -> dict[int, str | None]:
    """Each item's number as the agenda prints it: counted in order, unless the secretariat
    wrote one (a sub-item "4.a" keeps the count; a plain number sets it). Breaks have none."""
    numbers: dict[int, str | None] = {}
    count = 0
    for item in items:
        label = item.number_label.strip()
        if not item.is_numbered:
            numbers[item.pk] = None
        elif not label:
            count += 1
            numbers[item.pk] = str(count)
        else:
            numbers[item.pk] = label
            count = int(label) if label.isdigit() else count
    return numbers


def _numbered(data: MeetingData, times: dict[int, tuple[str, str]]) -> list[ItemDoc]:
    numbers = printed_numbers(data.items)
    return [_item(data, item, numbers[item.pk], times[item.pk]) for item in data.items]


def build_item(data: MeetingData, item: AgendaItem) -> ItemDoc:
    """One item's document; `data` needs all the meeting's items (for its number and time) but
    the rows of this item only."""
    number = printed_numbers(data.items)[item.pk]
    return _item(data, item, number, item_times(data.meeting, data.items)[item.pk])


def _decision(decision: Decision, number: int | None) -> DecisionDoc:
    label = str(OUTCOME_LABELS.get(decision.outcome, decision.outcome))
    return DecisionDoc(number, decision.outcome, label, decision.text)


def _item(
    data: MeetingData, item: AgendaItem, number: str | None, times: tuple[str, str]
) -> ItemDoc:
    file_url = per_key("meetings:attachment", item.meeting_id, KEY)
    decisions = data.decisions.get(item.pk, [])
    by_recommendation = {d.recommendation_id: d for d in decisions if d.recommendation_id}
    recommendations = []
    for rec in data.recommendations.get(item.pk, []):
        decision = by_recommendation.get(rec.pk)
        recommendations.append(
            RecommendationDoc(
                rec.number, rec.text, _decision(decision, rec.number) if decision else None
            )
        )
    return ItemDoc(
        pk=item.pk,
        number=number,
        kind=item.kind,
        kind_label=str(KIND_LABELS.get(item.kind, item.kind)),
        title=item.title,
        presenters=item.presenters,
        starts=times[0],
        ends=times[1],
        summary=item.summary,
        case_text=item.case_text,
        guests=item.guests,
        closed=item.closed,
        minutes_text=item.minutes_text,
        dissent=item.dissent,
        recommendations=recommendations,
        attachments=[_attachment(a, file_url) for a in data.attachments.get(item.pk, [])],
        free_decisions=[_decision(d, None) for d in decisions if not d.recommendation_id],
        excluded=[e.person.name for e in data.exclusions.get(item.pk, [])],
    )


def _attachment(attachment: Attachment, file_url: Callable[[object], str]) -> AttachmentDoc:
    url = attachment.url or file_url(attachment.pk)
    return AttachmentDoc(
        pk=attachment.pk,
        title=attachment.title,
        url=url,
        is_link=attachment.is_link,
        is_pdf=attachment.is_pdf,
        filename=attachment.filename,
        size=attachment.size,
    )


def sort_people(people: list[PersonDoc]) -> list[PersonDoc]:
    return sorted(people, key=lambda p: danish_sort_key(p.name))


def render_html(doc: MeetingDoc, minutes: bool, h: int) -> SafeString:
    """The document as HTML for a page, cached under a digest of its whole content.

    The key is derived from everything the fragment shows, so a cached fragment can never be
    stale; any process may fill or reuse it.
    """
    language = translation.get_language()
    digest = hashlib.sha256(repr((doc, minutes, h, language)).encode()).hexdigest()
    key = f"meeting-document:{digest}"
    html = cache.get(key)
    if html is None:
        context = {"doc": doc, "minutes": minutes, "h": h}
        html = render_to_string("meetings/_document.html", context)
        cache.set(key, html, timeout=24 * 3600)
    return mark_safe(html)
