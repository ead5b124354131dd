"""Every file Klynge hands out — attachments, imported source documents and the documents it
generates — leaves through here, so the headers that keep a download safe are set in one place.

A browser shows PDFs and pictures itself; anything else (Word, spreadsheets, text) is saved, so
that a file can never be read as a page of Klynge's. `nosniff` stops the browser guessing
another type than the one given. The caller has decided who may have the file and how long it
may be cached.
"""

from __future__ import annotations

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ICS = "text/calendar; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
JSON = "application/json"
# Only what the upload check lets in and a browser shows without running anything.
SHOWN_INLINE = {PDF, "image/png", "image/jpeg", "image/gif", "image/webp"}
UNKNOWN = "application/octet-stream"


def shown_inline(content_type: str) -> bool:
    return content_type in SHOWN_INLINE


def stored_file(file: FieldFile, filename: str, content_type: str) -> FileResponse:
    """A file from storage, streamed; a file missing from storage is not found (404)."""
    try:
        stream = file.open("rb")
    except FileNotFoundError as missing:
        raise Http404(_("The file is missing.")) from missing
    response = FileResponse(
        stream,
        as_attachment=not shown_inline(content_type),
        filename=filename,
        content_type=content_type or UNKNOWN,
    )
    return _safe(response)


def generated_file(
    content: bytes | str, content_type: str, filename: str, *, inline: bool | None = None
) -> HttpResponse:
    """A document made for this request; `inline` overrides the rule by type (a calendar file
    is opened by the calendar program, a spreadsheet saved)."""
    response = HttpResponse(content, content_type=content_type)
    show = shown_inline(content_type) if inline is None else inline
    response["Content-Disposition"] = content_disposition_header(not show, filename)
    return _safe(response)


def _safe(response: HttpResponse) -> HttpResponse:
    response["X-Content-Type-Options"] = "nosniff"
    return response
