"""Actions from decisions, forwarding to another forum's backlog, scheduling it, the trail."""

import datetime

import pytest
from django.urls import reverse

from klynge.followup.models import Action, BacklogItem, Referral
from klynge.meetings import services as meetings
from klynge.meetings.models import AgendaItem, Decision
from klynge.meetings.tests.conftest import DAY, aware
from klynge.organisation.models import Forum
from klynge.organisation.tests.factories import ForumFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided(steering):
    """A published, held meeting whose item 1 has a decision."""
    item = meetings.save_item(
        AgendaItem(
            meeting=steering.meeting,
            title="Erfaringer med det politiske niveau",
            duration_minutes=15,
        ),
        ["at klyngestyregruppen drøfter erfaringerne"],
    )
    meetings.publish_agenda(steering.meeting)
    meetings.hold_meeting(steering.meeting)
    rec = item.recommendations.get()
    meetings.record_minutes(item, "Drøftet.", "", [(rec, Decision.Outcome.FORWARDED, "Videre")])
    return item


@pytest.fixture
def theme(steering):
    return ForumFactory(
        cluster=steering.forum.cluster,
        name="Voksentemagruppen for somatik",
        slug="midtklyngen-voksentemagruppen-somatik",
        kind=Forum.Kind.THEME_GROUP,
    )


def test_an_action_from_an_item_through_the_screen(client, steering, decided):
    client.force_login(steering.secretary_user)
    url = reverse("followup:action_new", args=[steering.forum.slug]) + f"?punkt={decided.pk}"
    response = client.post(
        url,
        {
            "title": "Sekretariatet udarbejder forslag til en model for økonomistyring",
            "responsible_person": steering.member.pk,
            "due_on": "2023-06-14",
            "status": "open",
        },
    )
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.item, action.responsible_person, action.due_on) == (
        decided,
        steering.member,
        datetime.date(2023, 6, 14),
    )


def test_an_action_needs_someone_responsible(client, steering):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("followup:action_new", args=[steering.forum.slug]),
        {"title": "Noget", "status": "open"},
    )
    assert "Angiv, hvem der er ansvarlig" in response.content.decode()
    assert not Action.objects.exists()


def test_forward_schedule_and_trail(client, steering, decided, theme):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("followup:forward", args=[decided.pk]),
        {"to_forum": theme.pk, "note": "Drøftelserne videreføres i voksentemagruppen."},
    )
    assert response.status_code == 302
    waiting = BacklogItem.objects.get(forum=theme)
    assert waiting.origin_item == decided
    assert Referral.objects.get().backlog_item == waiting
    backlog = client.get(reverse("followup:backlog", args=[theme.slug])).content.decode()
    assert "Erfaringer med det politiske niveau" in backlog
    assert reverse("followup:trail", args=[decided.pk]) in backlog

    theme_meeting = meetings.create_meeting(
        theme,
        starts_at=aware(DAY + datetime.timedelta(days=14), 9),
        ends_at=aware(DAY + datetime.timedelta(days=14), 11),
    )
    response = client.post(
        reverse("followup:schedule", args=[waiting.pk]),
        {"meeting": theme_meeting.pk, "duration_minutes": "20"},
    )
    assert response.status_code == 302
    new_item = theme_meeting.items.get()
    assert new_item.from_backlog == waiting
    assert new_item.case_text == "Drøftelserne videreføres i voksentemagruppen."

    for start in (decided, new_item):
        page = client.get(reverse("followup:trail", args=[start.pk])).content.decode()
        trail = page[page.index('id="trail"') :]
        assert trail.index("Klyngestyregruppen") < trail.index("Voksentemagruppen for somatik")
        assert "Videresendt: Videre" in trail
        assert theme_meeting.get_absolute_url() in trail


def test_forwarding_to_the_same_forum_is_refused(client, steering, decided):
    client.force_login(steering.secretary_user)
    response = client.post(
        reverse("followup:forward", args=[decided.pk]), {"to_forum": steering.forum.pk}
    )
    assert response.status_code == 200
    assert not BacklogItem.objects.exists()


def test_cluster_overview_counts_overdue(client, steering, django_assert_num_queries):
    from klynge.followup import services

    for n, due in enumerate((datetime.date(2020, 1, 1), datetime.date(2099, 1, 1))):
        services.save_action(
            Action(
                forum=steering.forum,
                title=f"Opgave {n}",
                due_on=due,
                responsible_forum=steering.forum,
            )
        )
    client.force_login(steering.secretary_user)
    url = reverse("followup:cluster", args=[steering.forum.cluster.slug])
    html = client.get(url).content.decode()
    assert "2 åbne opgaver" in html
    assert "1 forfalden" in html
    # the body's kind (its address), session, user, cluster, roles, actions; the header's two
    # (whether a fund or an agreement may be read, the user's fora)
    with django_assert_num_queries(9):
        client.get(url)


def test_my_actions(client, steering):
    from klynge.followup import services

    services.save_action(
        Action(
            forum=steering.forum,
            title="Svar til Ralph Jørgensen",
            responsible_person=steering.member,
        )
    )
    client.force_login(steering.member_user)
    assert "Svar til Ralph Jørgensen" in client.get(reverse("followup:mine")).content.decode()
