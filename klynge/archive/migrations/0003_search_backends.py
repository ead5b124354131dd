"""The full-text parts of the search index, for the database in use.

SQLite: an FTS5 table over SearchEntry.lemmas (external content, rowid = SearchEntry.id) and
triggers that keep it in step. Django remakes a SQLite table on most later schema changes to
SearchEntry, which drops the triggers: such a migration must run create_sqlite() again.

PostgreSQL: a generated tsvector column over the same lemmas with a GIN index, and the text
search configuration klynge_danish (hunspell-da as an ispell dictionary ahead of danish_stem;
danish_stem alone when the dictionary files are not installed, see
scripts/install-pg-dictionary.sh and the system check archive.W001).
"""

from django.db import migrations

from klynge.archive.search.pg import create_pg_configuration

FTS = "archive_search_fts"

SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE {FTS} USING fts5(lemmas, content='archive_searchentry', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    f"CREATE TRIGGER archive_search_ai AFTER INSERT ON archive_searchentry BEGIN "
    f"INSERT INTO {FTS}(rowid, lemmas) VALUES (new.id, new.lemmas); END",
    f"CREATE TRIGGER archive_search_ad AFTER DELETE ON archive_searchentry BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, lemmas) VALUES ('delete', old.id, old.lemmas); END",
    f"CREATE TRIGGER archive_search_au AFTER UPDATE ON archive_searchentry BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, lemmas) VALUES ('delete', old.id, old.lemmas); "
    f"INSERT INTO {FTS}(rowid, lemmas) VALUES (new.id, new.lemmas); END",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS archive_search_ai",
    "DROP TRIGGER IF EXISTS archive_search_ad",
    "DROP TRIGGER IF EXISTS archive_search_au",
    f"DROP TABLE IF EXISTS {FTS}",
]

POSTGRES_CREATE = [
    "ALTER TABLE archive_searchentry ADD COLUMN vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, lemmas)) STORED",
    "CREATE INDEX archive_search_vector ON archive_searchentry USING gin (vector)",
]
POSTGRES_DROP = [
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS klynge_danish",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS danish_hunspell",
    "DROP INDEX IF EXISTS archive_search_vector",
    "ALTER TABLE archive_searchentry DROP COLUMN IF EXISTS vector",
]


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "sqlite":
            for sql in SQLITE_CREATE:
                cursor.execute(sql)
        elif vendor == "postgresql":
            for sql in POSTGRES_CREATE:
                cursor.execute(sql)
            create_pg_configuration(cursor)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}.get(vendor, [])
    with schema_editor.connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_search_entry")]

    operations = [migrations.RunPython(forwards, backwards)]
