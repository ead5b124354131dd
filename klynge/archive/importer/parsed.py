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

from django.utils.translation import gettext as _

SURE = "sure"
UNSURE = "unsure"
# A document is not understood when more than this share of its text could not be placed: an
# agenda of short titles after a page of prose places little of its text and is still read right.
MAX_UNPLACED_SHARE = 2 / 3


class Confidence:
    """How sure the reader is of each field: `confidence` maps a field's name to "sure" or
    "unsure"; a field not in it is sure. The preview marks the unsure ones for the secretary."""

    confidence: dict[str, str]

    def mark_unsure(self, *names: str) -> None:
        for name in names:
            self.confidence[name] = UNSURE

    def mark_sure(self, *names: str) -> None:
        for name in names:
            self.confidence.pop(name, None)

    def is_unsure(self, name: str) -> bool:
        return self.confidence.get(name) == UNSURE

    def unsure_fields(self) -> list[str]:
        return [name for name, value in self.confidence.items() if value == UNSURE]


@dataclass
class ParsedPerson:
    name: str
    title: str = ""
    organisation: str = ""
    # For a substitute: the name of the member they stand in for ("midlertidigt for ...").
    substitute_for: str = ""


@dataclass
class ParsedItem(Confidence):
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
    # Field name → "sure" | "unsure" (absent: sure); see Confidence.
    confidence: dict[str, str] = field(default_factory=dict)

    def texts(self) -> list[str]:
        """Every text read into the item: its title and sections."""
        parts = [self.title, self.presenter, self.summary, self.case_text, self.minutes_text]
        return parts + self.recommendations + self.decisions + self.attachments


@dataclass
class ParsedMeeting(Confidence):
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
    # Field name → "sure" | "unsure" (absent: sure); see Confidence.
    confidence: dict[str, str] = field(default_factory=dict)

    def placed_characters(self) -> int:
        """How much of the text the reader placed in the structure (letters, not spaces)."""
        texts = [self.title, self.forum, self.location, self.leader, *self.minute_takers]
        texts += [p.name for p in (*self.participants, *self.apologies)]
        texts += [text for item in self.items for text in item.texts()]
        return sum(_letters(text) for text in texts)

    def unplaced_share(self) -> float:
        unplaced = _letters(self.unplaced_text)
        total = unplaced + self.placed_characters()
        return unplaced / total if total else 1.0

    def not_understood(self) -> str:
        """Why the reader could not make sense of the document (Danish), or "" when it could.

        Not understood: neither a date nor a single item was found, or most of the text
        (MAX_UNPLACED_SHARE) could not be placed. Such a document is refused, never imported
        with a structure that would be wrong without anyone noticing."""
        if self.date is None and not self.items:
            return _(
                "The document %(name)s could not be read as minutes or an agenda: neither a "
                "meeting date nor any items were found. Nothing has been imported."
            ) % {"name": self.source}
        share = self.unplaced_share()
        if share > MAX_UNPLACED_SHARE:
            return _(
                "The document %(name)s could not be read as minutes or an agenda: "
                "%(percent)d %% of its text could not be placed. Nothing has been imported."
            ) % {"name": self.source, "percent": round(100 * share)}
        return ""

    def understood(self) -> bool:
        return not self.not_understood()

    def fields_to_check(self) -> int:
        """Unsure fields of the meeting and its items: what the secretary should check."""
        return len(self.unsure_fields()) + sum(len(i.unsure_fields()) for i in self.items)

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


def _letters(text: str) -> int:
    return len("".join(text.split()))


def _person(data: dict[str, Any]) -> ParsedPerson:
    names = {f.name for f in dataclasses.fields(ParsedPerson)}
    return ParsedPerson(**{k: v for k, v in data.items() if k in names})


def _item(data: dict[str, Any]) -> ParsedItem:
    names = {f.name for f in dataclasses.fields(ParsedItem)}
    return ParsedItem(**{k: v for k, v in data.items() if k in names})
