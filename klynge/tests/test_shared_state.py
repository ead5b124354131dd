"""Shared state for several app servers: the cache in a real Redis, files in a real
S3-protocol server (moto), both chosen by the KLYNGE_REDIS_URL and KLYNGE_S3_* settings.

Files in object storage still leave only through the permission-checked views: the bytes come
back through Django, closed items' attachments stay refused, and no bucket address is handed out.
"""

from __future__ import annotations

import datetime
import uuid

import pytest
import redis
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from klynge import settings as klynge_settings
from klynge.accounts.models import Role, User
from klynge.archive import pending
from klynge.archive import services as archive
from klynge.archive.importer.parsed import ParsedItem, ParsedMeeting
from klynge.meetings import services
from klynge.meetings.tests.conftest import PASSWORD, add_item
from klynge.meetings.tests.test_meeting_page import pdf_bytes
from klynge.organisation.tests.factories import MembershipFactory, PersonFactory
from klynge.tests.servers import redis_url, run_klynge, s3, s3_server  # noqa: F401 - fixtures

# --- the settings ------------------------------------------------------------------------------


def test_without_redis_the_cache_is_the_process_own():
    assert klynge_settings.cache_settings("")["BACKEND"].endswith("LocMemCache")


def test_redis_url_chooses_djangos_redis_cache():
    chosen = klynge_settings.cache_settings("redis://10.0.0.5:6379/2")
    assert chosen["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert chosen["LOCATION"] == "redis://10.0.0.5:6379/2"


def test_without_a_bucket_files_stay_on_disk():
    chosen = klynge_settings.storage_settings({}, 1024)
    assert chosen == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_a_bucket_chooses_private_s3_storage():
    chosen = klynge_settings.storage_settings({"KLYNGE_S3_BUCKET": "klynge-filer"}, 1024)
    assert chosen["BACKEND"] == "storages.backends.s3.S3Storage"
    options = chosen["OPTIONS"]
    assert options["bucket_name"] == "klynge-filer"
    assert options["region_name"] == "eu-north-1"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["querystring_expire"] <= 300
    assert options["file_overwrite"] is False


# --- Redis ---------------------------------------------------------------------------------------


def test_the_cache_is_shared_between_two_processes(redis_url):  # noqa: F811
    key = f"shared-{uuid.uuid4().hex}"
    run_klynge(f"cache.set({key!r}, 'fra den første proces', 60)", KLYNGE_REDIS_URL=redis_url)

    seen = run_klynge(f"print(cache.get({key!r}))", KLYNGE_REDIS_URL=redis_url)
    alone = run_klynge(f"print(cache.get({key!r}))")

    assert seen == "fra den første proces"
    assert alone == "None"


@pytest.fixture
def redis_cache(redis_url):  # noqa: F811
    with override_settings(CACHES={"default": klynge_settings.cache_settings(redis_url)}):
        yield redis.Redis.from_url(redis_url)


def test_an_agenda_pdf_is_kept_in_redis(client, steering, redis_cache):
    add_item(steering.meeting, "Status")
    services.publish_agenda(steering.meeting)
    client.force_login(steering.secretary_user)
    before = set(redis_cache.scan_iter("klynge:*meeting-pdf:*"))

    response = client.get(reverse("meetings:agenda_pdf", args=[steering.meeting.pk]))

    assert response.status_code == 200
    stored = set(redis_cache.scan_iter("klynge:*meeting-pdf:*")) - before
    assert len(stored) == 1
    assert response.content[:5] == b"%PDF-"


# --- object storage ------------------------------------------------------------------------------


@pytest.fixture
def bucket(s3, tmp_path):  # noqa: F811
    """Klynge's files in the S3 bucket; MEDIA_ROOT an empty folder that must stay empty."""
    storage = klynge_settings.storage_settings(s3.environ(), 1024)
    with override_settings(
        STORAGES={**settings.STORAGES, "default": storage}, MEDIA_ROOT=tmp_path / "media"
    ):
        yield s3
    assert not (tmp_path / "media").exists()


@pytest.fixture
def meeting_with_files(steering, bucket):
    """An open and a closed item with an attachment each; a member excluded from the closed one."""
    excluded = PersonFactory(name="Ib Inhabil")
    MembershipFactory(
        forum=steering.forum,
        person=excluded,
        party=steering.viborg,
        starts_on=datetime.date(2023, 1, 1),
    )
    services.invite_members(steering.meeting)
    steering.member_user.roles.create(role=Role.MEMBER, forum=steering.forum)
    open_item = add_item(steering.meeting, "Status")
    closed_item = add_item(steering.meeting, "Personsag", closed=True)
    services.set_exclusions(closed_item, [excluded])
    files = {}
    for item, content in ((open_item, pdf_bytes()), (closed_item, pdf_bytes() + b"%lukket")):
        upload = SimpleUploadedFile("notat.pdf", content, "application/pdf")
        files[item.title] = (services.add_attachment(item, "Notat", upload=upload), content)
    services.publish_agenda(steering.meeting)
    inhabil = User.objects.create_user("inhabil", password=PASSWORD, person=excluded)
    return steering, files, inhabil


def download(client, user, attachment):
    client.force_login(user)
    url = reverse("meetings:attachment", args=[attachment.item.meeting_id, attachment.pk])
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.status_code == 200 else b""
    return response, body


def test_an_attachment_is_stored_in_the_bucket(meeting_with_files, bucket):
    _steering, files, _inhabil = meeting_with_files
    attachment, content = files["Status"]

    assert attachment.file.name in bucket.stored()
    assert bucket.read(attachment.file.name) == content


def test_an_attachment_is_downloaded_through_the_checked_view(client, meeting_with_files, bucket):
    steering, files, _inhabil = meeting_with_files
    attachment, content = files["Status"]

    response, body = download(client, steering.member_user, attachment)

    assert response.status_code == 200
    assert body == content
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert bucket.endpoint_url not in response.get("Location", "")


def test_a_closed_items_attachment_in_the_bucket_is_still_refused(
    client, meeting_with_files, bucket
):
    steering, files, inhabil = meeting_with_files
    attachment, content = files["Personsag"]
    outsider = User.objects.create_user("udenfor", password=PASSWORD)

    allowed, body = download(client, steering.member_user, attachment)
    refused = [download(client, user, attachment)[0].status_code for user in (inhabil, outsider)]

    assert allowed.status_code == 200
    assert body == content
    assert refused == [404, 404]


def test_a_file_missing_from_the_bucket_is_not_found(client, meeting_with_files, bucket):
    steering, files, _inhabil = meeting_with_files
    attachment, _content = files["Status"]
    bucket.client.delete_object(Bucket=bucket.bucket, Key=attachment.file.name)

    response, _body = download(client, steering.member_user, attachment)

    assert response.status_code == 404


def test_an_imported_source_and_the_pending_area_use_the_bucket(client, steering, bucket):
    parsed = ParsedMeeting(
        date="2023-06-07", items=[ParsedItem(number=1, title="Velkomst", kind="welcome")]
    )
    sha = pending.store_pending(b"Referat fra 7. juni")
    assert f"{pending.PENDING_DIR}/{sha}" in bucket.stored()
    assert pending.read_pending(sha) == b"Referat fra 7. juni"

    source = archive.import_parsed(
        parsed, steering.forum, data=b"Referat fra 7. juni", filename="referat.txt"
    )
    pending.discard_pending(sha)
    client.force_login(steering.secretary_user)
    response = client.get(reverse("archive:source_download", args=[source.pk]))

    assert f"{pending.PENDING_DIR}/{sha}" not in bucket.stored()
    assert bucket.read(source.file.name) == b"Referat fra 7. juni"
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Referat fra 7. juni"
    assert default_storage.exists(source.file.name)
