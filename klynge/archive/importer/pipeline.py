"""From an uploaded file to a proposed meeting: extract the text, repair OCR damage, segment it."""

from __future__ import annotations

import hashlib

from .extract import extract_text
from .parsed import ParsedMeeting
from .repair import repair_text
from .segment import segment


def read_document(data: bytes, filename: str) -> ParsedMeeting:
    """The meeting a document describes, nothing saved. Raises UnreadableDocument."""
    parsed = segment(repair_text(extract_text(data, filename)))
    parsed.source = filename
    return parsed


def sha256_of(data: bytes) -> str:
    """The file's fingerprint: the same file imported twice has the same one."""
    return hashlib.sha256(data).hexdigest()
