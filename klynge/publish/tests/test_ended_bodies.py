"""The public site and OParl show an ended body with its end date and keep its archive public;
a council and Region Østdanmark link what they carry on, before and after 1 January 2027."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from klynge.meetings import services
from klynge.meetings.tests.conftest import add_item, aware
from klynge.organisation.body_urls import body_url

from .test_oparl import validate, validators  # noqa: F401 - the OParl schemas

pytestmark = pytest.mark.django_db


def text(response) -> str:
    assert response.status_code == 200
    return " ".join(strip_tags(response.content.decode()).split())


@pytest.fixture
def published(reform):
    """A meeting of Midtklyngen's steering group in 2023, its agenda published."""
    day = datetime.date(2023, 6, 7)
    meeting = services.create_meeting(
        reform.steering, starts_at=aware(day, 9), ends_at=aware(day, 11)
    )
    add_item(meeting, "Demensstrategi")
    services.publish_agenda(meeting)
    return meeting


def test_an_ended_cluster_keeps_its_public_page_and_archive(
    client, reform, published, after_reform
):
    response = client.get(body_url("public:cluster", reform.midt))
    page = text(response)
    assert "Sundhedsklynge i Region Midtjylland" in page
    assert "Ophørte 31. december 2026. Videreføres af Sundhedsråd Midt." in page
    assert 'href="/offentlig/sundhedsraad/sundhedsraad-midt/"' in response.content.decode()
    assert "Klyngestyregruppen" in page or reform.steering.name in page
    assert "Demensstrategi" in text(client.get(reverse("public:meeting", args=[published.pk])))


def test_the_council_links_its_predecessors_on_the_public_site(client, reform, after_reform):
    response = client.get(body_url("public:cluster", reform.council))
    page = text(response)
    assert "Sundhedsråd i Region Midtjylland" in page
    assert "Viderefører" in page and "Midtklyngen" in page and "Horsensklyngen" in page
    assert 'href="/offentlig/klynger/midtklyngen/"' in response.content.decode()


def test_a_public_forum_of_an_ended_body_links_the_forum_carrying_it_on(
    client, reform, after_reform
):
    response = client.get(reverse("public:forum", args=[reform.steering.slug]))
    assert "Ophørte 31. december 2026 med Midtklyngen." in text(response)
    carried = reverse("public:forum", args=[reform.council_steering.slug])
    assert f'href="{carried}"' in response.content.decode()
    back = text(client.get(carried))
    assert f"Viderefører {reform.steering.name} (Midtklyngen)" in back


def test_a_forum_off_the_public_site_is_not_linked(client, reform, after_reform):
    reform.council_steering.public = False
    reform.council_steering.save()
    response = client.get(reverse("public:forum", args=[reform.steering.slug]))
    assert reform.council_steering.slug not in response.content.decode()


def test_region_oestdanmark_before_the_merger(client, reform, before_reform):
    oest = text(client.get(reverse("public:region", args=["oestdanmark"])))
    assert "Fra 1. januar 2027 · Viderefører Region Hovedstaden, Region Sjælland" in oest
    sjaelland = text(client.get(reverse("public:region", args=["sjaelland"])))
    assert "Ophører 31. december 2026. Videreføres af Region Østdanmark." in sjaelland


def test_region_oestdanmark_after_the_merger(client, reform, after_reform):
    hovedstaden = text(client.get(reverse("public:region", args=["hovedstaden"])))
    assert "Ophørte 31. december 2026. Videreføres af Region Østdanmark." in hovedstaden
    region = text(client.get(reverse("public:region", args=["midtjylland"])))
    listed = region[region.index("Sundhedsklynger og sundhedsråd") :]
    assert listed.index("Sundhedsråd Midt") < listed.index("Midtklyngen Sundhedsklynge · ophørte")


def _oparl(client, kind: str, pk: int, what: str = "body") -> dict:
    return client.get(reverse(f"oparl:{what}", args=[f"{kind}-{pk}"])).json()


def test_oparl_gives_an_ended_body_its_end_date_and_keeps_it(client, reform, after_reform):
    midt = _oparl(client, "cluster", reform.midt.pk)
    assert midt["classification"] == "Sundhedsklynge"
    assert midt["klynge:endDate"] == "2026-12-31"
    assert "deleted" not in midt
    council = _oparl(client, "cluster", reform.council.pk)
    assert council["classification"] == "Sundhedsråd"
    assert council["klynge:startDate"] == "2027-01-01"
    assert "klynge:endDate" not in council
    steering = _oparl(client, "forum", reform.steering.pk, "organization")
    assert steering["endDate"] == "2026-12-31"
    assert "endDate" not in _oparl(client, "forum", reform.council_steering.pk, "organization")
    listed = client.get(reverse("oparl:bodies")).json()["data"]
    assert any(body["id"] == midt["id"] for body in listed)


def test_oparl_objects_of_ended_bodies_keep_to_the_schema(
    client,
    reform,
    after_reform,
    validators,  # noqa: F811
):
    validate(validators, _oparl(client, "cluster", reform.midt.pk))
    validate(validators, _oparl(client, "forum", reform.steering.pk, "organization"))
