"""manage.py backup and restore bring back every record and every attachment, and say so.

The commands run in subprocesses against a scratch database of the suite's own engine, never the
pytest database: on SQLite a file in tmp_path, on PostgreSQL a database created for the module on
the same server (and dropped afterwards). The test process reads and changes the scratch database
through a temporary connection alias, with queryset updates, bulk_create and raw SQL only, so no
signal handler writes anywhere else.
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
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import dj_database_url
import pytest
from django.conf import settings
from django.db import connections

from klynge.backup import (
    DUMP_NAMES,
    BackupError,
    fingerprint_media,
    fingerprint_models,
    read_manifest,
    temporary_database,
    unpack,
)
from klynge.meetings.models import Attendance, Decision, Meeting
from klynge.organisation.models import Membership, Person

ROOT = Path(__file__).resolve().parents[2]
ENGINE = "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"


@dataclass
class Site:
    url: str
    media: Path
    archive: Path
    workdir: Path
    blocker: object

    def manage(self, *args, cwd=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("KLYNGE_")}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        env.update(KLYNGE_DATABASE_URL=self.url, KLYNGE_MEDIA_ROOT=str(self.media))
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
    assert "Databasen indeholder allerede data" in refused.stderr
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
    assert fingerprint_media(site.media) == manifest["media"]


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
        assert "bilagsmappen" in differs.stderr
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
