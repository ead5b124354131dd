"""Whatever Klynge accepts, it can show: Hypothesis builds meetings through the services with
hostile text (control characters, right-to-left marks, very long words, Markdown and HTML
fragments) and extreme dates and durations, and renders every output of each — the internal and
the public page, Word, iCalendar (meeting, person, forum, cluster), RSS and Atom, the API, OParl
and search; PDF and the agenda pack in a smaller run — asserting no error and no lost text.

A value the services refuse is refused with a ValidationError at a field; nothing else counts.
"""

from __future__ import annotations

import datetime
import html
import io
import re
import unicodedata
from dataclasses import dataclass

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from docx import Document
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from klynge.archive.search.indexer import index_item
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Decision, Meeting
from klynge.meetings.tests.conftest import Steering
from klynge.validation import CONTROL

pytestmark = pytest.mark.django_db

FRAGMENTS = [
    "**fed tekst**",
    "*kursiv tekst*",
    "- første punkt\n- andet punkt",
    "1. første\n2. anden",
    "> citeret afsnit",
    "# Overskrift",
    "| kolonne | række |\n|---|---|\n| celle | felt |",
    "<svg onload=alert(1)> efter svg",
    "<!-- ikke en kommentar",
    "<script>alert('x')</script>",
    "&amp; &lt; &#x41;",
    "\u200fhøjre\u200e venstre \u202eomvendt\u202c",
    "æøå ÆØÅ ü é",
    "Langtord" * 60,
    "\x01\x0b\x1f",
    "\x7f\x85",
    "\t tabulator\r\nlinjeskift",
]
raw_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), min_size=1, max_size=5
).map(" ".join)
# What the rules accept: no control characters (test_hostile_values and the form and API tests
# of test_generated_inputs hold that the rest is refused at the field).
text = raw_text.map(lambda t: CONTROL.sub("", t))
short = text.map(lambda t: t[:200])


@dataclass
class Generated:
    meeting_title: str
    place: str
    day: datetime.date
    hour: int
    duration: int
    title: str
    summary: str
    case_text: str
    recommendation: str
    minutes_text: str
    decision_text: str


generated = st.builds(
    Generated,
    meeting_title=short,
    place=short,
    day=st.dates(datetime.date(1900, 1, 2), datetime.date(2199, 12, 30)),
    hour=st.integers(0, 22),
    duration=st.integers(0, 1440),
    title=short.filter(lambda t: t.strip()),
    summary=text,
    case_text=text,
    recommendation=text,
    minutes_text=text,
    decision_text=text,
)

WORD = re.compile(r"[^\W\d_]{3,40}")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]{3,40}")
# A whole word, to search for: letters with no letter either side.
WHOLE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,40}(?![^\W\d_])")


def words(value: str) -> set[str]:
    return set(WORD.findall(value))


def page_text(content: bytes) -> str:
    return html.unescape(strip_tags(content.decode("utf-8", "replace")))


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def pdf_words(content: bytes) -> str:
    """The PDF's text without white space: a long word may be broken across lines."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    # A heading's font sets "fi" as one glyph, which comes out as the ligature "ﬁ".
    text = re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group()), text)
    # Some fonts' glyphs come out of the extraction with NULs between the letters.
    return re.sub(r"[\s\x00]+", "", text)


# Letters a font may set as one ligature glyph.
LIGATURE = re.compile("ff[il]|f[fil]")


def in_pdf(word: str, text: str) -> bool:
    """Whether the word, or the word reversed, is in the PDF's text.

    When a font also holds a glyph for a character it lacks, pypdf reads the font's codes byte by
    byte (the NULs above), and a ligature's glyph comes back as two wrong characters, so the
    letters either side of a ligature are looked for instead.
    """
    parts = [part for part in LIGATURE.split(word) if part]
    return all(part in text for part in parts) or all(part[::-1] in text for part in parts)


def _aware(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def build(steering: Steering, g: Generated) -> AgendaItem:
    """The generated meeting, from planning to published minutes; raises ValidationError."""
    meeting = services.create_meeting(
        steering.forum,
        starts_at=_aware(g.day, g.hour),
        ends_at=_aware(g.day, g.hour + 1),
        title=g.meeting_title,
        place=g.place,
    )
    item = AgendaItem(
        meeting=meeting,
        title=g.title,
        summary=g.summary,
        case_text=g.case_text,
        duration_minutes=g.duration,
    )
    services.save_item(item, [g.recommendation] if g.recommendation.strip() else [])
    services.publish_agenda(meeting)
    services.hold_meeting(meeting)
    decisions = [
        (rec, Decision.Outcome.APPROVED, g.decision_text) for rec in item.recommendations.all()
    ]
    services.record_minutes(item, g.minutes_text, "", decisions or [(None, "discussed", "")])
    chairs = services.chairs(meeting)
    for chair in chairs:
        services.approve_minutes(Meeting.objects.get(pk=meeting.pk), chair)
    if not chairs:  # a meeting before the forum had its chairs
        services.record_approval_outside(meeting, meeting.ends_at, "Godkendt af formandskabet")
    services.publish_minutes(meeting)
    index_item(AgendaItem.objects.select_related("meeting__forum").get(pk=item.pk))
    return item


def outputs(steering: Steering, item: AgendaItem) -> dict[str, str]:
    """Every output that shows the meeting or its item, by name: its URL."""
    meeting, forum, cluster = item.meeting, steering.forum.slug, steering.forum.cluster.slug
    return {
        "page": reverse("meetings:whole", args=[meeting.pk]),
        "item page": item.get_absolute_url(),
        "public page": reverse("public:meeting", args=[meeting.pk]),
        "minutes word": reverse("meetings:minutes_docx", args=[meeting.pk]),
        "agenda word": reverse("meetings:agenda_docx", args=[meeting.pk]),
        "meeting ics": reverse("meetings:meeting_ics", args=[meeting.pk]),
        "person ics": reverse("meetings:person_feed", args=[steering.member.calendar_token]),
        "forum ics": reverse("feeds:forum_ics", args=[forum]),
        "cluster ics": reverse("feeds:cluster_ics", args=[cluster]),
        "forum rss": reverse("feeds:forum_rss", args=[forum]),
        "forum atom": reverse("feeds:forum_atom", args=[forum]),
        "cluster rss": reverse("feeds:cluster_rss", args=[cluster]),
        "cluster atom": reverse("feeds:cluster_atom", args=[cluster]),
        "api meeting": f"/api/v1/meetings/{meeting.pk}/",
        "api items": f"/api/v1/agenda-items/?meeting={meeting.pk}",
        "oparl meeting": reverse("oparl:meeting", args=[meeting.pk]),
        "oparl item": reverse("oparl:agenda_item", args=[item.pk]),
        "search": reverse("search:search") + "?q=" + _search_word(item.title),
    }


def _search_word(title: str) -> str:
    """The title's longest whole word (the least likely to be a stop word)."""
    return max(WHOLE_WORD.findall(title), key=len, default="x")


def assert_nothing_lost(g: Generated, shown: dict[str, bytes]) -> None:
    page, public = page_text(shown["page"]), page_text(shown["public page"])
    word = docx_text(shown["minutes word"])
    texts = [g.title, g.summary, g.case_text, g.recommendation, g.minutes_text]
    if g.recommendation.strip():  # the decision's wording goes with a recommendation
        texts.append(g.decision_text)
    for value in texts:
        for w in words(value):
            assert w in page, ("page", w, value)
            assert w in public, ("public page", w, value)
            assert w in word, ("word", w, value)
    for w in words(g.title):
        assert w in html.unescape(shown["forum rss"].decode()), ("rss", w, g.title)
        if WHOLE_WORD.search(g.title):
            assert w in page_text(shown["search"]), ("search", w, g.title)


OUTPUT_EXAMPLES = 150


def some(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        # No shrinking: the assertions name the output, the word and the value, and shrinking a
        # whole meeting takes minutes.
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def test_every_output_shows_whatever_was_accepted(steering):
    client = Client()
    client.force_login(steering.secretary_user)
    outcomes: list[str] = []

    @some(OUTPUT_EXAMPLES)
    @given(g=generated)
    def render_everything(g: Generated) -> None:
        with transaction.atomic():
            outcomes.append(_render_everything(client, steering, g))
            transaction.set_rollback(True)

    render_everything()
    shown = outcomes.count("shown")
    assert shown >= OUTPUT_EXAMPLES * 0.9, f"{shown} of {len(outcomes)} meetings were accepted"


def _render_everything(client: Client, steering: Steering, g: Generated) -> str:
    try:
        item = build(steering, g)
    except ValidationError as refused:
        assert refused.messages
        return "refused"
    shown = {}
    for name, url in outputs(steering, item).items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        shown[name] = response.content
    assert_nothing_lost(g, shown)
    api = client.get(f"/api/v1/agenda-items/{item.pk}/").json()
    assert (api["title"], api["case_text"]) == (g.title, g.case_text)
    return "shown"


@some(12)
@given(g=generated)
def test_pdf_and_agenda_pack_show_whatever_was_accepted(steering, g):
    client = Client()
    client.force_login(steering.secretary_user)
    with transaction.atomic():
        try:
            item = build(steering, g)
        except ValidationError:
            transaction.set_rollback(True)
            return
        pk = item.meeting_id
        for name in ("meetings:minutes_pdf", "meetings:agenda_pdf", "meetings:agenda_pack"):
            response = client.get(reverse(name, args=[pk]))
            assert response.status_code == 200, name
        minutes = pdf_words(client.get(reverse("meetings:minutes_pdf", args=[pk])).content)
        for value in (g.title, g.case_text, g.minutes_text):
            # Text extraction reads Latin script back reliably; shaped scripts it garbles.
            for w in LATIN_WORD.findall(value):
                # Text after a right-to-left override is laid out, and so extracted, reversed.
                assert in_pdf(w, minutes), ("pdf", w, value)
        transaction.set_rollback(True)
