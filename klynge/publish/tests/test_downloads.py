"""Every way to a stored file — the meeting page, the API, the public site, OParl — answers with
the same headers, and a file missing from storage is not found there rather than an error."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from docx import Document

from klynge.meetings import services
from klynge.meetings.models import Attachment
from klynge.meetings.tests.conftest import steering  # noqa: F401
from klynge.publish.oparl.keys import Key

from .test_site_pages import PublicWorld, public_world  # noqa: F401


@pytest.fixture
def world(public_world: PublicWorld) -> PublicWorld:  # noqa: F811
    return public_world


def _addresses(attachment: Attachment) -> dict[str, str]:
    meeting = attachment.item.meeting_id
    return {
        "meeting page": reverse("meetings:attachment", args=[meeting, attachment.pk]),
        "API": f"/api/v1/attachments/{attachment.pk}/file/",
        "public site": reverse("public:attachment", args=[meeting, attachment.pk]),
        "OParl": reverse("oparl:file_download", args=[Key("attachment", attachment.pk)]),
    }


def _client(world: PublicWorld) -> Client:
    client = Client()
    client.force_login(world.steering.secretary_user)
    return client


def _word_attachment(world: PublicWorld) -> Attachment:
    buffer = io.BytesIO()
    Document().save(buffer)
    upload = SimpleUploadedFile("notat.docx", buffer.getvalue())
    return services.add_attachment(world.open_item, "Notat", upload=upload, reason="Bilag tilføjet")


@pytest.mark.parametrize(
    ("kind", "disposition"), [("pdf", 'inline; filename="'), ("word", 'attachment; filename="')]
)
def test_a_pdf_is_shown_and_a_word_file_saved_whichever_way_it_is_fetched(
    world: PublicWorld, kind: str, disposition: str
):
    attachment = world.attachment if kind == "pdf" else _word_attachment(world)
    client = _client(world)
    for way, address in _addresses(attachment).items():
        response = client.get(address)
        assert response.status_code == 200, (way, response.status_code)
        assert response["Content-Disposition"].startswith(disposition), (way, response.headers)
        assert response["X-Content-Type-Options"] == "nosniff", way
        assert response["Content-Type"] == attachment.content_type, way


def test_a_file_missing_from_storage_is_not_found_everywhere(world: PublicWorld):
    attachment = world.attachment
    attachment.file.storage.delete(attachment.file.name)
    client = _client(world)
    for way, address in _addresses(attachment).items():
        assert client.get(address).status_code == 404, way


def test_generated_documents_carry_the_same_headers(world: PublicWorld):
    meeting = world.steering.meeting
    client = _client(world)
    for name, disposition in (
        ("meetings:agenda_pdf", "inline"),
        ("meetings:agenda_docx", "attachment"),
        ("meetings:meeting_ics", "attachment"),
        ("public:agenda_pdf", "inline"),
    ):
        response = client.get(reverse(name, args=[meeting.pk]))
        assert response.status_code == 200, name
        assert response["Content-Disposition"].startswith(f"{disposition}; filename="), name
        assert response["X-Content-Type-Options"] == "nosniff", name
