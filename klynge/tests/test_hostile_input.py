"""Hostile input to the forms: never a server error, never markup that runs, nothing half-saved.

Property-based (hypothesis): any text, including control characters, markup and huge strings.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klynge.meetings.models import AgendaItem
from klynge.organisation.models import Membership, Person

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
hostile = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50).map(lambda t: SCRIPT + t),
    st.sampled_from(
        [
            SCRIPT,
            '"><img src=x onerror=alert(1)>',
            "[x](javascript:alert(1))",
            "'; DROP TABLE organisation_person; --",
            "\x00\x01\x1f",
            "æøå" * 3000,
            "{{ settings.SECRET_KEY }}",
            "{% debug %}",
        ]
    ),
)
few = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@few
@given(name=hostile, title=hostile, email=hostile, start=hostile)
def test_membership_form(client, steering, name, title, email, start):
    client.force_login(steering.secretary_user)
    people, seats = Person.objects.count(), Membership.objects.count()
    response = client.post(
        reverse("organisation:membership_add", args=[steering.forum.slug]),
        {
            "new_person_name": name,
            "new_person_title": title,
            "new_person_email": email,
            "party": steering.viborg.pk,
            "role": "member",
            "starts_on": start,
        },
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert (Person.objects.count(), Membership.objects.count()) == (people, seats)
        assert SCRIPT.encode() not in response.content


@few
@given(title=hostile, case_text=hostile, recommendations=hostile, minutes=hostile)
def test_agenda_item_form_and_the_page_showing_it(
    client, steering, title, case_text, recommendations, minutes
):
    client.force_login(steering.secretary_user)
    before = AgendaItem.objects.count()
    response = client.post(
        reverse("meetings:item_new", args=[steering.meeting.pk]),
        {
            "kind": "decision",
            "title": title,
            "duration_minutes": minutes,
            "case_text": case_text,
            "recommendations_text": recommendations,
        },
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert AgendaItem.objects.count() == before
    page = client.get(steering.meeting.get_absolute_url())
    assert page.status_code == 200
    assert SCRIPT.encode() not in page.content
    assert b'href="javascript' not in page.content
    assert b"<img" not in page.content


@few
@given(day=hostile, starts=hostile, ends=hostile, place=hostile)
def test_meeting_form(client, steering, day, starts, ends, place):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("meetings:meeting_new", args=[steering.forum.slug]),
        {"day": day, "starts": starts, "ends": ends, "place": place},
    )
    assert response.status_code in (200, 302)
    assert SCRIPT.encode() not in response.content


@few
@given(name=hostile, established=hostile)
def test_ad_hoc_group_form(client, steering, name, established):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("organisation:ad_hoc_new", args=[steering.forum.slug]),
        {"name": name, "established_on": established},
    )
    assert response.status_code in (200, 302)
    assert SCRIPT.encode() not in response.content
