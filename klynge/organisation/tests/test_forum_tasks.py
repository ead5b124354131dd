"""The forum page shows the terms of reference's tasks as the list they are written as."""

from __future__ import annotations

from django.urls import reverse

from klynge.meetings.tests.conftest import steering  # noqa: F401 - fixture
from klynge.organisation.models import TermsOfReference

TASKS = "Klyngestyregruppen skal:\n- sætte retning for klyngen\n- følge op på indsatserne"


def test_the_tasks_are_a_list_not_dashes(client, steering):  # noqa: F811
    TermsOfReference.objects.create(
        forum=steering.forum, version=1, title="Kommissorium", status="approved", tasks=TASKS
    )
    client.force_login(steering.secretary_user)
    html = client.get(reverse("organisation:forum", args=[steering.forum.slug])).content.decode()
    tasks = html.split('id="tasks-heading"', 1)[1].split("</section>", 1)[0]
    assert "<li>sætte retning for klyngen</li>" in tasks
    assert "<li>følge op på indsatserne</li>" in tasks
    assert "- sætte" not in tasks
