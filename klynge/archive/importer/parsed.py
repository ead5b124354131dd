"""What the importer proposes: a meeting read out of a document, before anything is saved.

The structure is the JSON that `import_minutes --dry-run --format json` prints (see
docs/archive-import.md); the preview form edits it and the save service turns it into a meeting.
Times are "HH:MM" strings and dates "YYYY-MM-DD" so that the structure survives a round trip
through JSON (the preview keeps it in the form between requests).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ParsedPerson:
    name: str
    title: str = ""
    organisation: str = ""
    # For a substitute: the name of the member they stand in for ("midlertidigt for ...").
    substitute_for: str = ""


@dataclass
class ParsedItem:
    # The number printed in the document; None for unnumbered points such as a break.
    number: int | None
    title: str
    # One of AgendaItem.Kind's values ("decision", "discussion", ...).
    kind: str = "decision"
    start_time: str | None = None
    end_time: str | None = None
    presenter: str = ""
    summary: str = ""
    case_text: str = ""
    recommendations: list[str] = field(default_factory=list)
    minutes_text: str = ""
    decisions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    # "Lukket punkt": the item's texts are kept from everyone outside the forum.
    closed: bool = False


@dataclass
class ParsedMeeting:
    source: str = ""
    # "minutes" or "agenda": what the document says it is.
    document_kind: str = "minutes"
    # The forum as the document names it ("Klyngestyregruppen Midtklyngen").
    forum: str = ""
    title: str = ""
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str = ""
    leader: str = ""
    minute_takers: list[str] = field(default_factory=list)
    participants: list[ParsedPerson] = field(default_factory=list)
    apologies: list[ParsedPerson] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    # Everything the segmenter could not place, in document order: kept, never dropped.
    unplaced_text: str = ""
    # What reading the document changed in its text, for the secretary (Danish sentences).
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParsedMeeting:
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in fields}
        values["participants"] = [_person(p) for p in data.get("participants", [])]
        values["apologies"] = [_person(p) for p in data.get("apologies", [])]
        values["items"] = [_item(i) for i in data.get("items", [])]
        return cls(**values)


def _person(data: dict[str, Any]) -> ParsedPerson:
    names = {f.name for f in dataclasses.fields(ParsedPerson)}
    return ParsedPerson(**{k: v for k, v in data.items() if k in names})


def _item(data: dict[str, Any]) -> ParsedItem:
    names = {f.name for f in dataclasses.fields(ParsedItem)}
    return ParsedItem(**{k: v for k, v in data.items() if k in names})
