"""Backup and restore of Klynge: the database, the stored files and a manifest to check them by.

One archive (``.tar.gz``) holds

``database.sqlite3`` or ``database.pgdump``
    SQLite: a consistent copy made with SQLite's online backup API (safe while the app writes).
    PostgreSQL: ``pg_dump --format=custom``, taken in the same snapshot as the manifest.
``media/<name>``
    every file in Django's default storage under its storage name (attachments, imported
    sources, generated files), read through the storage API: the same on local disk
    (``MEDIA_ROOT``) and in S3-compatible object storage.
``manifest.json`` (last, so a cut-off archive has none)
    Klynge version, engine, time, where the files came from, the applied migrations, for every
    model its row count and a checksum of its rows, the files' count and checksum, and the dump
    file's checksum.

Restoring replaces the database and the stored files and then verifies: the counts and checksums
are computed anew from the restored database and storage and compared with the manifest.

Format 1 archives (before object storage) hold the files under ``MEDIA_ROOT`` only; they are
restored onto local disk as before but refused for object storage, where their empty ``media/``
would empty the bucket.

A model's checksum is order-independent: the SHA-256 of every row (its concrete fields as
canonical JSON) summed modulo 2**256, so it does not depend on the database's collation or the
order rows come back in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import posixpath
import sqlite3
import subprocess
import tarfile
import tempfile
import time
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import IO, Any

import django
from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

FORMAT = 2
# Format 1 took the files under MEDIA_ROOT, never a bucket's: see check_storage().
READABLE_FORMATS = (1, 2)
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DUMP_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# Tables that `migrate` fills by itself: rows there do not make a database "hold data".
FILLED_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission"}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
PG_OPTION_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}
CHUNK = 2000
HASH_MODULUS = 2**256


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the operator, in Danish."""


@dataclass
class BackupResult:
    path: Path
    size: int
    tables: int
    rows: int
    media_files: int
    seconds: float


@dataclass
class Verification:
    """The outcome of comparing a manifest with a database and a media folder."""

    tables: int = 0
    tables_matched: int = 0
    rows_matched: int = 0
    migrations_matched: int = 0
    media_files_matched: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches


# --- fingerprints ------------------------------------------------------------------------------


def backed_up_models() -> list[type[Model]]:
    """Every model with a table of its own, m2m tables included, in label order."""
    models = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        models.setdefault(meta.db_table, model)
    return sorted(models.values(), key=lambda m: m._meta.label_lower)


def _json_default(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)  # Decimal, UUID, timedelta and the rest


def row_digest(row: tuple[Any, ...]) -> int:
    text = json.dumps(
        list(row),
        default=_json_default,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return int.from_bytes(hashlib.sha256(text.encode()).digest(), "big")


def fingerprint_model(model: type[Model], using: str) -> dict[str, Any]:
    fields = [f.attname for f in model._meta.concrete_fields]
    rows = 0
    total = 0
    queryset = model._base_manager.using(using).order_by().values_list(*fields)
    for row in queryset.iterator(chunk_size=CHUNK):
        rows += 1
        total = (total + row_digest(row)) % HASH_MODULUS
    return {"table": model._meta.db_table, "rows": rows, "sha256": f"{total:064x}"}


def fingerprint_models(using: str = "default") -> dict[str, dict[str, Any]]:
    """Row count and checksum for every model; a model without a table gets rows None."""
    tables = set(connections[using].introspection.table_names())
    result = {}
    for model in backed_up_models():
        label = model._meta.label_lower
        if model._meta.db_table in tables:
            result[label] = fingerprint_model(model, using)
        else:
            result[label] = {"table": model._meta.db_table, "rows": None, "sha256": None}
    return result


def applied_migrations(using: str = "default") -> list[str]:
    recorder = MigrationRecorder(connections[using])
    if not recorder.has_table():
        return []
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _local_path(storage: Storage, name: str = "") -> Path | None:
    """Where a stored name lies on this machine, or None in object storage."""
    try:
        return Path(storage.path(name))
    except NotImplementedError:
        return None


def storage_place(storage: Storage = default_storage) -> str:
    """The storage as an operator knows it: a folder or a bucket."""
    root = _local_path(storage)
    if root is not None:
        return str(root)
    return f"s3://{getattr(storage, 'bucket_name', type(storage).__name__)}"


def _is_link(storage: Storage, name: str) -> bool:
    path = _local_path(storage, name)
    return path is not None and path.is_symlink()


def _walk(storage: Storage, folder: str) -> Iterator[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # MEDIA_ROOT not made yet
        return
    for name in (posixpath.join(folder, entry) for entry in files):
        if not _is_link(storage, name):
            yield name
    for name in (posixpath.join(folder, entry) for entry in folders):
        if not _is_link(storage, name):
            yield from _walk(storage, name)


def stored_files(storage: Storage = default_storage) -> list[str]:
    """Every file's storage name, in a stable order; on local disk symlinks are left out."""
    return sorted(_walk(storage, ""))


def _opened_files(storage: Storage) -> Iterator[tuple[str, IO[bytes]]]:
    """Each stored file, open for reading. One deleted since the listing is passed over: the
    app keeps running during a backup, and /healthz writes and deletes a probe file."""
    for name in stored_files(storage):
        try:
            handle = storage.open(name, "rb")
        except FileNotFoundError:
            continue
        with handle:
            yield name, handle


def _file_sha256(handle: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for block in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(block)
        size += len(block)
    return digest.hexdigest(), size


class MediaDigest:
    """Checksum over (path, content checksum) of every attachment file, in path order."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.files = 0
        self.bytes = 0

    def add(self, relative: str, sha256: str, size: int) -> None:
        self.digest.update(f"{relative}\0{sha256}\n".encode())
        self.files += 1
        self.bytes += size

    def as_dict(self) -> dict[str, Any]:
        return {"files": self.files, "bytes": self.bytes, "sha256": self.digest.hexdigest()}


def fingerprint_media(storage: Storage = default_storage) -> dict[str, Any]:
    digest = MediaDigest()
    for name, handle in _opened_files(storage):
        sha, size = _file_sha256(handle)
        digest.add(name, sha, size)
    return digest.as_dict()


# --- connections -------------------------------------------------------------------------------


def engine_of(conn: BaseDatabaseWrapper) -> str:
    if conn.vendor not in DUMP_NAMES:
        raise BackupError(
            _("The database type %(vendor)r is not supported; only SQLite and PostgreSQL.")
            % {"vendor": conn.vendor}
        )
    return conn.vendor


@contextlib.contextmanager
def temporary_database(settings_dict: dict[str, Any]) -> Iterator[str]:
    """A Django connection alias for another database, for the duration of the block."""
    alias = f"klynge_backup_{uuid.uuid4().hex[:8]}"
    configured = connections.configure_settings({"default": dict(settings_dict)})["default"]
    connections.settings[alias] = configured
    try:
        yield alias
    finally:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


def database_has_data(using: str = "default") -> bool:
    """True when any table (other than those migrate fills by itself) has a row."""
    tables = set(connections[using].introspection.table_names())
    for model in backed_up_models():
        if model._meta.label_lower in FILLED_BY_MIGRATE or model._meta.db_table not in tables:
            continue
        if model._base_manager.using(using).exists():
            return True
    return False


def pg_env(settings_dict: dict[str, Any]) -> dict[str, str]:
    """The environment for pg_dump/pg_restore: the password goes here, never on the command line."""
    env = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    options = settings_dict.get("OPTIONS") or {}
    values.update({env_name: options.get(key) for key, env_name in PG_OPTION_ENV.items()})
    env.update({name: str(value) for name, value in values.items() if value})
    return env


def run_tool(command: list[str], env: dict[str, str]) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BackupError(
            _(
                "%(tool)s was not found; install the PostgreSQL client tools (the Debian "
                "package postgresql-client) in the same version as the server."
            )
            % {"tool": command[0]}
        ) from exc
    if result.returncode != 0:
        raise BackupError(
            _("%(tool)s failed (code %(code)d):\n%(error)s")
            % {"tool": command[0], "code": result.returncode, "error": result.stderr.strip()}
        )


# --- backup ------------------------------------------------------------------------------------


def default_output() -> Path:
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    return Path("backups") / f"klynge-backup-{stamp}.tar.gz"


def klynge_version() -> str:
    try:
        return metadata.version("klynge")
    except metadata.PackageNotFoundError:
        return "ukendt"


def _dump_sqlite(conn: BaseDatabaseWrapper, dump: Path) -> tuple[dict, list[str]]:
    """Copy with SQLite's backup API, then read the manifest's figures from the copy itself."""
    conn.ensure_connection()
    target = sqlite3.connect(dump)
    try:
        conn.connection.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    copy = {**conn.settings_dict, "NAME": f"file:{dump}?mode=ro", "OPTIONS": {}}
    with temporary_database(copy) as alias:
        return fingerprint_models(alias), applied_migrations(alias)


def _dump_postgresql(conn: BaseDatabaseWrapper, dump: Path) -> tuple[dict, list[str]]:
    """pg_dump in an exported snapshot, and the manifest's figures from the same snapshot."""
    if conn.in_atomic_block:
        raise BackupError(_("The backup cannot be taken inside an open transaction."))
    settings_dict = conn.settings_dict
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        command = [
            "pg_dump",
            "--format=custom",
            "--no-password",
            f"--snapshot={snapshot}",
            f"--file={dump}",
            str(settings_dict["NAME"]),
        ]
        run_tool(command, pg_env(settings_dict))
        return fingerprint_models(conn.alias), applied_migrations(conn.alias)


def _add_media(tar: tarfile.TarFile, storage: Storage) -> dict[str, Any]:
    """Add every stored file, hashing exactly the bytes that go into the archive."""
    digest = MediaDigest()
    for name, handle in _opened_files(storage):
        sha, size = _file_sha256(handle)
        handle.seek(0)
        _add_member(tar, f"{MEDIA_DIR}/{name}", handle, size)
        digest.add(name, sha, size)
    return digest.as_dict()


def _add_member(tar: tarfile.TarFile, name: str, handle: IO[bytes], size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(time.time())
    info.mode = 0o644
    tar.addfile(info, handle)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    _add_member(tar, name, io.BytesIO(data), len(data))


def build_manifest(
    engine: str, dump: Path, models: dict, migrations: list[str], media: dict, storage: str
) -> dict[str, Any]:
    with dump.open("rb") as handle:
        sha, size = _file_sha256(handle)
    return {
        "format": FORMAT,
        "klynge_version": klynge_version(),
        "django_version": django.get_version(),
        "engine": engine,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database_file": {"name": dump.name, "bytes": size, "sha256": sha},
        "storage": storage,
        "migrations": migrations,
        "models": models,
        "media": media,
    }


def create_backup(
    output: Path | str | None = None,
    using: str = "default",
    storage: Storage = default_storage,
) -> BackupResult:
    """Write one archive with the database, the stored files and the manifest."""
    started = time.monotonic()
    conn = connections[using]
    engine = engine_of(conn)
    output = Path(output) if output else default_output()
    if output.exists():
        raise BackupError(
            _("%(path)s exists already; choose another name with --output.") % {"path": output}
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".klynge-backup-") as tmp:
        dump = Path(tmp) / DUMP_NAMES[engine]
        dumper = _dump_sqlite if engine == "sqlite" else _dump_postgresql
        models, migrations = dumper(conn, dump)
        try:
            with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
                tar.add(dump, arcname=dump.name)
                media = _add_media(tar, storage)
                place = storage_place(storage)
                manifest = build_manifest(engine, dump, models, migrations, media, place)
                text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
                _add_bytes(tar, MANIFEST, text.encode())
            partial.replace(output)
        finally:
            partial.unlink(missing_ok=True)
    counted = [m["rows"] for m in models.values() if m["rows"] is not None]
    return BackupResult(
        path=output,
        size=output.stat().st_size,
        tables=len(counted),
        rows=sum(counted),
        media_files=media["files"],
        seconds=time.monotonic() - started,
    )


# --- reading an archive ------------------------------------------------------------------------

ARCHIVE_ERRORS = (tarfile.TarError, EOFError, OSError, zlib.error, UnicodeDecodeError, ValueError)


def _corrupt(path: Path, detail: object) -> BackupError:
    return BackupError(
        _("The backup %(path)s cannot be read; it is damaged or not a Klynge backup (%(detail)s).")
        % {"path": path, "detail": detail}
    )


def _check_exists(path: Path) -> None:
    if not path.is_file():
        raise BackupError(_("The backup %(path)s does not exist.") % {"path": path})


def _parse_manifest(path: Path, data: bytes | None) -> dict[str, Any]:
    if data is None:
        raise _corrupt(path, _("%(file)s is missing") % {"file": MANIFEST})
    try:
        manifest = json.loads(data)
    except ValueError as exc:
        raise _corrupt(path, _("%(file)s is not valid JSON") % {"file": MANIFEST}) from exc
    required = {"format", "engine", "database_file", "migrations", "models", "media"}
    if not isinstance(manifest, dict) or not required <= manifest.keys():
        raise _corrupt(path, _("%(file)s lacks fields") % {"file": MANIFEST})
    if manifest["format"] not in READABLE_FORMATS:
        readable = f"{READABLE_FORMATS[0]}–{READABLE_FORMATS[-1]}"
        raise BackupError(
            _(
                "The backup %(path)s has format %(found)s; this version of Klynge reads "
                "format %(format)s."
            )
            % {"path": path, "found": manifest["format"], "format": readable}
        )
    return manifest


def read_manifest(path: Path | str) -> dict[str, Any]:
    """The manifest of an archive (the whole archive is read, so damage shows up here)."""
    path = Path(path)
    _check_exists(path)
    data = None
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if member.name == MANIFEST and member.isfile():
                    data = tar.extractfile(member).read()
    except ARCHIVE_ERRORS as exc:
        raise _corrupt(path, exc) from exc
    return _parse_manifest(path, data)


def unpack(path: Path, into: Path) -> dict[str, Any]:
    """Extract the archive into a folder and check the dump against the manifest."""
    _check_exists(path)
    try:
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if member.name != MANIFEST and not _expected_member(member):
                    raise _corrupt(path, _("unexpected content %(name)r") % {"name": member.name})
                tar.extract(member, into, filter="data")
    except ARCHIVE_ERRORS as exc:
        raise _corrupt(path, exc) from exc
    manifest_file = into / MANIFEST
    manifest = _parse_manifest(path, manifest_file.read_bytes() if manifest_file.exists() else None)
    _check_dump(path, into, manifest)
    return manifest


def _expected_member(member: tarfile.TarInfo) -> bool:
    name = member.name
    if member.isdir():
        return name == MEDIA_DIR or name.startswith(MEDIA_DIR + "/")
    return member.isfile() and (name in DUMP_NAMES.values() or name.startswith(MEDIA_DIR + "/"))


def _check_dump(path: Path, folder: Path, manifest: dict[str, Any]) -> None:
    expected = manifest["database_file"]
    dump = folder / expected["name"]
    if expected["name"] not in DUMP_NAMES.values() or not dump.is_file():
        raise _corrupt(path, _("the database file is missing"))
    with dump.open("rb") as handle:
        sha, _size = _file_sha256(handle)
    if sha != expected["sha256"]:
        raise _corrupt(path, _("the database file's checksum does not match"))


def check_engine(manifest: dict[str, Any], conn: BaseDatabaseWrapper) -> None:
    target = engine_of(conn)
    if manifest["engine"] != target:
        archive = ENGINE_NAMES.get(manifest["engine"], manifest["engine"])
        raise BackupError(
            _(
                "The backup is from a %(archive)s database, but Klynge is set up with "
                "%(target)s; it cannot be restored here."
            )
            % {"archive": archive, "target": ENGINE_NAMES[target]}
        )


# --- restore -----------------------------------------------------------------------------------


def _restore_sqlite(conn: BaseDatabaseWrapper, dump: Path) -> None:
    source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
    try:
        if conn.is_in_memory_db():
            conn.ensure_connection()
            source.backup(conn.connection)
            return
        conn.close()
        target = sqlite3.connect(str(conn.settings_dict["NAME"]), timeout=30)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _restore_postgresql(conn: BaseDatabaseWrapper, dump: Path) -> None:
    conn.close()
    settings_dict = conn.settings_dict
    command = [
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        "--no-password",
        f"--dbname={settings_dict['NAME']}",
        str(dump),
    ]
    run_tool(command, pg_env(settings_dict))


def _check_media_root(storage: Storage) -> None:
    root = _local_path(storage)
    if root is None:
        return
    resolved = root.resolve()
    base = Path(settings.BASE_DIR).resolve()
    forbidden = {Path("/"), Path.home().resolve(), base, *base.parents}
    if resolved in forbidden:
        raise BackupError(
            _(
                "MEDIA_ROOT points to %(path)s; the attachments folder is not restored there. "
                "Set KLYNGE_MEDIA_ROOT to a folder for attachments only."
            )
            % {"path": resolved}
        )


def check_storage(path: Path, manifest: dict[str, Any], storage: Storage) -> None:
    """Refuse a MEDIA_ROOT that holds more than files, and a format-1 backup for object
    storage: it never held a bucket's files, so restoring it would empty the bucket."""
    if _local_path(storage) is not None:
        _check_media_root(storage)
    elif manifest["format"] == 1:
        raise BackupError(
            _(
                "The backup %(path)s has format 1, from before Klynge backed up object "
                "storage: it holds only the files that were under MEDIA_ROOT, and restoring it "
                "would empty %(place)s. Restore it with the files on local disk (without "
                "KLYNGE_S3_BUCKET); to move them to object storage, take a new backup there and "
                "restore that."
            )
            % {"path": path, "place": storage_place(storage)}
        )


def _put(storage: Storage, name: str, source: Path) -> None:
    with source.open("rb") as handle:
        saved = storage.save(name, File(handle, name=name))
    if saved != name:
        raise BackupError(
            _(
                "%(name)s could not be restored under its own name (it became %(saved)s); "
                "stop every Klynge process and restore again."
            )
            % {"name": name, "saved": saved}
        )


def restore_media(source: Path, storage: Storage = default_storage) -> None:
    """Make the storage hold exactly the archive's files, under the same names."""
    _check_media_root(storage)
    for name in stored_files(storage):
        storage.delete(name)
    if not source.is_dir():
        return
    for path in sorted(source.rglob("*")):
        if path.is_file():
            _put(storage, path.relative_to(source).as_posix(), path)


def _check_confirmed(confirmed: bool, using: str, storage: Storage) -> None:
    if confirmed or not (database_has_data(using) or next(_walk(storage, ""), None)):
        return
    raise BackupError(
        _(
            "The database or the file storage (%(place)s) holds data already, and a restore "
            "replaces both entirely. Run again with --yes to confirm."
        )
        % {"place": storage_place(storage)}
    )


def restore_backup(
    path: Path | str,
    *,
    confirmed: bool,
    using: str = "default",
    storage: Storage = default_storage,
) -> Verification:
    """Replace the database and the stored files with the archive's, then verify."""
    path = Path(path)
    conn = connections[using]
    with tempfile.TemporaryDirectory(prefix="klynge-restore-") as tmp:
        folder = Path(tmp)
        manifest = unpack(path, folder)
        check_engine(manifest, conn)
        check_storage(path, manifest, storage)
        _check_confirmed(confirmed, using, storage)
        dump = folder / manifest["database_file"]["name"]
        if manifest["engine"] == "sqlite":
            _restore_sqlite(conn, dump)
        else:
            _restore_postgresql(conn, dump)
        restore_media(folder / MEDIA_DIR, storage)
    return verify(manifest, using, storage)


# --- verification ------------------------------------------------------------------------------


def _rows_text(rows: int | None) -> str:
    if rows is None:
        return _("no table")
    return ngettext("%(n)d row", "%(n)d rows", rows) % {"n": rows}


def _compare_models(expected: dict, current: dict, report: Verification) -> None:
    for label in sorted(expected.keys() | current.keys()):
        want, have = expected.get(label), current.get(label)
        report.tables += 1
        if want is None:
            report.mismatches.append(_("%(model)s: not in the backup") % {"model": label})
        elif have is None:
            report.mismatches.append(
                _("%(model)s: the model does not exist in this version of Klynge")
                % {"model": label}
            )
        elif (want["rows"], want["sha256"]) == (have["rows"], have["sha256"]):
            report.tables_matched += 1
            report.rows_matched += want["rows"] or 0
        elif want["rows"] != have["rows"]:
            report.mismatches.append(
                _("%(model)s: %(backup)s in the backup, %(database)s in the database")
                % {
                    "model": label,
                    "backup": _rows_text(want["rows"]),
                    "database": _rows_text(have["rows"]),
                }
            )
        else:
            report.mismatches.append(
                _("%(model)s: the same number of rows (%(rows)d), but the content differs")
                % {"model": label, "rows": have["rows"]}
            )


def _compare_migrations(expected: list[str], current: list[str], report: Verification) -> None:
    missing = sorted(set(expected) - set(current))
    extra = sorted(set(current) - set(expected))
    if missing:
        report.mismatches.append(
            _("migrations missing in the database: %(names)s") % {"names": ", ".join(missing)}
        )
    if extra:
        report.mismatches.append(
            _("migrations beyond the backup's: %(names)s") % {"names": ", ".join(extra)}
        )
    if not missing and not extra:
        report.migrations_matched = len(expected)


def _compare_media(expected: dict, current: dict, place: str, report: Verification) -> None:
    if expected == current:
        report.media_files_matched = expected["files"]
        return
    if expected["files"] == current["files"]:
        message = _(
            "stored files: %(backup)s in the backup, %(current)s in %(place)s, "
            "and the content differs"
        )
    else:
        message = _("stored files: %(backup)s in the backup, %(current)s in %(place)s")
    report.mismatches.append(
        message % {"backup": _files_text(expected), "current": _files_text(current), "place": place}
    )


def _files_text(media: dict[str, Any]) -> str:
    return ngettext(
        "%(n)d file (%(bytes)d bytes)", "%(n)d files (%(bytes)d bytes)", media["files"]
    ) % {"n": media["files"], "bytes": media["bytes"]}


def verify(
    manifest: dict[str, Any], using: str = "default", storage: Storage = default_storage
) -> Verification:
    """Compare the manifest with the database and the stored files as they are now."""
    report = Verification()
    _compare_models(manifest["models"], fingerprint_models(using), report)
    _compare_migrations(manifest["migrations"], applied_migrations(using), report)
    media = fingerprint_media(storage)
    _compare_media(manifest["media"], media, storage_place(storage), report)
    return report


def verify_archive(
    path: Path | str, using: str = "default", storage: Storage = default_storage
) -> Verification:
    manifest = read_manifest(path)
    check_engine(manifest, connections[using])
    return verify(manifest, using, storage)
