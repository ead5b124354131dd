"""Search entries know their agenda item and, when it is closed, its forum: a closed entry is
found by those who may read that item (its forum's closed items, less exclusions), whatever
forum the entry is listed under. Existing entries are filled in from their objects."""

import django.db.models.deletion
from django.db import migrations, models


def fill_in(apps, schema_editor):
    entries = apps.get_model("archive", "SearchEntry")
    items = apps.get_model("meetings", "AgendaItem")
    sources = {
        "item": {pk: pk for pk in items.objects.values_list("pk", flat=True)},
        "attachment": dict(
            apps.get_model("meetings", "Attachment").objects.values_list("pk", "item_id")
        ),
        "action": dict(apps.get_model("followup", "Action").objects.values_list("pk", "item_id")),
    }
    closed = dict(items.objects.filter(closed=True).values_list("pk", "meeting__forum_id"))
    for entry in entries.objects.filter(kind__in=list(sources)).only("pk", "kind", "object_id"):
        item_id = sources[entry.kind].get(entry.object_id)
        if item_id is not None:
            entries.objects.filter(pk=entry.pk).update(
                item_id=item_id, closed_forum_id=closed.get(item_id)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0005_filter_index"),
        ("meetings", "0002_item_exclusion"),
        ("organisation", "0003_public_site"),
        ("followup", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="closed_forum",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="organisation.forum",
            ),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="item",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="meetings.agendaitem",
            ),
        ),
        migrations.RunPython(fill_in, migrations.RunPython.noop),
    ]
