"""Klynge's public records as OParl 1.1 objects (plain dicts, ready for JSON).

Each `*_objects` function turns one page of rows into objects with a fixed number of queries
for the things they embed; the object views call the same functions with a single row.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from klynge.meetings.models import (
    KIND_LABELS,
    OUTCOME_LABELS,
    AgendaItem,
    Attachment,
    Decision,
    Meeting,
    Recommendation,
)
from klynge.organisation.models import Cluster, Forum, Membership, Organisation, Person, Region
from klynge.publish import visibility

from . import documents, queries
from .keys import Key
from .links import Links, stamp

SCHEMA = "https://schema.oparl.org/1.1/"
FORUM_KINDS = dict(Forum.Kind.choices)
ROLES = dict(Membership.Role.choices)
PARTY_KINDS = dict(Organisation.Kind.choices)
STATES = dict(Meeting.State.choices)
# Secretaries and observers take part without a say in the forum's decisions.
VOTING_ROLES = (
    Membership.Role.CHAIR,
    Membership.Role.CO_CHAIR,
    Membership.Role.MEMBER,
    Membership.Role.AD_HOC,
)
WORD_FILES = ("agenda-docx", "minutes-docx")
BODY_LISTS = ("organization", "person", "meeting", "paper", "agendaItem", "membership")


def _object(type_name: str, url: str, row: Any = None, **fields: Any) -> dict[str, Any]:
    """An OParl object: id, type, the fields that have a value, created and modified."""
    data: dict[str, Any] = {"id": url, "type": SCHEMA + type_name}
    data.update({name: value for name, value in fields.items() if value not in (None, "")})
    for name in ("created", "modified"):
        moment = stamp(getattr(row, name, None))
        if moment:
            data[name] = moment
    return data


def _day(moment: datetime.datetime | None) -> str | None:
    return timezone.localtime(moment).date().isoformat() if moment else None


def system(links: Links) -> dict[str, Any]:
    return _object(
        "System",
        links.plain("system"),
        oparlVersion=SCHEMA,
        name="Klynge",
        body=links.plain("bodies"),
        website=links.base + "/",
    )


# --- Body ----------------------------------------------------------------------------------------


def body(links: Links, key: Key, record: Any, times: dict[str, Any]) -> dict[str, Any]:
    """A cluster, council or region. OParl's Body has no dates: its lifespan goes in the
    vendor-prefixed klynge:startDate and klynge:endDate (the first and last day); an ended body
    stays a body with its archive, never `deleted`."""
    lists = {name: links.body_list(key, name.lower()) for name in BODY_LISTS}
    is_cluster = isinstance(record, Cluster)
    kind = record.get_kind_display() if is_cluster else Region._meta.verbose_name
    return _object(
        "Body",
        links.body(key),
        _Times(times),
        system=links.plain("system"),
        name=record.name,
        shortName=record.slug,
        classification=str(kind),
        legislativeTerm=[],
        **lists,
        **{"klynge:startDate": _iso(record.valid_from), "klynge:endDate": _iso(record.valid_to)},
    )


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _forum_end(row: Forum) -> datetime.date | None:
    """The forum's own end, else the last day of its body."""
    if row.ends_on:
        return row.ends_on
    return row.cluster.valid_to if row.cluster_id else None


class _Times:
    def __init__(self, times: dict[str, Any]) -> None:
        self.created = times.get("created")
        self.modified = times.get("modified")


# --- Organization, Membership, Person ------------------------------------------------------------


def forum_objects(links: Links, fora: list[Forum]) -> list[dict[str, Any]]:
    seats = queries.forum_membership_ids(f.pk for f in fora)
    parents = set(
        visibility.public_fora()
        .filter(pk__in=[f.reports_to_id for f in fora if f.reports_to_id])
        .values_list("pk", flat=True)
    )
    return [forum(links, f, seats.get(f.pk, []), parents) for f in fora]


def forum(links: Links, row: Forum, seat_ids: list[int], public_parents: set[int]) -> dict:
    parent = row.reports_to_id if row.reports_to_id in public_parents else None
    return _object(
        "Organization",
        links.forum(row.pk),
        row,
        body=links.body(queries.body_key(row)),
        name=row.name,
        organizationType="Gremium",
        classification=str(FORUM_KINDS.get(row.kind, row.kind)),
        startDate=row.established_on.isoformat() if row.established_on else None,
        endDate=_iso(_forum_end(row)),
        subOrganizationOf=links.forum(parent) if parent else None,
        membership=[links.url("membership", pk) for pk in seat_ids],
        meeting=links.url("organization_meeting", Key("forum", row.pk)),
    )


def party(links: Links, row: Organisation) -> dict[str, Any]:
    return _object(
        "Organization",
        links.party(row.pk),
        row,
        name=row.name,
        shortName=row.short_name,
        organizationType="Institution",
        classification=str(PARTY_KINDS.get(row.kind, row.kind)),
    )


def organization_objects(links: Links, rows: list[Forum | Organisation]) -> list[dict]:
    fora = forum_objects(links, [r for r in rows if isinstance(r, Forum)])
    return fora + [party(links, r) for r in rows if isinstance(r, Organisation)]


def membership(links: Links, row: Membership, embedded: bool = False) -> dict[str, Any]:
    # Klynge's ends_on is the first day without the seat; OParl's endDate is the last day with it.
    last_day = row.ends_on - datetime.timedelta(days=1) if row.ends_on else None
    return _object(
        "Membership",
        links.url("membership", row.pk),
        row,
        person=None if embedded else links.url("person", row.person_id),
        organization=links.forum(row.forum_id),
        role=str(ROLES.get(row.role, row.role)),
        votingRight=row.role in VOTING_ROLES,
        startDate=row.starts_on.isoformat() if row.starts_on else None,
        endDate=last_day.isoformat() if last_day else None,
        onBehalfOf=links.party(row.party_id) if row.party_id else None,
    )


def person_objects(links: Links, rows: list[Person]) -> list[dict[str, Any]]:
    seats = queries.person_memberships(p.pk for p in rows)
    return [person(links, p, seats.get(p.pk, [])) for p in rows]


def person(links: Links, row: Person, seats: list[Membership]) -> dict[str, Any]:
    contact = visibility.public_contact(row)
    bodies = {queries.body_key(seat.forum) for seat in seats}
    return _object(
        "Person",
        links.url("person", row.pk),
        row,
        # A person sitting in fora of several bodies belongs to none of them in particular.
        body=links.body(bodies.pop()) if len(bodies) == 1 else None,
        name=row.name,
        status=[row.title] if row.title else None,
        email=[contact["email"]] if "email" in contact else None,
        phone=[contact["phone"]] if "phone" in contact else None,
        membership=[membership(links, seat, embedded=True) for seat in seats],
    )


# --- Meeting, AgendaItem, Location ---------------------------------------------------------------


def meeting_objects(links: Links, rows: list[Meeting]) -> list[dict[str, Any]]:
    items = queries.items_of_meetings(m.pk for m in rows)
    decisions = queries.decisions_of(i.pk for group in items.values() for i in group)
    present = queries.participants_of(rows)
    return [
        meeting(
            links,
            m,
            [agenda_item(links, i, decisions.get(i.pk, [])) for i in items.get(m.pk, [])],
            present.get(m.pk, []),
        )
        for m in rows
    ]


def meeting(
    links: Links, row: Meeting, agenda: list[dict[str, Any]], participants: list[int]
) -> dict[str, Any]:
    documents_shown = {
        kind: meeting_file(links, row, kind)
        for kind in documents.KIND_OF_FILE
        if documents.document_is_public(row, documents.KIND_OF_FILE[kind][0])
    }
    return _object(
        "Meeting",
        links.url("meeting", row.pk),
        row,
        name=row.title or row.forum.name,
        meetingState=str(STATES.get(row.state, row.state)),
        start=stamp(row.starts_at),
        end=stamp(row.ends_at),
        location=location(links, row) if row.place.strip() else None,
        organization=[links.forum(row.forum_id)],
        participant=[links.url("person", pk) for pk in participants],
        invitation=documents_shown.get("agenda-pdf"),
        resultsProtocol=documents_shown.get("minutes-pdf"),
        auxiliaryFile=[documents_shown[k] for k in WORD_FILES if k in documents_shown],
        agendaItem=agenda,
    )


def location(links: Links, row: Meeting) -> dict[str, Any]:
    return _object(
        "Location",
        links.url("location", row.pk),
        row,
        description=row.place.strip(),
        meetings=[links.url("meeting", row.pk)],
    )


def item_objects(links: Links, rows: list[AgendaItem]) -> list[dict[str, Any]]:
    decisions = queries.decisions_of(i.pk for i in rows)
    return [agenda_item(links, i, decisions.get(i.pk, [])) for i in rows]


def agenda_item(links: Links, row: AgendaItem, decisions: list[Decision]) -> dict[str, Any]:
    has_case = row.kind not in queries.CASELESS_KINDS
    minutes = visibility.minutes_are_public(row.meeting)
    return _object(
        "AgendaItem",
        links.url("agenda_item", row.pk),
        row,
        meeting=links.url("meeting", row.meeting_id),
        number=str(row.public_number) if has_case else None,
        order=row.public_order,
        name=row.title,
        public=True,
        consultation=links.url("consultation", row.pk) if has_case else None,
        result=_result(decisions),
        resolutionText=_resolution(row, decisions) if minutes else None,
    )


def _ordered(decisions: list[Decision]) -> list[Decision]:
    return sorted(decisions, key=lambda d: (d.recommendation is None, _number(d) or 0, d.position))


def _number(decision: Decision) -> int | None:
    return decision.recommendation.number if decision.recommendation else None


def _label(decision: Decision) -> str:
    return str(OUTCOME_LABELS.get(decision.outcome, decision.outcome))


def _result(decisions: list[Decision]) -> str | None:
    """ "Godkendt", or "1. Godkendt; 2. Taget til efterretning" for several recommendations."""
    ordered = _ordered(decisions)
    if len(ordered) == 1:
        return _label(ordered[0])
    parts = [f"{_number(d)}. {_label(d)}" if _number(d) else _label(d) for d in ordered]
    return "; ".join(parts) or None


def _resolution(row: AgendaItem, decisions: list[Decision]) -> str | None:
    """The decisions' wording, then the item's minutes and any dissent recorded."""
    lines = []
    for decision in _ordered(decisions):
        number = _number(decision)
        text = f"{number}. " if number else ""
        text += _label(decision) + (f": {decision.text.strip()}" if decision.text.strip() else "")
        lines.append(text)
    parts = ["\n".join(lines), row.minutes_text.strip()]
    if row.dissent.strip():
        parts.append(f"{documents._heading(AgendaItem, 'dissent')}: {row.dissent.strip()}")
    return "\n\n".join(part for part in parts if part) or None


# --- Paper, Consultation, File -------------------------------------------------------------------


def paper_objects(links: Links, rows: list[AgendaItem]) -> list[dict[str, Any]]:
    item_ids = [i.pk for i in rows]
    files = queries.attachments_of(item_ids)
    recommendations = queries.recommendations_of(item_ids)
    return [paper(links, i, files.get(i.pk, []), recommendations.get(i.pk, [])) for i in rows]


def paper(
    links: Links, row: AgendaItem, files: list[Attachment], recommendations: list[Recommendation]
) -> dict[str, Any]:
    meeting_row = row.meeting
    day = meeting_row.local_day()
    case = case_file(links, row, recommendations)
    return _object(
        "Paper",
        links.url("paper", row.pk),
        row,
        body=links.body(queries.body_key(meeting_row.forum)),
        name=row.title,
        reference=f"{meeting_row.forum.slug}/{day.isoformat()}/{row.public_number}",
        date=_day(meeting_row.agenda_published_at),
        paperType=str(KIND_LABELS.get(row.kind, row.kind)),
        mainFile=case,
        auxiliaryFile=[attachment_file(links, a, row) for a in files],
        underDirectionOf=[links.forum(meeting_row.forum_id)],
        consultation=[consultation(links, row)],
    )


def consultation(links: Links, row: AgendaItem) -> dict[str, Any]:
    return _object(
        "Consultation",
        links.url("consultation", row.pk),
        row,
        paper=links.url("paper", row.pk),
        agendaItem=links.url("agenda_item", row.pk),
        meeting=links.url("meeting", row.meeting_id),
        organization=[links.forum(row.meeting.forum_id)],
        authoritative=row.kind == AgendaItem.Kind.DECISION,
        role=str(KIND_LABELS.get(row.kind, row.kind)),
    )


def _item_links(links: Links, item: AgendaItem) -> dict[str, Any]:
    has_case = item.kind not in queries.CASELESS_KINDS
    return {
        "agendaItem": [links.url("agenda_item", item.pk)],
        "paper": [links.url("paper", item.pk)] if has_case else None,
        "meeting": [links.url("meeting", item.meeting_id)],
    }


def attachment_file(links: Links, row: Attachment, item: AgendaItem) -> dict[str, Any]:
    if row.is_link:
        # A link points elsewhere: its address is the access URL, there is nothing to download.
        addresses = {"accessUrl": row.url}
    else:
        download = links.download("attachment", row.pk)
        addresses = {"accessUrl": download, "downloadUrl": download}
    return _object(
        "File",
        links.file("attachment", row.pk),
        row,
        name=row.title,
        fileName=row.filename,
        mimeType=row.content_type,
        size=row.size if not row.is_link else None,
        date=_day(item.meeting.agenda_published_at),
        **addresses,
        **_item_links(links, item),
    )


def case_file(
    links: Links, row: AgendaItem, recommendations: list[Recommendation]
) -> dict[str, Any] | None:
    text = documents.case_text(row, recommendations)
    if not text:
        return None
    download = links.download("case", row.pk)
    return _object(
        "File",
        links.file("case", row.pk),
        row,
        name=row.title,
        fileName=f"sag-{row.pk}.txt",
        mimeType="text/plain",
        size=len(text.encode()),
        text=text,
        date=_day(row.meeting.agenda_published_at),
        accessUrl=download,
        downloadUrl=download,
        **_item_links(links, row),
    )


def meeting_file(links: Links, row: Meeting, file_kind: str) -> dict[str, Any]:
    kind, _, content_type = documents.KIND_OF_FILE[file_kind]
    is_agenda = kind == "agenda"
    published = row.agenda_published_at if is_agenda else row.minutes_published_at
    changed = row.agenda_changed if is_agenda else row.minutes_changed
    download = links.download(file_kind, row.pk)
    times = _Times({"created": published, "modified": max(filter(None, [published, changed]))})
    return _object(
        "File",
        links.file(file_kind, row.pk),
        times,
        name=f"{documents.DOCUMENT_NAMES[kind].capitalize()} {row}",
        fileName=documents.document_filename(row, file_kind),
        mimeType=content_type,
        date=_day(published),
        accessUrl=download,
        downloadUrl=download,
        meeting=[links.url("meeting", row.pk)],
    )
