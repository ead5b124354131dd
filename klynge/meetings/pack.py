"""The agenda pack: the agenda and the items' PDF attachments as one PDF to read or print.

Uploaded files are untrusted, so a file that cannot be packed is listed with the reason instead
of breaking the pack.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader, PdfWriter

from klynge.documents import render_pdf

from .document import MeetingDoc
from .models import Attachment
from .pdf import agenda_pdf
from .printing import AGENDA, ITEM, absolute_url, danish_day

logger = logging.getLogger(__name__)

NOT_PDF = "Ikke en PDF-fil ({name}); hentes i Klynge"
IS_LINK = "Link"
UNREADABLE = "PDF-filen kunne ikke læses; hentes i Klynge"
MISSING = "Filen findes ikke"


@dataclass
class PackEntry:
    """One attachment's line on the pack's index page: where it is in the pack, or why not."""

    item: str
    title: str
    pages: str = ""
    reason: str = ""
    url: str = ""


def agenda_pack(doc: MeetingDoc, attachments: list[Attachment]) -> bytes:
    """The agenda, then every PDF attachment of the items the document shows, then a page listing
    what the pack holds and what it does not (other files, links, unreadable PDFs).

    Only attachments the document itself lists are packed, so a closed item's attachments follow
    the document: a `without_closed()` document packs none of them.
    """
    agenda = doc.as_agenda()
    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(agenda_pdf(agenda))), outline_item=AGENDA)
    by_pk = {attachment.pk: attachment for attachment in attachments}
    included: list[PackEntry] = []
    not_included: list[PackEntry] = []
    for item in agenda.items:
        label = f"{ITEM} {item.number}" if item.number else item.title
        for ref in item.attachments:
            entry = PackEntry(item=label, title=ref.title, url=absolute_url(ref.url))
            attachment = by_pk.get(ref.pk)
            entry.reason = _why_not_packed(ref.is_link, attachment)
            if not entry.reason:
                entry.reason = _append_pdf(writer, attachment, entry)
            (not_included if entry.reason else included).append(entry)
    index = render_pdf(
        "meetings/pack_index_print.html", _index_context(agenda, included, not_included)
    )
    writer.append(PdfReader(BytesIO(index)), outline_item="Bilagsoversigt")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _index_context(
    doc: MeetingDoc, included: list[PackEntry], not_included: list[PackEntry]
) -> dict[str, object]:
    return {
        "doc": doc,
        "day": danish_day(doc.day),
        "included": included,
        "not_included": not_included,
    }


def _why_not_packed(is_link: bool, attachment: Attachment | None) -> str:
    if is_link or (attachment is not None and attachment.is_link):
        return IS_LINK
    if attachment is None or not attachment.file:
        return MISSING
    if not attachment.is_pdf:
        return NOT_PDF.format(name=attachment.filename or attachment.content_type or "?")
    return ""


def _append_pdf(writer: PdfWriter, attachment: Attachment, entry: PackEntry) -> str:
    """Append the attachment's pages; a damaged or locked PDF is left out, never breaking the
    pack. Returns why it was left out, or "" when it is in."""
    before = len(writer.pages)
    try:
        with attachment.file.storage.open(attachment.file.name, "rb") as stored:
            reader = PdfReader(BytesIO(stored.read()))
        if reader.is_encrypted and not reader.decrypt(""):
            return UNREADABLE
        if not reader.pages:
            return UNREADABLE
        writer.append(reader, outline_item=entry.title)
    except Exception:  # Uploaded files are untrusted; pypdf raises many kinds of errors.
        logger.warning(
            "Bilag %s kunne ikke lægges i dagsordenspakken", attachment.pk, exc_info=True
        )
        while len(writer.pages) > before:
            writer.remove_page(len(writer.pages) - 1)
        return UNREADABLE
    entry.pages = _page_range(before + 1, len(writer.pages))
    return ""


def _page_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"
