"""A covering index for the search's filters on SQLite: with a member's fora or a period, SQLite
starts from it and only looks the matching ids up in the full-text set, instead of reading every
match's row (bench/archive.py: a member's filtered search went from about 150 ms to about 25 ms).
PostgreSQL filters after its GIN bitmap and does not need it."""

from django.db import migrations

INDEX = "archive_entry_filters"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f"CREATE INDEX {INDEX} ON archive_searchentry (forum_id, date, closed, cluster_id, id)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("archive", "0004_newest_first_index")]

    operations = [migrations.RunPython(forwards, backwards)]
