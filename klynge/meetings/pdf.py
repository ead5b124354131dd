"""The agenda and the minutes as A4 PDFs with page numbers, printed from an HTML template.

Printing takes WeasyPrint a second or more and a document is downloaded again and again, so the
bytes are cached under a digest of the whole content: never stale, shared by every process.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from klynge.documents import render_pdf

from .document import MeetingDoc
from .printing import AGENDA, MINUTES_TITLE, danish_day, printable

# Bump when the print template changes, so that no cached PDF outlives its layout.
PDF_LAYOUT_VERSION = 1
CACHE_SECONDS = 24 * 3600


def agenda_pdf(doc: MeetingDoc) -> bytes:
    """The agenda: the document's items without minutes or decisions."""
    return _cached_pdf(doc, minutes=False)


def minutes_pdf(doc: MeetingDoc) -> bytes:
    """The minutes: the agenda with what was minuted and decided under each item."""
    return _cached_pdf(doc, minutes=True)


def agenda_pdf_with_notes(doc: MeetingDoc, notes: dict[int, str]) -> bytes:
    """A reader's own agenda: each item followed by their private note. Never cached, as it
    is for one person only."""
    return _render_pdf(doc, minutes=False, notes=notes)


def _cached_pdf(doc: MeetingDoc, minutes: bool) -> bytes:
    key = (
        "meeting-pdf:"
        + hashlib.sha256(repr((doc, minutes, PDF_LAYOUT_VERSION)).encode()).hexdigest()
    )
    content = cache.get(key)
    if content is None:
        content = _render_pdf(doc, minutes)
        cache.set(key, content, timeout=CACHE_SECONDS)
    return content


def _css_string(text: str) -> SafeString:
    # For content: "..." in the print style sheet; escapes quotes, backslashes and tags.
    return mark_safe("".join(f"\\{ord(c):x} " if c in '\\"<>&' or ord(c) < 32 else c for c in text))


def _render_pdf(doc: MeetingDoc, minutes: bool, notes: dict[int, str] | None = None) -> bytes:
    doc = printable(doc)
    heading = MINUTES_TITLE if minutes else AGENDA
    day = danish_day(doc.day)
    context = {
        "doc": doc,
        "minutes": minutes,
        "heading": heading,
        "day": day,
        "running_head": _css_string(f"{heading} · {doc.forum} · {day}"),
        "notes": notes,
    }
    with translation.override("da"):
        return render_pdf("meetings/document_print.html", context)
