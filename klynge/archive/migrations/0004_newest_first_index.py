"""An index on the entries' dates, newest first: a search for a common word (more matches than
the count cap) lists the newest matches by walking it instead of ranking every match.

Raw SQL because PostgreSQL needs NULLS LAST in the index (entries without a date come last) and
SQLite's CREATE INDEX has no NULLS clause (there NULLs sort last in descending order anyway).
"""

from django.db import migrations

INDEX = "archive_entry_newest"


def forwards(apps, schema_editor):
    order = {"postgresql": "date DESC NULLS LAST, id DESC", "sqlite": "date DESC, id DESC"}
    columns = order.get(schema_editor.connection.vendor)
    if columns:
        schema_editor.execute(f"CREATE INDEX {INDEX} ON archive_searchentry ({columns})")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor in ("postgresql", "sqlite"):
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("archive", "0003_search_backends")]

    operations = [migrations.RunPython(forwards, backwards)]
