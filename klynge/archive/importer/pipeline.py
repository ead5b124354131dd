"""From an uploaded file to a proposed meeting: extract the text, repair OCR damage, segment it."""

from __future__ import annotations

from django.utils.translation import gettext as _

from klynge.validation import describe, strip_control_characters

from .extract import UnreadableDocument, extract_text
from .parsed import ParsedMeeting
from .repair import repair_text
from .segment import segment


def read_document(data: bytes, filename: str) -> ParsedMeeting:
    """The meeting a document describes, nothing saved. Raises UnreadableDocument."""
    text, removed = strip_control_characters(extract_text(data, filename))
    if not text.strip():
        raise UnreadableDocument(_("The file %(name)s contains no text.") % {"name": filename})
    parsed = segment(repair_text(text))
    parsed.source = filename
    if removed:
        parsed.notes.append(
            _(
                "Invisible control characters (%(characters)s) were removed from the document's "
                "text: they cannot be shown, printed or sent."
            )
            % {"characters": describe(removed)}
        )
    return parsed
