"""The demo's present when the clusters are left for the wizard (`build_demo --before-transition`):
the clusters meet until their last day and no further, so nothing stops their transition; once
it has run, the councils' fora take the coming meetings over."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from klynge.demo.present_plan import PLANNING_NOTE, local
from klynge.demo.reform_plans import PLANS
from klynge.meetings.models import Meeting
from klynge.organisation.models import Cluster
from klynge.organisation.transition import preview
from klynge.organisation.transition.plan import REFORM_DAY, TransitionPlan, resolve

DECEMBER = "2026-12-02"


def ours():
    return Meeting.objects.filter(booking_note=PLANNING_NOTE)


def build(*args: str) -> None:
    call_command("build_demo", "--today", DECEMBER, *args, stdout=StringIO())


@pytest.mark.django_db
def test_clusters_meet_until_their_last_day_and_the_councils_after(settings, tmp_path):
    settings.DEMO, settings.MEDIA_ROOT = True, tmp_path
    build("--before-transition")
    reform = local(REFORM_DAY, datetime.time())
    assert ours().filter(state=Meeting.State.MINUTES_DRAFT).exists()
    assert ours().filter(state=Meeting.State.AGENDA_PUBLISHED).exists()
    assert not ours().filter(starts_at__gte=reform).exists()
    for data in PLANS.values():
        assert preview.build(resolve(TransitionPlan.from_json(data))).problems == []

    build()
    later = ours().filter(starts_at__gte=reform)
    assert later.exists()
    assert not later.exclude(forum__cluster__kind=Cluster.Kind.COUNCIL).exists()
