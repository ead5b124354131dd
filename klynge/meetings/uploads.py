"""Attachments are checked by their content, size and name before they are stored."""

from __future__ import annotations

from pathlib import PurePath

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

MAX_BYTES = 25 * 1024 * 1024

# What the content says the file is → the extensions its name may have.
ALLOWED = {
    "application/pdf": {"pdf"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"docx"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"xlsx"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {"pptx"},
    "image/png": {"png"},
    "image/jpeg": {"jpg", "jpeg"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
}


def check_upload(upload: UploadedFile) -> tuple[str, str]:
    """The file's real content type and a safe file name, or a Danish ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The file is larger than 25 MB."), code="too_large")
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(_whole_if_zip(upload, head))
    if kind is None or kind.mime not in ALLOWED:
        raise ValidationError(
            _("Only PDF, Word, Excel, PowerPoint and image files can be attached."),
            code="type",
        )
    name = get_valid_filename(PurePath(upload.name or "bilag").name) or "bilag"
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED[kind.mime]:
        raise ValidationError(
            _("The file's name does not match its content (%(type)s).") % {"type": kind.extension},
            code="name",
        )
    return kind.mime, name


def _whole_if_zip(upload: UploadedFile, head: bytes) -> bytes:
    # Office files are zip archives; telling Word from Excel means looking inside.
    if not head.startswith(b"PK"):
        return head
    content = upload.read()
    upload.seek(0)
    return content
