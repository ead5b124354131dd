"""What every file of the agenda and the minutes shares: the Danish words, the printable document.

Every output (pdf.py, word.py, pack.py, ics.py) takes a MeetingDoc (document.py) that the caller
has already cut to what the reader may see (`without_closed()`, `as_agenda()`), so no output
decides access. Documents are Danish only: their headings are the constants below, not
translations.
"""

from __future__ import annotations

import dataclasses
import datetime

from django.conf import settings
from django.utils import formats, translation

from klynge import validation

from .document import DecisionDoc, ItemDoc, MeetingDoc, RecommendationDoc

AGENDA = "Dagsorden"
MINUTES_TITLE = "Referat"
TIME = "Tidspunkt"
FORM = "Mødeform"
PLACE = "Sted"
VIRTUAL = "Virtuel mødeadresse"
LEADER = "Mødeleder"
MINUTE_TAKERS = "Referenter"
INVITED = "Inviterede"
PARTICIPANTS = "Deltagere"
OTHERS = "Øvrige"
APOLOGIES = "Afbud"
ABSENT = "Fraværende"
SUBSTITUTE = "stedfortræder"
GUESTS = "Gæster"
APPROVAL = "Godkendelse af referatet"
CONTENTS = "Indhold"
ITEM = "Punkt"
PRESENTED_BY = "Fremlægges af"
ITEM_GUESTS = "Gæster på punktet:"
SUMMARY = "RESUMÉ"
CASE = "SAGSFREMSTILLING"
RECOMMENDATION = "INDSTILLING"
ATTACHMENTS = "BILAG"
MINUTES = "Referat"
DECISION = "Beslutning"
DISSENT = "Uenighed"
CLOSED = "Lukket punkt"
EXCLUDED = "Inhabil: {names} deltog ikke i behandlingen af punktet."
LINK = "link"
PAGE = "Side"
PAGE_OF = "af"

KIND_LABELS = {
    "welcome": "Velkomst",
    "decision": "Beslutningspunkt",
    "discussion": "Drøftelsespunkt",
    "orientation": "Orienteringspunkt",
    "mutual_orientation": "Gensidigt orienteringspunkt",
    "written_orientation": "Skriftlig orientering",
    "any_other_business": "Eventuelt",
    "break": "Pause",
}
# Kinds whose title says what they are: no "Beslutningspunkt: " in front.
PLAIN_KINDS = {"welcome", "break", "any_other_business"}
OUTCOME_LABELS = {
    "approved": "Godkendt",
    "approved_with_remarks": "Godkendt med bemærkninger",
    "rejected": "Ikke godkendt",
    "noted": "Taget til efterretning",
    "discussed": "Drøftet",
    "postponed": "Udsat",
    "forwarded": "Videresendt",
}


def danish_day(day: datetime.date) -> str:
    """7. juni 2023."""
    with translation.override("da"):
        return formats.date_format(day, "j. F Y")


def item_heading(item: ItemDoc, with_times: bool = True) -> str:
    """Punkt 3: Beslutningspunkt: Titel (kl. 15:05–15:25)."""
    text = f"{ITEM} {item.number}: " if item.number else ""
    if item.kind and item.kind not in PLAIN_KINDS:
        text += f"{item.kind_label}: "
    text += item.title or CLOSED
    return f"{text} ({item.times})" if with_times and item.times else text


def excluded_note(names: list[str]) -> str:
    """The minutes' record of members who did not take part in an item (inhabilitet)."""
    return EXCLUDED.format(names=", ".join(names))


def absolute_url(url: str) -> str:
    """A site path as a full address: a file is read away from the site."""
    return settings.KLYNGE_BASE_URL + url if url.startswith("/") else url


def _danish_decision(decision: DecisionDoc | None) -> DecisionDoc | None:
    if decision is None:
        return None
    label = OUTCOME_LABELS.get(decision.outcome, decision.outcome_label)
    return dataclasses.replace(decision, outcome_label=label)


def _printable_item(item: ItemDoc) -> ItemDoc:
    return dataclasses.replace(
        item,
        kind_label=KIND_LABELS.get(item.kind, item.kind_label),
        recommendations=[
            RecommendationDoc(r.number, r.text, _danish_decision(r.decision))
            for r in item.recommendations
        ],
        free_decisions=[_danish_decision(d) for d in item.free_decisions],
        attachments=[dataclasses.replace(a, url=absolute_url(a.url)) for a in item.attachments],
    )


def printable(doc: MeetingDoc) -> MeetingDoc:
    """The document with Danish labels and absolute links, as every file shows it, and any
    character XML cannot hold (from a value stored before text was checked) replaced."""
    doc = dataclasses.replace(doc, items=[_printable_item(item) for item in doc.items])
    return validation.xml_safe_all(doc)
