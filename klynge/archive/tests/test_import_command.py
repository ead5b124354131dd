"""manage.py import_minutes: --dry-run --format json prints one object per file, saves nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from klynge.meetings.models import Meeting

FIXTURES = Path(__file__).resolve().parents[3] / "bench" / "fixtures" / "archive"
SEED_004 = FIXTURES / "004_lillebaelt_2025-02-26.txt"

# The format; the shared ParsedMeeting adds document_kind, forum and title.
MEETING_KEYS = {
    "source", "date", "start_time", "end_time", "location", "leader", "minute_takers",
    "participants", "apologies", "items", "unplaced_text",
}  # fmt: skip
EXTRA_KEYS = {"document_kind", "forum", "title", "notes", "confidence"}
# Beyond the list: "Lukket punkt" (docs/archive-import.md).
EXTRA_ITEM_KEYS = {"closed", "confidence"}
ITEM_KEYS = {
    "number", "title", "kind", "start_time", "end_time", "presenter", "summary", "case_text",
    "recommendations", "minutes_text", "decisions", "attachments",
}  # fmt: skip
PARTICIPANT_KEYS = {"name", "title", "organisation", "substitute_for"}


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_minutes", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_dry_run_json_prints_one_object_and_saves_nothing():
    before = Meeting.objects.count()
    out, _ = run("--dry-run", "--format", "json", str(SEED_004))
    lines = out.strip().split("\n")
    assert len(lines) == 1
    meeting = json.loads(lines[0])
    assert set(meeting) - EXTRA_KEYS == MEETING_KEYS
    assert meeting["source"] == SEED_004.name
    for item in meeting["items"]:
        assert set(item) - EXTRA_ITEM_KEYS == ITEM_KEYS
    for person in meeting["participants"]:
        assert set(person) == PARTICIPANT_KEYS
    for person in meeting["apologies"]:
        assert {"name", "title", "organisation"} <= set(person)
    assert "Lillebælt" in json.dumps(meeting, ensure_ascii=False)
    assert Meeting.objects.count() == before


@pytest.mark.django_db
def test_unreadable_file_fails_the_command_but_the_others_are_read(tmp_path):
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    missing = tmp_path / "missing.txt"
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="2 af 3 filer"):
        call_command(
            "import_minutes", "--dry-run", "--format", "json", str(broken), str(SEED_004),
            str(missing), stdout=out, stderr=err,
        )  # fmt: skip
    assert len(out.getvalue().strip().split("\n")) == 1
    assert json.loads(out.getvalue())["source"] == SEED_004.name
    assert "scan.pdf" in err.getvalue() and "missing.txt" in err.getvalue()


@pytest.mark.django_db
def test_saving_needs_a_forum():
    with pytest.raises(CommandError, match="--forum"):
        run(str(SEED_004))
    with pytest.raises(CommandError, match="no-such-forum"):
        run("--forum", "no-such-forum", str(SEED_004))


@pytest.mark.django_db
def test_text_dry_run_prints_a_summary():
    out, _ = run("--dry-run", str(SEED_004))
    assert out.startswith(SEED_004.name)
    assert "17 punkter" in out


NOT_MINUTES = "Indkøbsliste\n\nmælk, brød og æbler\nkaffe til weekenden\n"


@pytest.mark.django_db
@pytest.mark.parametrize("dry_run", [True, False])
def test_a_document_the_reader_cannot_make_sense_of_is_refused(tmp_path, steering, dry_run):
    shopping = tmp_path / "indkoeb.txt"
    shopping.write_text(NOT_MINUTES, encoding="utf-8")
    before = Meeting.objects.count()
    args = ["--dry-run"] if dry_run else ["--forum", steering.forum.slug]
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 af 2 filer"):
        call_command(
            "import_minutes", *args, "--format", "json", str(shopping), str(SEED_004),
            stdout=out, stderr=err,
        )  # fmt: skip
    assert "indkoeb.txt" in err.getvalue()
    assert "hverken fundet en mødedato eller punkter" in err.getvalue()
    assert [json.loads(line)["source"] for line in out.getvalue().splitlines()] == [SEED_004.name]
    assert Meeting.objects.count() == before + (0 if dry_run else 1)


@pytest.mark.django_db
def test_a_saved_web_page_is_read():
    page = FIXTURES / "301_html_koege_2022-05-09.html"
    out, _ = run("--dry-run", "--format", "json", str(page))
    meeting = json.loads(out)
    assert meeting["source"] == page.name
    assert meeting["date"] == "2022-05-09"
    assert "Møde med handicaprådet" in [item["title"] for item in meeting["items"]]
    assert "Gå til indhold" not in out and "VIEWSTATE" not in out
