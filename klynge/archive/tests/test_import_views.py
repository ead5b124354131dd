"""The import in the browser without JavaScript: upload → preview → corrections → import."""

import datetime
import os
from dataclasses import replace
from pathlib import Path

import pytest
from django.urls import reverse

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.archive import views
from klynge.archive.importer.parsed import ParsedItem, ParsedMeeting, ParsedPerson
from klynge.archive.models import ImportedSource
from klynge.archive.services import import_parsed, sha256_of
from klynge.meetings.models import Meeting
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory

UPLOAD = reverse("archive:import")
PREVIEW = reverse("archive:import_preview")
# The preview page: session, user, the forum, the roles covering it, the people a name may be
# mapped to; the header's four (the user's roles and their cluster's fora, whether a fund or an
# agreement may be read, the user's fora).
PREVIEW_QUERIES = 9


def proposal(items: int = 3) -> ParsedMeeting:
    """What the reader proposes for the uploaded file: the view tests do not depend on the
    segmenter's accuracy (test_import_service and the browser test read the real seed)."""
    return ParsedMeeting(
        source="referat.txt",
        title="Klyngestyregruppen",
        date="2023-06-07",
        start_time="08:30",
        end_time="11:30",
        leader="Mette Andreassen",
        participants=[ParsedPerson("Jonas Dahl", "hospitalsdirektør"), ParsedPerson("Ny Person")],
        apologies=[ParsedPerson("Kristine Stange")],
        items=[
            ParsedItem(
                n,
                f"Punkt nummer {n}",
                "decision",
                f"{8 + n}:00",
                f"{8 + n}:30",
                case_text=f"Sagsfremstilling {n}",
                recommendations=[f"Godkender forslag {n}"],
                decisions=["Godkendt."],
            )
            for n in range(1, items + 1)
        ],
        unplaced_text="Tekst uden plads",
    )


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def proposed(monkeypatch):
    """Replace the document reader by a fixed proposal; returns a setter for its size."""
    size = {"items": 3}
    monkeypatch.setattr(views, "read_upload", lambda data, name: proposal(size["items"]))
    return size


@pytest.fixture
def secretary(client, steering):
    client.force_login(steering.secretary_user)
    return client


def upload(client, forum, data=b"referat fra 7. juni", name="referat.txt"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(UPLOAD, {"forum": forum.pk, "file": SimpleUploadedFile(name, data)})


def form_data(response, **changes):
    """The preview's fields as the browser would send them back, with changes."""
    form = response.context["form"]
    data = {"state": response.context["state"]}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, bool) or name.endswith("_merge"):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def pending(settings, data=b"referat fra 7. juni"):
    return Path(settings.MEDIA_ROOT) / "archive" / "pending" / sha256_of(data)


def test_upload_page_lists_the_fora_the_user_manages(secretary, steering):
    other = ForumFactory(cluster=ClusterFactory(), name="Andet forum")
    response = secretary.get(UPLOAD + f"?forum={steering.forum.slug}")
    assert response.status_code == 200
    choices = [str(label) for _value, label in response.context["form"].fields["forum"].choices]
    assert any("Klyngestyregruppen" in c for c in choices)
    assert not any(other.name in c for c in choices)
    assert response.context["form"]["forum"].value() == steering.forum.pk


def test_upload_shows_a_preview_and_saves_nothing(secretary, steering, proposed, settings):
    meetings = Meeting.objects.count()
    response = upload(secretary, steering.forum)
    assert response.status_code == 200
    assert response.templates[0].name == "archive/import_preview.html"
    html = response.content.decode()
    assert "Punkt nummer 3" in html
    assert "Tekst uden plads" in html
    assert Meeting.objects.count() == meetings
    assert not ImportedSource.objects.exists()
    assert pending(settings).read_bytes() == b"referat fra 7. juni"
    people = response.context["form"].person_rows()
    chosen = {person.name: field.value() for person, _roles, field in people}
    assert chosen == {
        "Mette Andreassen": str(steering.municipal_chair.pk),
        "Jonas Dahl": str(steering.hospital_chair.pk),
        "Ny Person": "",
        "Kristine Stange": str(steering.member.pk),
    }


def test_corrections_are_previewed_and_then_imported(secretary, steering, proposed, settings):
    preview = upload(secretary, steering.forum)
    updated = secretary.post(
        PREVIEW,
        form_data(
            preview,
            update="",
            item_0_kind="discussion",
            item_2_merge="on",
            item_2_closed="on",
            person_1=str(steering.member.pk),
        ),
    )
    assert updated.status_code == 200
    parsed = updated.context["parsed"]
    assert [(i.title, i.kind) for i in parsed.items] == [
        ("Punkt nummer 1", "discussion"),
        ("Punkt nummer 2", "decision"),
    ]
    assert parsed.items[1].recommendations == ["Godkender forslag 2", "Godkender forslag 3"]
    assert "Punkt nummer 3" in parsed.items[1].case_text
    # The merged part was closed, so the whole item is.
    assert [i.closed for i in parsed.items] == [False, True]
    assert not Meeting.objects.filter(starts_at__date=datetime.date(2023, 6, 7)).exists()

    confirmed = secretary.post(PREVIEW, form_data(updated, confirm=""), follow=True)
    meeting = Meeting.objects.get(starts_at__date=datetime.date(2023, 6, 7))
    assert confirmed.redirect_chain[-1][0] == meeting.get_absolute_url()
    assert [(i.title, i.kind) for i in meeting.items.order_by("position")] == [
        ("Punkt nummer 1", "discussion"),
        ("Punkt nummer 2", "decision"),
    ]
    assert meeting.state == Meeting.State.MINUTES_PUBLISHED
    assert [i.closed for i in meeting.items.order_by("position")] == [False, True]
    # "Jonas Dahl" was mapped to the member by hand.
    attending = set(meeting.attendances.values_list("person__name", flat=True))
    assert "Kristine Stange" in attending
    assert "Jonas Dahl" not in attending
    source = meeting.imported_source
    assert source.imported_by == steering.secretary_user
    assert source.filename == "referat.txt"
    assert not pending(settings).exists()
    assert [str(m) for m in confirmed.context["messages"]]


def test_a_tampered_preview_is_refused(secretary, steering, proposed):
    preview = upload(secretary, steering.forum)
    data = form_data(preview, confirm="")
    data["state"] = data["state"][:-3] + ("aaa" if not data["state"].endswith("aaa") else "bbb")
    response = secretary.post(PREVIEW, data)
    assert response.status_code == 400
    assert not Meeting.objects.filter(starts_at__date=datetime.date(2023, 6, 7)).exists()


def test_an_invalid_correction_is_shown_at_the_field(secretary, steering, proposed):
    preview = upload(secretary, steering.forum)
    response = secretary.post(PREVIEW, form_data(preview, confirm="", date="31.02.2023"))
    assert response.status_code == 200
    assert "date" in response.context["form"].errors
    assert not Meeting.objects.filter(starts_at__date=datetime.date(2023, 6, 7)).exists()


def test_the_same_file_again_is_refused_at_the_field(secretary, steering, proposed, settings):
    data = b"referat fra 7. juni"
    source = import_parsed(proposal(), steering.forum, data=data, filename="first.txt")
    response = upload(secretary, steering.forum, data=data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["file"]
    html = response.content.decode()
    assert f'href="{source.meeting.get_absolute_url()}"' in html
    assert not pending(settings, data).exists()


def test_cancel_removes_the_pending_file(secretary, steering, proposed, settings):
    preview = upload(secretary, steering.forum)
    assert pending(settings).exists()
    response = secretary.post(PREVIEW, {"state": preview.context["state"], "cancel": ""})
    assert response.status_code == 302
    assert response["Location"] == UPLOAD
    assert not pending(settings).exists()
    assert not ImportedSource.objects.exists()


def test_a_pending_file_older_than_a_day_goes_at_the_next_upload(
    secretary, steering, proposed, settings
):
    old = pending(settings, b"forladt upload")
    old.parent.mkdir(parents=True)
    old.write_bytes(b"forladt upload")
    two_days_ago = (datetime.datetime.now() - datetime.timedelta(days=2)).timestamp()
    os.utime(old, (two_days_ago, two_days_ago))
    upload(secretary, steering.forum)
    assert not old.exists()
    assert pending(settings).exists()


def test_members_and_readers_may_not_import(client, steering, proposed):
    reader = User.objects.create_user("laeser", password="x")
    RoleAssignment.objects.create(user=reader, role=Role.READER, cluster=steering.forum.cluster)
    for user in (steering.member_user, steering.chair_user, reader):
        client.force_login(user)
        assert client.get(UPLOAD).status_code == 403
        assert upload(client, steering.forum).status_code == 403


def test_the_forum_is_checked_on_the_server(client, secretary, steering, proposed):
    preview = upload(secretary, steering.forum)
    state = preview.context["state"]
    elsewhere = User.objects.create_user("andet-sekretariat", password="x")
    other = ForumFactory(cluster=ClusterFactory())
    RoleAssignment.objects.create(user=elsewhere, role=Role.SECRETARIAT, cluster=other.cluster)
    client.force_login(elsewhere)
    assert client.get(UPLOAD).status_code == 200
    assert upload(client, steering.forum).status_code == 403
    assert client.post(PREVIEW, form_data(preview, confirm="", state=state)).status_code == 403
    client.force_login(steering.member_user)
    assert client.post(PREVIEW, {"state": state, "cancel": ""}).status_code == 403


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(UPLOAD)
    assert response.status_code == 302
    assert "/log-ind/" in response["Location"]


def test_preview_query_count_is_fixed(secretary, steering, proposed, django_assert_num_queries):
    small = upload(secretary, steering.forum)
    with django_assert_num_queries(PREVIEW_QUERIES):
        secretary.post(PREVIEW, form_data(small, update=""))
    proposed["items"] = 12
    large = upload(secretary, steering.forum, data=b"et andet referat")
    with django_assert_num_queries(PREVIEW_QUERIES):
        response = secretary.post(PREVIEW, form_data(large, update=""))
    assert response.content.decode().count("Punkt nummer 12") >= 1


def test_source_page_and_download(client, steering):
    data = b"det oprindelige referat"
    source = import_parsed(proposal(), steering.forum, data=data, filename="referat 2023.txt")
    url = reverse("archive:source", args=[source.pk])
    client.force_login(steering.member_user)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert source.sha256 in html
    assert "Tekst uden plads" in html
    download = client.get(reverse("archive:source_download", args=[source.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == data
    assert download["Content-Disposition"].startswith("attachment")
    outsider = User.objects.create_user("udenfor", password="x")
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    assert client.get(reverse("archive:source_download", args=[source.pk])).status_code == 403


def test_forum_meetings_links_the_import_for_managers_only(client, steering):
    url = reverse("meetings:forum_meetings", args=[steering.forum.slug])
    link = f"{UPLOAD}?forum={steering.forum.slug}"
    client.force_login(steering.secretary_user)
    assert link in client.get(url).content.decode()
    client.force_login(steering.member_user)
    assert link not in client.get(url).content.decode()


@pytest.fixture
def unsure(monkeypatch):
    """A proposal the reader is unsure of in places: the date, the participants, item 2's title
    and item 3's decisions."""

    def read(data, name):
        parsed = proposal()
        parsed.mark_unsure("date", "participants")
        parsed.items[1].mark_unsure("title")
        parsed.items[2].mark_unsure("decisions")
        return parsed

    monkeypatch.setattr(views, "read_upload", read)


def test_the_preview_marks_each_unsure_field_and_counts_them(secretary, steering, unsure):
    response = upload(secretary, steering.forum)
    html = response.content.decode()
    assert "Kontrollér 4 felter, som læseren er usikker på" in html
    checks = [(c.label, c.anchor) for c in response.context["checks"]]
    assert checks == [
        ("Dato", "id_date"),
        ("Deltagere", "people-heading"),
        ("Punkt 2: Titel", "id_item_1_title"),
        ("Punkt 3: Beslutninger", "punkt-3"),
    ]
    for _label, anchor in checks:
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
    # The hint is tied to the input, so a screen reader says it too; colour is not the only sign.
    assert html.count(">Usikker</span> Læst ud fra et svagt holdepunkt") == 2  # the form fields
    assert html.count('>Usikker<span class="sr-only">') == 2  # the people and the decisions
    assert 'aria-describedby="id_date_helptext"' in html
    assert 'aria-describedby="id_start_time_helptext"' not in html
    assert html.count('class="klynge-unsure"') == 3
    # The unplaced text is counted in the summary and shown in its own box.
    assert "1 linje tekst kunne ikke placeres" in html
    assert '<div class="klynge-unplaced mb-6">Tekst uden plads</div>' in html


def test_a_corrected_field_is_no_longer_unsure(secretary, steering, unsure):
    preview = upload(secretary, steering.forum)
    updated = secretary.post(
        PREVIEW, form_data(preview, update="", date="08.06.2023", item_1_title="Punkt 2")
    )
    parsed = updated.context["parsed"]
    assert parsed.unsure_fields() == ["participants"]
    assert parsed.items[1].unsure_fields() == []
    assert parsed.items[2].unsure_fields() == ["decisions"]
    assert "Kontrollér 2 felter" in updated.content.decode()
    # Merging item 3 into item 2 keeps its unsure decisions to be checked.
    merged = secretary.post(PREVIEW, form_data(updated, update="", item_2_merge="on"))
    assert merged.context["parsed"].items[1].unsure_fields() == ["decisions"]


def test_a_sure_proposal_needs_no_summary(secretary, steering, proposed, monkeypatch):
    monkeypatch.setattr(
        views, "read_upload", lambda data, name: replace(proposal(), unplaced_text="")
    )
    html = upload(secretary, steering.forum).content.decode()
    assert 'id="to-check"' not in html
    assert "Usikker" not in html
    assert "Hele teksten blev placeret." in html


def test_a_document_the_reader_cannot_make_sense_of_is_refused_at_the_field(
    secretary, steering, settings
):
    # The real reader: a shopping list has no meeting date and no items.
    data = "Indkøbsliste\n\nmælk, brød og æbler\nkaffe til weekenden\n".encode()
    response = upload(secretary, steering.forum, data=data, name="liste.txt")
    assert response.status_code == 200
    assert response.templates[0].name == "archive/import_upload.html"
    errors = response.context["form"].errors
    assert list(errors) == ["file"]
    assert "liste.txt kunne ikke læses som et referat eller en dagsorden" in errors["file"][0]
    assert "Intet er importeret" in response.content.decode()
    assert not pending(settings, data).exists()
    assert not ImportedSource.objects.exists()


HTML_FIXTURE = (
    Path(__file__).resolve().parents[3]
    / "bench"
    / "fixtures"
    / "archive"
    / "302_html_broenderslev_2020-01-29.html"
)


def test_a_saved_web_page_is_previewed_imported_and_only_ever_downloaded(secretary, steering):
    data = HTML_FIXTURE.read_bytes()
    # The name does not decide: the page is read as HTML whatever it is called.
    preview = upload(secretary, steering.forum, data=data, name="referat.pdf")
    assert preview.templates[0].name == "archive/import_preview.html"
    parsed = preview.context["parsed"]
    assert parsed.date == "2020-01-29"
    assert "Spørgetid for byrådsmedlemmer" in [item.title for item in parsed.items]
    assert "cookies" not in preview.content.decode()
    confirmed = secretary.post(PREVIEW, form_data(preview, confirm=""), follow=True)
    source = ImportedSource.objects.get()
    assert confirmed.redirect_chain[-1][0] == source.meeting.get_absolute_url()
    download = secretary.get(reverse("archive:source_download", args=[source.pk]))
    assert b"".join(download.streaming_content) == data
    # Saved, never shown: a page from elsewhere must not run as one of Klynge's.
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    # Stored as what it is, whatever its name says.
    assert source.content_type == download["Content-Type"] == "text/html"


def test_an_unsure_item_without_number_or_title_is_named_by_its_place(
    secretary, steering, monkeypatch
):
    def read(data, name):
        parsed = proposal()
        parsed.items[1].number, parsed.items[1].title = None, ""
        parsed.items[1].mark_unsure("title")
        return parsed

    monkeypatch.setattr(views, "read_upload", read)
    response = upload(secretary, steering.forum)
    labels = [c.label for c in response.context["checks"]]
    assert labels == ["Punkt 2 i rækkefølgen (uden nummer og titel): Titel"]


def test_an_emptied_item_title_is_named_by_its_item_in_the_error_summary(
    secretary, steering, proposed
):
    preview = upload(secretary, steering.forum)
    item = preview.context["form"].parsed.items[1]
    response = secretary.post(PREVIEW, form_data(preview, confirm="", item_1_title=""))
    assert response.status_code == 200
    assert "item_1_title" in response.context["form"].errors
    summary = response.content.decode().split('data-module="error-summary"')[1].split("</ul>")[0]
    assert 'href="#id_item_1_title"' in summary
    assert f"Punkt {item.number}: Titel: Dette felt er påkrævet." in summary
