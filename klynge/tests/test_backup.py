"""manage.py backup and restore bring back every record and every stored file, and say so.

The commands run in subprocesses against a scratch database of the suite's own engine, never the
pytest database: on SQLite a file in tmp_path, on PostgreSQL a database created for the module on
the same server (and dropped afterwards). The test process reads and changes the scratch database
through a temporary connection alias, with queryset updates, bulk_create and raw SQL only, so no
signal handler writes anywhere else. The files live in a folder (KLYNGE_MEDIA_ROOT) or, for the
object-storage tests, in a bucket of moto's S3 server (klynge/tests/servers.py; a missing moto
fails them).
"""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

import dj_database_url
import pytest
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import connections

from klynge.backup import (
    DUMP_NAMES,
    BackupError,
    fingerprint_media,
    fingerprint_models,
    read_manifest,
    stored_files,
    temporary_database,
    unpack,
)
from klynge.meetings.models import Attendance, Decision, Meeting
from klynge.organisation.models import Membership, Person
from klynge.tests.servers import s3, s3_server  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
ENGINE = "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"


@dataclass
class Site:
    url: str
    media: Path
    archive: Path
    workdir: Path
    blocker: object
    environ: dict = field(default_factory=dict)

    def in_bucket(self, bucket):
        """The same site with its files in the S3 bucket instead of the media folder."""
        return replace(self, environ=bucket.environ())

    def manage(self, *args, cwd=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("KLYNGE_")}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        env.update(KLYNGE_DATABASE_URL=self.url, KLYNGE_MEDIA_ROOT=str(self.media))
        env.update(self.environ)
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=cwd or ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    def ok(self, *args, cwd=None):
        result = self.manage(*args, cwd=cwd)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    @contextmanager
    def db(self):
        """A connection alias for the scratch database, closed again before any command runs."""
        with self.blocker.unblock(), temporary_database(dj_database_url.parse(self.url)) as alias:
            yield alias


def _pg_admin(sql):
    import psycopg

    default = settings.DATABASES["default"]
    with psycopg.connect(
        host=default["HOST"] or None,
        port=default["PORT"] or None,
        user=default["USER"] or None,
        password=default["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(sql)


@contextmanager
def scratch_database_url(folder):
    if ENGINE == "sqlite":
        yield f"sqlite:///{folder / 'klynge.sqlite3'}"
        return
    default = settings.DATABASES["default"]
    name = f"klynge_backup_{uuid.uuid4().hex[:10]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    credentials = quote(default["USER"] or "", safe="")
    if default["PASSWORD"]:
        credentials += ":" + quote(default["PASSWORD"], safe="")
    try:
        yield f"postgres://{credentials}@{default['HOST']}:{default['PORT']}/{name}"
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def site(tmp_path_factory, django_db_blocker):
    folder = tmp_path_factory.mktemp("backup")
    with scratch_database_url(folder) as url:
        site = Site(url, folder / "media", folder / "baseline.tar.gz", folder, django_db_blocker)
        site.ok("migrate", "--verbosity", "0")
        site.ok("build_demo")
        for relative, content in ATTACHMENTS.items():
            (site.media / relative).parent.mkdir(parents=True, exist_ok=True)
            (site.media / relative).write_bytes(content)
        backup = site.ok("backup", "--output", str(site.archive))
        assert f"path: {site.archive}" in backup.stdout
        yield site


ATTACHMENTS = {
    "bilag/2026/01/3f2a9c0d": b"%PDF-1.4 kommissorium\n",
    "bilag/2026/02/77b1e4aa": "Referat fra klyngestyregruppen, æøå".encode(),
}


def manifest_files(archive):
    media = read_manifest(archive)["media"]
    return f"{media['files']} filer ({media['bytes']} byte)"


def lines(output):
    return dict(line.split(": ", 1) for line in output.splitlines() if ": " in line)


def snapshot(alias):
    """What a person would check by hand: one membership and one meeting's decisions."""
    membership = Membership.objects.using(alias).order_by("pk").filter(role="chair").first()
    meeting = Meeting.objects.using(alias).filter(items__decisions__isnull=False).first()
    decisions = Decision.objects.using(alias).filter(item__meeting=meeting).order_by("pk")
    return {
        "membership": (
            membership.pk,
            membership.forum_id,
            membership.person.name,
            membership.role,
            membership.position_text,
            membership.starts_on,
        ),
        "meeting": meeting.pk,
        "decisions": list(decisions.values_list("pk", "item_id", "outcome", "text", "position")),
        "attendance": Attendance.objects.using(alias).filter(meeting=meeting).count(),
    }


def change_everything(alias, state):
    """Alter, delete and add rows, and disturb the attachments."""
    Decision.objects.using(alias).filter(item__meeting=state["meeting"]).update(
        outcome="rejected", text="Ændret efter sikkerhedskopien"
    )
    Membership.objects.using(alias).filter(pk=state["membership"][0]).update(
        role="observer", position_text="ændret"
    )
    Person.objects.using(alias).bulk_create([Person(name="Ny person efter sikkerhedskopien")])
    with connections[alias].cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {Attendance._meta.db_table} WHERE meeting_id = %s", [state["meeting"]]
        )


def test_backup_writes_one_archive_with_dump_media_and_manifest(site):
    with tarfile.open(site.archive) as tar:
        names = tar.getnames()
    assert names[-1] == "manifest.json"
    assert DUMP_NAMES[ENGINE] in names
    assert {f"media/{name}" for name in ATTACHMENTS} <= set(names)

    manifest = read_manifest(site.archive)
    assert manifest["engine"] == ENGINE
    assert manifest["created_at"].endswith("+00:00")
    assert "organisation.0001_initial" in manifest["migrations"]
    assert manifest["models"]["organisation.membership"]["rows"] > 0
    assert manifest["models"]["meetings.decision"]["rows"] > 0
    assert manifest["media"]["files"] == sum(path.is_file() for path in site.media.rglob("*"))
    with site.db() as alias:
        assert fingerprint_models(alias) == manifest["models"]


def test_restore_brings_back_every_record_and_attachment(site):
    manifest = read_manifest(site.archive)
    with site.db() as alias:
        before = fingerprint_models(alias)
        state = snapshot(alias)
        assert state["decisions"]
        assert state["attendance"] > 0
        change_everything(alias, state)
    (site.media / "bilag" / "stray.pdf").write_bytes(b"not in the backup")
    (site.media / "bilag/2026/01/3f2a9c0d").write_bytes(b"overwritten")

    refused = site.manage("restore", str(site.archive))
    assert refused.returncode != 0
    assert "Databasen eller fillageret" in refused.stderr
    assert "indeholder allerede data" in refused.stderr
    assert "--yes" in refused.stderr
    with site.db() as alias:
        assert Person.objects.using(alias).filter(name__startswith="Ny person").exists()
    assert (site.media / "bilag" / "stray.pdf").exists()

    restored = site.ok("restore", str(site.archive), "--yes")
    figures = lines(restored.stdout)
    assert figures["mismatches"] == "0"
    tables = len(manifest["models"])
    assert figures["tables_matched"] == f"{tables}/{tables}"
    assert figures["migrations_matched"] == str(len(manifest["migrations"]))
    assert figures["media_files_matched"] == str(manifest["media"]["files"])

    with site.db() as alias:
        assert fingerprint_models(alias) == before == manifest["models"]
        assert snapshot(alias) == state
        assert not Person.objects.using(alias).filter(name__startswith="Ny person").exists()
    assert not (site.media / "bilag" / "stray.pdf").exists()
    for relative, content in ATTACHMENTS.items():
        assert (site.media / relative).read_bytes() == content
    assert fingerprint_media(FileSystemStorage(site.media)) == manifest["media"]


def test_verify_only_compares_without_changing_anything(site, tmp_path):
    made = site.ok("backup", cwd=tmp_path)
    archive = Path(lines(made.stdout)["path"])
    assert not archive.is_absolute()
    assert archive.parent == Path("backups")
    assert archive.name.startswith("klynge-backup-")
    assert archive.name.endswith(".tar.gz")
    archive = tmp_path / archive
    assert int(lines(made.stdout)["rows"]) > 0

    same = site.ok("restore", "--verify-only", str(archive))
    assert lines(same.stdout)["mismatches"] == "0"

    with site.db() as alias:
        person = Person.objects.using(alias).order_by("pk").first()
        Person.objects.using(alias).filter(pk=person.pk).update(name=person.name + " (ændret)")
    (site.media / "bilag" / "stray.pdf").write_bytes(b"not in the backup")
    try:
        differs = site.manage("restore", "--verify-only", str(archive))
        assert differs.returncode != 0
        assert lines(differs.stdout)["mismatches"] == "2"
        assert "Kontrollen fandt 2 forskelle" in differs.stderr
        assert "organisation.person: samme antal rækker" in differs.stderr
        assert f"gemte filer: {manifest_files(archive)} i sikkerhedskopien" in differs.stderr
        assert str(site.media) in differs.stderr
        with site.db() as alias:
            assert Person.objects.using(alias).get(pk=person.pk).name.endswith("(ændret)")
        assert (site.media / "bilag" / "stray.pdf").exists()
    finally:
        site.ok("restore", str(archive), "--yes")


def _archive(path, members):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_restore_refuses_missing_corrupt_and_foreign_archives(site, tmp_path):
    with site.db() as alias:
        before = fingerprint_models(alias)

    missing = site.manage("restore", str(tmp_path / "findes-ikke.tar.gz"), "--yes")
    assert missing.returncode != 0
    assert "findes ikke" in missing.stderr

    garbage = tmp_path / "garbage.tar.gz"
    garbage.write_bytes(b"dette er ikke et arkiv")
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(site.archive.read_bytes()[: site.archive.stat().st_size // 2])
    no_manifest = _archive(tmp_path / "no-manifest.tar.gz", {DUMP_NAMES[ENGINE]: b"x"})
    result = site.manage("restore", str(garbage), "--yes")
    assert result.returncode != 0
    assert "kan ikke læses; den er beskadiget" in result.stderr
    for archive in (garbage, cut, no_manifest):
        with pytest.raises(BackupError, match="kan ikke læses"):
            read_manifest(archive)
        with pytest.raises(BackupError, match="kan ikke læses"):
            unpack(archive, tmp_path / archive.stem)

    other = "postgresql" if ENGINE == "sqlite" else "sqlite"
    manifest = json.loads(json.dumps(read_manifest(site.archive)))
    manifest["engine"] = other
    manifest["database_file"]["name"] = DUMP_NAMES[other]
    dump = site.archive.read_bytes()  # any bytes will do; only the checksum must match
    manifest["database_file"]["sha256"] = hashlib.sha256(dump).hexdigest()
    foreign = _archive(
        tmp_path / "foreign.tar.gz",
        {DUMP_NAMES[other]: dump, "manifest.json": json.dumps(manifest).encode()},
    )
    result = site.manage("restore", str(foreign), "--yes")
    assert result.returncode != 0
    assert "kan ikke gendannes her" in result.stderr

    with site.db() as alias:
        assert fingerprint_models(alias) == before


# --- files in object storage -------------------------------------------------------------------

BUCKET_FILES = {
    "bilag/2026/03/9c1d2e3f": b"%PDF-1.4 bilag i bucketten\n",
    "kilder/2026/03/referat.html": "<p>Referat, æøå</p>".encode(),
}

STRAY = {"bilag/stray.pdf": b"left by an earlier layout"}


def bucket_contents(bucket):
    return {key: bucket.read(key) for key in bucket.stored()}


def archive_media(archive):
    with tarfile.open(archive) as tar:
        return {
            member.name.removeprefix("media/"): tar.extractfile(member).read()
            for member in tar
            if member.isfile() and member.name.startswith("media/")
        }


def put(bucket, files):
    for key, content in files.items():
        bucket.client.put_object(Bucket=bucket.bucket, Key=key, Body=content)


def test_backup_and_restore_through_object_storage(site, s3, tmp_path):  # noqa: F811
    put(s3, BUCKET_FILES)
    folder_before = fingerprint_media(FileSystemStorage(site.media))
    in_bucket = site.in_bucket(s3)
    archive = tmp_path / "bucket.tar.gz"
    made = in_bucket.ok("backup", "--output", str(archive))
    assert lines(made.stdout)["media_files"] == "2"

    assert archive_media(archive) == BUCKET_FILES
    manifest = read_manifest(archive)
    assert manifest["format"] == 2
    assert manifest["storage"] == f"s3://{s3.bucket}"
    assert manifest["media"]["files"] == 2
    assert manifest["media"]["bytes"] == sum(len(content) for content in BUCKET_FILES.values())

    s3.client.delete_object(Bucket=s3.bucket, Key="bilag/2026/03/9c1d2e3f")
    put(s3, {"kilder/2026/03/referat.html": b"overskrevet", "bilag/stray.pdf": b"ikke med"})
    differs = in_bucket.manage("restore", "--verify-only", str(archive))
    assert differs.returncode != 0
    assert f"i s3://{s3.bucket}, og indholdet afviger" in differs.stderr

    restored = in_bucket.ok("restore", str(archive), "--yes")
    figures = lines(restored.stdout)
    assert figures["mismatches"] == "0"
    assert figures["media_files_matched"] == "2"
    assert bucket_contents(s3) == BUCKET_FILES
    assert fingerprint_media(FileSystemStorage(site.media)) == folder_before


def test_a_folder_backup_restores_into_a_new_server_with_a_bucket(site, s3, tmp_path):  # noqa: F811
    put(s3, STRAY)
    with scratch_database_url(tmp_path) as url:
        new_server = replace(site, url=url, media=tmp_path / "media").in_bucket(s3)
        refused = new_server.manage("restore", str(site.archive))
        assert refused.returncode != 0
        assert f"fillageret (s3://{s3.bucket}) indeholder allerede data" in refused.stderr
        assert bucket_contents(s3) == STRAY

        restored = new_server.ok("restore", str(site.archive), "--yes")
        assert lines(restored.stdout)["mismatches"] == "0"
        with new_server.db() as alias:
            assert fingerprint_models(alias) == read_manifest(site.archive)["models"]
    assert bucket_contents(s3) == archive_media(site.archive)
    assert set(ATTACHMENTS.items()) <= set(bucket_contents(s3).items())
    assert not (tmp_path / "media").exists()


def _with_manifest(source, target, **changes):
    """A copy of an archive with fields of its manifest changed (None drops a field)."""
    manifest = read_manifest(source)
    manifest.update(changes)
    manifest = {key: value for key, value in manifest.items() if value is not None}
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            if member.name != "manifest.json":
                new.addfile(member, old.extractfile(member))
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        new.addfile(info, io.BytesIO(data))
    return target


def test_a_format_1_backup_restores_onto_disk_but_never_empties_a_bucket(site, s3, tmp_path):  # noqa: F811
    old = _with_manifest(site.archive, tmp_path / "format-1.tar.gz", format=1, storage=None)
    put(s3, BUCKET_FILES)
    with site.db() as alias:
        before = fingerprint_models(alias)

    refused = site.in_bucket(s3).manage("restore", str(old), "--yes")
    assert refused.returncode != 0
    assert "har format 1" in refused.stderr
    assert f"ville tømme s3://{s3.bucket}" in refused.stderr
    assert bucket_contents(s3) == BUCKET_FILES
    with site.db() as alias:
        assert fingerprint_models(alias) == before

    restored = site.ok("restore", str(old), "--yes")
    assert lines(restored.stdout)["mismatches"] == "0"
    assert fingerprint_media(FileSystemStorage(site.media)) == read_manifest(old)["media"]

    future = _with_manifest(site.archive, tmp_path / "format-3.tar.gz", format=3)
    with pytest.raises(BackupError, match="har format 3; denne version af Klynge læser format 1–2"):
        read_manifest(future)


def test_stored_files_leaves_out_symlinks_on_local_disk(tmp_path):
    outside = tmp_path / "outside"
    (outside / "secret").mkdir(parents=True)
    (outside / "secret" / "key.pem").write_bytes(b"not an attachment")
    media = tmp_path / "media"
    (media / "bilag").mkdir(parents=True)
    (media / "bilag" / "notat.pdf").write_bytes(b"%PDF")
    (media / "bilag" / "link.pdf").symlink_to(outside / "secret" / "key.pem")
    (media / "elsewhere").symlink_to(outside / "secret")

    storage = FileSystemStorage(media)
    assert stored_files(storage) == ["bilag/notat.pdf"]
    assert stored_files(FileSystemStorage(tmp_path / "not-made-yet")) == []


class ProbeVanishes(FileSystemStorage):
    """Disk storage whose probe file is deleted just after it was listed, as /healthz's is."""

    def listdir(self, path):
        listed = super().listdir(path)
        (Path(self.location) / "healthz-probe.txt").unlink(missing_ok=True)
        return listed


def test_a_file_deleted_while_the_backup_reads_is_passed_over(tmp_path):
    (tmp_path / "notat.pdf").write_bytes(b"%PDF")
    (tmp_path / "healthz-probe.txt").write_bytes(b"ok")
    media = fingerprint_media(ProbeVanishes(tmp_path))
    assert media == fingerprint_media(FileSystemStorage(tmp_path))
    assert media["files"] == 1
