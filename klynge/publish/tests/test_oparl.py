"""OParl 1.1: walk the whole endpoint from the System object, validate every object against the
standard's JSON schemas, and make sure nothing that is not public is anywhere in it."""

from __future__ import annotations

import datetime
import io
import json
import os
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter

from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Attachment, Decision, Meeting
from klynge.meetings.tests.conftest import DAY, Steering, add_item, aware, steering  # noqa: F401
from klynge.organisation.models import Forum, Membership, Person
from klynge.organisation.tests.factories import ForumFactory, MembershipFactory, PersonFactory

ROOT = "http://testserver/oparl/v1.1/"
REPO = Path(__file__).resolve().parents[3]
# The OParl 1.1 schemas are the standard's files, not ours: read where the team keeps them (next to
# the checkout, or the workplace's shared folder), or from KLYNGE_OPARL_SCHEMA.
SCHEMA_CANDIDATES = [
    REPO.parent / "shared" / "oparl" / "schema",
    Path("/work/shared/oparl/schema"),
]
SCHEMA_DIR = Path(
    os.environ.get("KLYNGE_OPARL_SCHEMA")
    or next((p for p in SCHEMA_CANDIDATES if p.is_dir()), SCHEMA_CANDIDATES[0])
)
TYPE_PREFIX = "https://schema.oparl.org/1.1/"

# Markers no public answer may contain: long enough never to occur by chance.
CLOSED = "LUKKETOPARLQX7"
UNPUBLISHED = "UPUBLICERETOPARLQX7"
PRIVATE = "IKKEOFFENTLIGOPARLQX7"
SECRET_MARKERS = (CLOSED, UNPUBLISHED, PRIVATE)


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def upload(name: str = "notat.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(), "application/pdf")


@dataclass
class World:
    steering: Steering
    meeting: Meeting
    decision_item: AgendaItem
    discussion_item: AgendaItem
    break_item: AgendaItem
    closed_item: AgendaItem
    closed_attachment: Attachment
    open_attachment: Attachment
    link_attachment: Attachment
    draft_meeting: Meeting
    private_forum: Forum
    private_meeting: Meeting
    private_person: Person
    region_forum: Forum
    consenting: Person


def _hold_and_publish_minutes(meeting: Meeting, items: list) -> None:
    services.hold_meeting(meeting)
    for item, minutes, outcome, text in items:
        recommendations = list(item.recommendations.all())
        decisions = [(rec, outcome, text) for rec in recommendations] or [(None, outcome, text)]
        services.record_minutes(item, minutes, "", decisions)
    for chair in services.chairs(Meeting.objects.get(pk=meeting.pk)):
        services.approve_minutes(meeting, chair)
    services.publish_minutes(meeting)


def _closed_business(meeting: Meeting) -> tuple[AgendaItem, Attachment]:
    closed_item = add_item(
        meeting,
        f"Personsag {CLOSED}",
        closed=True,
        summary=f"Resumé {CLOSED}",
        case_text=f"Sagen om {CLOSED}",
        recommendations=[f"at {CLOSED} godkendes"],
    )
    attachment = services.add_attachment(closed_item, f"Bilag {CLOSED}", upload=upload())
    services.add_guest(meeting, Person(name=f"Gæst {CLOSED}"), closed_item, "oplægsholder")
    return closed_item, attachment


def _other_fora(group: Steering) -> tuple[Forum, Meeting, Person, Forum]:
    """A forum taken off the public site, with its own member and a published agenda, and a
    region-level forum (which belongs to the region's body)."""
    cluster = group.forum.cluster
    private = ForumFactory(cluster=cluster, name=f"Netværk {PRIVATE}", public=False)
    person = PersonFactory(name=f"Skjult {PRIVATE}", title="konsulent")
    MembershipFactory(forum=private, person=person, party=group.viborg)
    meeting = services.create_meeting(
        private, starts_at=aware(DAY, 13), ends_at=aware(DAY, 14), place=f"Lokale {PRIVATE}"
    )
    add_item(meeting, f"Punkt {PRIVATE}")
    services.publish_agenda(meeting)
    region_forum = ForumFactory(
        cluster=None,
        region=cluster.region,
        name="Sundhedssamarbejdsudvalget",
        kind=Forum.Kind.REGIONAL_COMMITTEE,
    )
    MembershipFactory(
        forum=region_forum,
        person=group.hospital_chair,
        party=group.hospital,
        role=Membership.Role.CHAIR,
    )
    return private, meeting, person, region_forum


@pytest.fixture
def world(steering, settings, tmp_path) -> World:  # noqa: F811
    settings.MEDIA_ROOT = tmp_path
    meeting = steering.meeting
    decision_item = add_item(meeting, "Fælles model for udskrivning", recommendations=["godkender"])
    decision_item.summary = "Modellen beskriver udskrivningen."
    decision_item.save()
    open_attachment = services.add_attachment(decision_item, "Notat om modellen", upload=upload())
    link_attachment = services.add_attachment(
        decision_item, "Sundhedsaftalen", url="https://example.dk/aftale"
    )
    closed_item, closed_attachment = _closed_business(meeting)
    break_item = add_item(meeting, "Pause", kind=AgendaItem.Kind.BREAK)
    discussion_item = add_item(meeting, "Status på tværs", kind=AgendaItem.Kind.DISCUSSION)
    services.publish_agenda(meeting)
    _hold_and_publish_minutes(
        meeting,
        [
            (decision_item, "Drøftet grundigt.", Decision.Outcome.APPROVED, "Med bemærkninger."),
            (closed_item, f"Referat {CLOSED}", Decision.Outcome.NOTED, f"Besluttet {CLOSED}"),
            (discussion_item, "Godt overblik.", Decision.Outcome.DISCUSSED, ""),
        ],
    )
    draft_meeting = services.create_meeting(
        steering.forum,
        starts_at=aware(DAY, 8) + datetime.timedelta(days=60),
        ends_at=aware(DAY, 10) + datetime.timedelta(days=60),
        place="Viborg",
    )
    add_item(draft_meeting, f"Udkast {UNPUBLISHED}", case_text=UNPUBLISHED)
    private, private_meeting, private_person, region_forum = _other_fora(steering)
    consenting = steering.member
    consenting.phone, consenting.contact_public = "12345678", True
    consenting.save()
    return World(
        steering,
        meeting,
        decision_item,
        discussion_item,
        break_item,
        closed_item,
        closed_attachment,
        open_attachment,
        link_attachment,
        draft_meeting,
        private,
        private_meeting,
        private_person,
        region_forum,
        consenting,
    )


# --- Schemas ---------------------------------------------------------------------------------


def _with_refs(node: object) -> object:
    """The OParl schemas name an embedded object's schema with the custom keyword "schema"
    (ignored by a standard validator); give each such place a $ref so it is validated too."""
    if isinstance(node, list):
        return [_with_refs(value) for value in node]
    if not isinstance(node, dict):
        return node
    copy = {key: _with_refs(value) for key, value in node.items()}
    name = node.get("schema")
    if node.get("type") == "object" and isinstance(name, str) and name.endswith(".json"):
        copy["$ref"] = name
    return copy


def _validators() -> dict[str, object]:
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    schemas = {}
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        schema = _with_refs(json.loads(path.read_text()))
        schema["$id"] = f"https://oparl.invalid/schema/{path.name}"
        schemas[path.stem] = schema
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT202012))
        for schema in schemas.values()
    )
    checker = FormatChecker()
    checker.checks("url")(_is_url)
    checker.checks("date-time")(_is_date_time)
    return {
        name: Draft202012Validator(schema, registry=registry, format_checker=checker)
        for name, schema in schemas.items()
    }


def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlparse(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parsed = datetime.datetime.fromisoformat(value)
    return "T" in value and parsed.tzinfo is not None


@pytest.fixture(scope="module")
def validators():
    if not SCHEMA_DIR.is_dir():
        pytest.fail(
            f"OParl JSON schemas not found at {SCHEMA_DIR}: they come with the workplace's "
            "shared/ folder beside the checkout (shared/oparl/schema, no package ships them); "
            "or set KLYNGE_OPARL_SCHEMA to the folder of the OParl 1.1 schemas (System.json, …).",
            pytrace=False,
        )
    return _validators()


def validate(validators, data: dict) -> None:
    type_name = data["type"].removeprefix(TYPE_PREFIX)
    errors = sorted(validators[type_name].iter_errors(data), key=lambda e: list(e.path))
    assert not errors, f"{data['id']}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors)


# --- The walk --------------------------------------------------------------------------------


@dataclass
class Walk:
    objects: dict[str, dict]
    lists: dict[str, dict]
    downloads: dict[str, str]
    bodies: list[str]


def _urls_in(node: object) -> list[str]:
    if isinstance(node, dict):
        return [url for value in node.values() for url in _urls_in(value)]
    if isinstance(node, list):
        return [url for value in node for url in _urls_in(value)]
    if isinstance(node, str) and node.startswith(ROOT):
        return [node]
    return []


def readable(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content.startswith(b"%PDF"):
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return content.decode("utf-8", "replace")


def walk(client, downloads: bool = False) -> Walk:
    """Fetch the System object and everything reachable from it: every list page (following
    the paging links) and every object address, embedded or referenced."""
    found = Walk({}, {}, {}, [])
    todo, seen = [ROOT], set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        if "/download/" in url:
            if downloads:
                response = client.get(url)
                assert response.status_code in (200, 302), url
                found.downloads[url] = readable(response)
            continue
        response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        assert response["Content-Type"].startswith("application/json")
        data = response.json()
        if "data" in data:
            found.lists[url] = data
        else:
            assert data["id"] == url, "an object's id is the address it is fetched from"
            found.objects[url] = data
        todo.extend(_urls_in(data))
    return found


def types_of(found: Walk) -> Counter:
    objects = list(found.objects.values())
    return Counter(o["type"].removeprefix(TYPE_PREFIX) for o in objects)


def embedded_objects(node: object) -> list[dict]:
    if isinstance(node, list):
        return [o for value in node for o in embedded_objects(value)]
    if not isinstance(node, dict):
        return []
    inner = [o for value in node.values() for o in embedded_objects(value)]
    return ([node] if "type" in node and "id" in node else []) + inner


def test_walk_validates_every_object_against_the_schemas(client, world, validators):
    found = walk(client)
    for data in found.objects.values():
        validate(validators, data)
    for page in found.lists.values():
        assert set(page) >= {"data", "pagination", "links"}
        for data in page["data"]:
            validate(validators, data)
    assert set(types_of(found)) == {
        "System",
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "Location",
        "AgendaItem",
        "Paper",
        "Consultation",
        "File",
    }


def test_every_embedded_object_is_also_served_at_its_id(client, world):
    found = walk(client)
    for data in [*found.objects.values(), *found.lists.values()]:
        for inner in embedded_objects(data):
            assert inner["id"] in found.objects


def test_system_is_the_entry_point(client, world):
    data = client.get(ROOT).json()
    assert data["type"] == TYPE_PREFIX + "System"
    assert data["oparlVersion"] == "https://schema.oparl.org/1.1/"
    bodies = client.get(data["body"]).json()["data"]
    names = {b["name"] for b in bodies}
    assert names == {"Midtklyngen", world.steering.forum.region.name}
    cluster = next(b for b in bodies if b["name"] == "Midtklyngen")
    assert cluster["system"] == ROOT
    assert cluster["legislativeTerm"] == []


def _objects_of(found: Walk, type_name: str) -> list[dict]:
    return [o for o in found.objects.values() if o["type"] == TYPE_PREFIX + type_name]


def test_fora_belong_to_their_cluster_or_region(client, world):
    found = walk(client)
    fora = {o["name"]: o for o in _objects_of(found, "Organization")}
    steering_group, region_forum = fora["Klyngestyregruppen"], fora["Sundhedssamarbejdsudvalget"]
    assert steering_group["organizationType"] == "Gremium"
    assert steering_group["classification"] == "Fagligt strategisk niveau"
    assert steering_group["body"].endswith(f"/body/cluster-{world.steering.forum.cluster_id}/")
    assert region_forum["body"].endswith(f"/body/region-{world.region_forum.region_id}/")
    assert fora["Viborg Kommune"]["organizationType"] == "Institution"


def test_meeting_shows_open_items_numbered_among_themselves(client, world):
    data = client.get(f"{ROOT}meeting/{world.meeting.pk}/").json()
    items = data["agendaItem"]
    assert [i["name"] for i in items] == [
        "Fælles model for udskrivning",
        "Pause",
        "Status på tværs",
    ]
    assert [i["order"] for i in items] == [1, 2, 3]
    assert [i.get("number") for i in items] == ["1", None, "2"]
    assert all(i["public"] is True for i in items)
    assert items[0]["result"] == "Godkendt"
    assert "Med bemærkninger." in items[0]["resolutionText"]
    assert "Drøftet grundigt." in items[0]["resolutionText"]
    assert data["invitation"]["mimeType"] == "application/pdf"
    assert data["resultsProtocol"]["fileName"].startswith("referat-")
    assert data["location"]["description"] == "Mødelokale 303+304, Regionshospitalet Viborg"
    assert len(data["participant"]) == 3


def test_paper_is_the_case_with_its_attachments(client, world):
    data = client.get(f"{ROOT}paper/{world.decision_item.pk}/").json()
    assert data["name"] == "Fælles model for udskrivning"
    assert data["paperType"] == "Beslutningspunkt"
    assert "Modellen beskriver udskrivningen." in data["mainFile"]["text"]
    files = {f["name"]: f for f in data["auxiliaryFile"]}
    assert files["Notat om modellen"]["mimeType"] == "application/pdf"
    assert files["Notat om modellen"]["size"] == world.open_attachment.size
    assert files["Sundhedsaftalen"]["accessUrl"] == "https://example.dk/aftale"
    assert "downloadUrl" not in files["Sundhedsaftalen"]
    consultation = data["consultation"][0]
    assert consultation["authoritative"] is True
    assert consultation["agendaItem"] == f"{ROOT}agendaitem/{world.decision_item.pk}/"
    download = client.get(files["Notat om modellen"]["downloadUrl"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_person_contact_only_with_consent(client, world):
    consenting = client.get(f"{ROOT}person/{world.consenting.pk}/").json()
    assert consenting["email"] == [world.consenting.email]
    assert consenting["phone"] == ["12345678"]
    other = client.get(f"{ROOT}person/{world.steering.municipal_chair.pk}/").json()
    assert "email" not in other and "phone" not in other
    assert other["status"] == ["direktør"]
    membership = other["membership"][0]
    assert membership["role"] == "Medformand"
    assert membership["votingRight"] is True
    assert membership["onBehalfOf"] == f"{ROOT}organization/party-{world.steering.viborg.pk}/"


def test_person_in_two_bodies_names_no_body(client, world):
    chair = client.get(f"{ROOT}person/{world.steering.hospital_chair.pk}/").json()
    assert "body" not in chair
    assert len(chair["membership"]) == 2


def test_nothing_closed_unpublished_or_private_appears_anywhere(client, world):
    found = walk(client, downloads=True)
    assert found.downloads, "the walk fetched the public files too"
    everything = [json.dumps(found.objects), json.dumps(found.lists), *found.downloads.values()]
    text = " ".join(everything)
    for marker in SECRET_MARKERS:
        assert marker not in text
    agenda_pdf = found.downloads[f"{ROOT}file/agenda-pdf-{world.meeting.pk}/download/"]
    assert "Fælles model for udskrivning" in agenda_pdf
    # The closed item is not even counted: three public items, totalElements says three.
    items = client.get(f"{ROOT}body/cluster-{world.steering.forum.cluster_id}/agendaitem/").json()
    assert items["pagination"]["totalElements"] == 3


@pytest.mark.parametrize(
    "address",
    [
        "person/999999/",
        "membership/999999/",
        "meeting/999999/",
        "agendaitem/999999/",
        "paper/999999/",
        "consultation/999999/",
        "location/999999/",
        "body/cluster-999999/",
        "body/region-999999/",
        "body/cluster-999999/meeting/",
        "organization/forum-999999/",
        "organization/party-999999/",
        "file/attachment-999999/",
        "file/case-999999/download/",
    ],
)
def test_unknown_ids_are_not_found(client, world, address):
    response = client.get(ROOT + address)
    assert response.status_code == 404
    assert response.json() == {"error": "Not found."}


def _hidden_addresses(world: World) -> list[str]:
    closed, private = world.closed_item.pk, world.private_meeting.pk
    draft_item = world.draft_meeting.items.get().pk
    return [
        f"agendaitem/{closed}/",
        f"paper/{closed}/",
        f"consultation/{closed}/",
        f"file/case-{closed}/",
        f"file/attachment-{world.closed_attachment.pk}/",
        f"file/attachment-{world.closed_attachment.pk}/download/",
        f"agendaitem/{draft_item}/",
        f"file/agenda-pdf-{world.draft_meeting.pk}/",
        f"file/agenda-pdf-{world.draft_meeting.pk}/download/",
        f"meeting/{private}/",
        f"location/{private}/",
        f"file/agenda-pdf-{private}/download/",
        f"organization/forum-{world.private_forum.pk}/",
        f"organization/forum-{world.private_forum.pk}/meeting/",
        f"person/{world.private_person.pk}/",
        f"membership/{world.private_forum.memberships.get().pk}/",
        f"paper/{world.break_item.pk}/",
    ]


def test_what_is_not_public_is_not_found(client, world):
    for address in _hidden_addresses(world):
        assert client.get(ROOT + address).status_code == 404, address


def test_the_endpoint_is_read_only(client, world):
    assert client.post(ROOT).status_code == 405
    assert client.head(f"{ROOT}body/").status_code == 200


def test_the_validation_catches_broken_embedded_objects_and_formats(validators):
    meeting = {
        "id": f"{ROOT}meeting/1/",
        "type": TYPE_PREFIX + "Meeting",
        "invitation": {"id": f"{ROOT}file/agenda-pdf-1/", "type": TYPE_PREFIX + "File"},
        "agendaItem": [{"id": "/agendaitem/1/", "type": TYPE_PREFIX + "AgendaItem", "order": 1}],
        "start": "2026-12-10T08:30:00",
    }
    messages = [error.message for error in validators["Meeting"].iter_errors(meeting)]
    assert any("accessUrl" in message for message in messages)
    assert any("'/agendaitem/1/' is not a 'url'" in message for message in messages)
    assert any("is not a 'date-time'" in message for message in messages)
