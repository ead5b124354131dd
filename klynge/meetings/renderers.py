"""The agenda and the minutes as files: PDF, Word (DOCX), agenda pack, and iCalendar.

Every renderer takes a MeetingDoc (document.py) that the caller has already cut to what the reader
may see (`without_closed()`, `as_agenda()`), so nothing here decides access. Documents are Danish
only: their headings are the constants below, not translations.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import logging
import re
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import formats, timezone, translation
from django.utils.safestring import SafeString, mark_safe
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from icalendar import Calendar, Event
from pypdf import PdfReader, PdfWriter

from klynge import validation
from klynge.documents import render_pdf
from klynge.organisation.models import Person

from .document import DecisionDoc, ItemDoc, MeetingDoc, PersonDoc, RecommendationDoc
from .models import Attachment, Attendance, Meeting

logger = logging.getLogger(__name__)

AGENDA = "Dagsorden"
MINUTES_TITLE = "Referat"
TIME = "Tidspunkt"
FORM = "Mødeform"
PLACE = "Sted"
VIRTUAL = "Virtuel mødeadresse"
LEADER = "Mødeleder"
MINUTE_TAKERS = "Referenter"
INVITED = "Inviterede"
OTHERS = "Øvrige"
APOLOGIES = "Afbud"
SUBSTITUTE = "stedfortræder"
GUESTS = "Gæster"
APPROVED_BY = "Referatet godkendt af"
CONTENTS = "Indhold"
ITEM = "Punkt"
PRESENTED_BY = "Fremlægges af"
ITEM_GUESTS = "Gæster på punktet:"
SUMMARY = "RESUMÉ"
CASE = "SAGSFREMSTILLING"
RECOMMENDATION = "INDSTILLING"
ATTACHMENTS = "BILAG"
MINUTES = "Referat"
DECISION = "Beslutning"
DISSENT = "Uenighed"
CLOSED = "Lukket punkt"
EXCLUDED = "Inhabil: {names} deltog ikke i behandlingen af punktet."
LINK = "link"
PAGE = "Side"
PAGE_OF = "af"

KIND_LABELS = {
    "welcome": "Velkomst",
    "decision": "Beslutningspunkt",
    "discussion": "Drøftelsespunkt",
    "orientation": "Orienteringspunkt",
    "mutual_orientation": "Gensidigt orienteringspunkt",
    "written_orientation": "Skriftlig orientering",
    "any_other_business": "Eventuelt",
    "break": "Pause",
}
# Kinds whose title says what they are: no "Beslutningspunkt: " in front.
PLAIN_KINDS = {"welcome", "break", "any_other_business"}
OUTCOME_LABELS = {
    "approved": "Godkendt",
    "approved_with_remarks": "Godkendt med bemærkninger",
    "rejected": "Ikke godkendt",
    "noted": "Taget til efterretning",
    "discussed": "Drøftet",
    "postponed": "Udsat",
    "forwarded": "Videresendt",
}

TZ = ZoneInfo(settings.TIME_ZONE)
FEED_HISTORY = datetime.timedelta(days=365)


# --- shared ------------------------------------------------------------------------------------


def danish_day(day: datetime.date) -> str:
    """7. juni 2023."""
    with translation.override("da"):
        return formats.date_format(day, "j. F Y")


def item_heading(item: ItemDoc, with_times: bool = True) -> str:
    """Punkt 3: Beslutningspunkt: Titel (kl. 15:05–15:25)."""
    text = f"{ITEM} {item.number}: " if item.number else ""
    if item.kind and item.kind not in PLAIN_KINDS:
        text += f"{item.kind_label}: "
    text += item.title or CLOSED
    return f"{text} ({item.times})" if with_times and item.times else text


def excluded_note(names: list[str]) -> str:
    """The minutes' record of members who did not take part in an item (inhabilitet)."""
    return EXCLUDED.format(names=", ".join(names))


def _danish_decision(decision: DecisionDoc | None) -> DecisionDoc | None:
    if decision is None:
        return None
    label = OUTCOME_LABELS.get(decision.outcome, decision.outcome_label)
    return dataclasses.replace(decision, outcome_label=label)


def _absolute(url: str) -> str:
    return settings.KLYNGE_BASE_URL + url if url.startswith("/") else url


def _printable_item(item: ItemDoc) -> ItemDoc:
    return dataclasses.replace(
        item,
        kind_label=KIND_LABELS.get(item.kind, item.kind_label),
        recommendations=[
            RecommendationDoc(r.number, r.text, _danish_decision(r.decision))
            for r in item.recommendations
        ],
        free_decisions=[_danish_decision(d) for d in item.free_decisions],
        attachments=[dataclasses.replace(a, url=_absolute(a.url)) for a in item.attachments],
    )


def printable(doc: MeetingDoc) -> MeetingDoc:
    """The document with Danish labels and absolute links, as every file shows it, and any
    character XML cannot hold (from a value stored before text was checked) replaced."""
    doc = dataclasses.replace(doc, items=[_printable_item(item) for item in doc.items])
    return validation.xml_safe_all(doc)


# --- PDF ---------------------------------------------------------------------------------------


def _css_string(text: str) -> SafeString:
    # For content: "..." in the print style sheet; escapes quotes, backslashes and tags.
    return mark_safe("".join(f"\\{ord(c):x} " if c in '\\"<>&' or ord(c) < 32 else c for c in text))


def minutes_pdf(doc: MeetingDoc, minutes: bool) -> bytes:
    """The agenda (minutes=False) or the minutes as an A4 PDF with page numbers.

    Printing takes WeasyPrint a second or more; a document is downloaded again and again, so
    the bytes are cached under a digest of the whole content (never stale, any process).
    """
    key = (
        "meeting-pdf:"
        + hashlib.sha256(repr((doc, minutes, PDF_LAYOUT_VERSION)).encode()).hexdigest()
    )
    content = cache.get(key)
    if content is None:
        content = _render_pdf(doc, minutes)
        cache.set(key, content, timeout=24 * 3600)
    return content


# Bump when the print template changes, so that no cached PDF outlives its layout.
PDF_LAYOUT_VERSION = 1


def _render_pdf(doc: MeetingDoc, minutes: bool) -> bytes:
    doc = printable(doc)
    heading = MINUTES_TITLE if minutes else AGENDA
    day = danish_day(doc.day)
    context = {
        "doc": doc,
        "minutes": minutes,
        "heading": heading,
        "day": day,
        "running_head": _css_string(f"{heading} · {doc.forum} · {day}"),
    }
    with translation.override("da"):
        return render_pdf("meetings/document_print.html", context)


# --- DOCX --------------------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_INLINE = re.compile(r"\*\*(.+?)\*\*|(?<![*\w])\*(?!\s)([^*]+?)\*(?![*\w])")
# Style ids of python-docx's default template.
LIST_BULLET = "ListBullet"
TABLE_GRID = "TableGrid"
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def docx(doc: MeetingDoc, minutes: bool) -> bytes:
    """The agenda (minutes=False) or the minutes as a Word document in the layout users know."""
    doc = printable(doc)
    word = Document()
    _setup(word)
    _title(word, doc, minutes)
    _header_table(word, doc, minutes)
    _contents(word, doc)
    for item in doc.items:
        _item(word, item, minutes)
    buffer = BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _paragraph(word: DocxDocument, style_id: str = "", text: str = "") -> Paragraph:
    """A paragraph in a style given by its id. (python-docx finds a style by name by scanning
    every style on each use, which made a 20-item document take half a second.)"""
    paragraph = word.add_paragraph(text)
    if style_id:
        paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _heading(word: DocxDocument, text: str, level: int) -> Paragraph:
    return _paragraph(word, "Title" if level == 0 else f"Heading{level}", text)


def _setup(word: DocxDocument) -> None:
    normal = word.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = word.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(f"{PAGE} ")
    _field(footer, "PAGE")
    footer.add_run(f" {PAGE_OF} ")
    _field(footer, "NUMPAGES")


def _field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _title(word: DocxDocument, doc: MeetingDoc, minutes: bool) -> None:
    kind = word.add_paragraph(doc.forum + (f" · {doc.cluster}" if doc.cluster else ""))
    kind.runs[0].font.size = Pt(9)
    heading = MINUTES_TITLE if minutes else AGENDA
    _heading(word, heading + (f": {doc.title}" if doc.title else ""), level=0)
    word.add_paragraph(danish_day(doc.day))


def _person(person: PersonDoc) -> str:
    text = person.name + (f", {person.title}" if person.title else "")
    return text + (f" ({person.role_text})" if person.role_text else "")


def _apology(person: PersonDoc) -> str:
    text = person.name + (f", {person.title}" if person.title else "")
    return text + (f" – {SUBSTITUTE}: {person.substitute}" if person.substitute else "")


def _header_rows(doc: MeetingDoc, minutes: bool) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [
        (TIME, f"{danish_day(doc.day)} kl. {doc.starts}–{doc.ends}"),
        (FORM, doc.booking_note),
        (PLACE, doc.place),
        (VIRTUAL, doc.virtual_address),
        (LEADER, doc.leader),
        (MINUTE_TAKERS, ", ".join(doc.minute_takers)),
        (INVITED, doc.invitees or "–"),
        (APOLOGIES, [_apology(p) for p in doc.apologies]),
        (GUESTS, [_person(p) for p in doc.guests]),
    ]
    if minutes:
        rows.append((APPROVED_BY, "; ".join(doc.approvals)))
    return [(label, value) for label, value in rows if value]


def _header_table(word: DocxDocument, doc: MeetingDoc, minutes: bool) -> None:
    rows = _header_rows(doc, minutes)
    table = word.add_table(rows=len(rows), cols=2)
    table._tbl.tblStyle_val = TABLE_GRID
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].width, row.cells[1].width = Cm(4), Cm(13)
        row.cells[0].paragraphs[0].add_run(label).bold = True
        _fill_cell(row.cells[1], value)


def _fill_cell(cell: _Cell, value: object) -> None:
    if isinstance(value, str):
        lines = value.splitlines() or [""]
        paragraph = cell.paragraphs[0]
        for n, line in enumerate(lines):
            if n:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(line)
        return
    first = True
    for entry in value:  # a list of names, or of PartyDoc groups
        if isinstance(entry, str):
            first = _cell_line(cell, entry, first)
            continue
        first = _cell_line(cell, entry.party or OTHERS, first, bold=True)
        for person in entry.people:
            first = _cell_line(cell, _person(person), first)


def _cell_line(cell: _Cell, text: str, first: bool, bold: bool = False) -> bool:
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.add_run(text).bold = bold
    return False


def _contents(word: DocxDocument, doc: MeetingDoc) -> None:
    _heading(word, CONTENTS, level=1)
    for item in doc.items:
        paragraph = word.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(item_heading(item))
        if item.closed and item.title:
            paragraph.add_run(f" – {CLOSED.lower()}").italic = True


def _item(word: DocxDocument, item: ItemDoc, minutes: bool) -> None:
    heading = _heading(word, item_heading(item), level=1)
    heading.paragraph_format.page_break_before = True
    if item.closed and item.title:
        word.add_paragraph().add_run(CLOSED).italic = True
    if item.presenters:
        word.add_paragraph(f"{PRESENTED_BY} {item.presenters}")
    if item.guests:
        word.add_paragraph(f"{ITEM_GUESTS} {item.guests}")
    _section(word, SUMMARY, item.summary)
    _section(word, CASE, item.case_text)
    if item.recommendations:
        _heading(word, RECOMMENDATION, level=2)
        for rec in item.recommendations:
            _numbered(word, rec.number, rec.text)
    if item.attachments:
        _heading(word, ATTACHMENTS, level=2)
        for attachment in item.attachments:
            _attachment(word, attachment.title, attachment.url, attachment.is_link)
    if minutes:
        _minutes(word, item)


def _minutes(word: DocxDocument, item: ItemDoc) -> None:
    if item.excluded:
        word.add_paragraph().add_run(excluded_note(item.excluded)).italic = True
    _section(word, MINUTES, item.minutes_text)
    if item.decisions:
        _heading(word, DECISION, level=2)
        for n, decision in enumerate(item.decisions, 1):
            paragraph = _numbered(word, decision.number or n, "")
            paragraph.add_run(decision.outcome_label).bold = True
            if decision.text:
                _inline(paragraph, f": {decision.text}")
    _section(word, DISSENT, item.dissent)


def _section(word: DocxDocument, heading: str, text: str) -> None:
    if text.strip():
        _heading(word, heading, level=2)
        add_markdown(word, text)


def _attachment(word: DocxDocument, title: str, url: str, is_link: bool) -> None:
    paragraph = _paragraph(word, LIST_BULLET)
    paragraph.add_run(title)
    suffix = f" ({LINK}: {url})" if is_link else f" ({url})"
    paragraph.add_run(suffix).font.size = Pt(8)


def _numbered(word: DocxDocument, number: int, text: str) -> Paragraph:
    """A numbered line with the number as written: recommendation 3 stays 3."""
    paragraph = word.add_paragraph()
    form = paragraph.paragraph_format
    form.left_indent, form.first_line_indent = Cm(0.75), Cm(-0.75)
    form.tab_stops.add_tab_stop(Cm(0.75))
    form.space_after = Pt(3)
    paragraph.add_run(f"{number}.\t")
    _inline(paragraph, text)
    return paragraph


def add_markdown(word: DocxDocument, text: str) -> None:
    """Case texts' Markdown subset: paragraphs, "- " bullets, "1. " numbers, **bold**, tables."""
    paragraph: Paragraph | None = None
    table_rows: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.lstrip().startswith("|"):
            table_rows.append(line)
            paragraph = None
            continue
        if table_rows:
            _table(word, table_rows)
            table_rows = []
        paragraph = _markdown_line(word, line, paragraph)
    if table_rows:
        _table(word, table_rows)


def _markdown_line(word: DocxDocument, line: str, paragraph: Paragraph | None) -> Paragraph | None:
    """Add one line; returns the paragraph a following plain line continues, if any."""
    if not line.strip():
        return None
    if match := _BULLET.match(line):
        _inline(_paragraph(word, LIST_BULLET), match[1])
        return None
    if match := _NUMBER.match(line):
        _numbered(word, int(match[1]), match[2])
        return None
    if match := _HEADING.match(line):
        word.add_paragraph().add_run(match[1]).bold = True
        return None
    if paragraph is None:
        paragraph = word.add_paragraph()
    else:
        paragraph.add_run().add_break(WD_BREAK.LINE)
    _inline(paragraph, line.strip())
    return paragraph


def _inline(paragraph: Paragraph, text: str) -> None:
    """**bold** and *italic* as runs; [title](url) as "title (url)"."""
    text = _LINK.sub(r"\1 (\2)", text)
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position : match.start()])
        if match[1] is not None:
            paragraph.add_run(match[1]).bold = True
        else:
            paragraph.add_run(match[2]).italic = True
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def _table(word: DocxDocument, lines: list[str]) -> None:
    rows = [_cells(line) for line in lines if not _TABLE_RULE.match(line)]
    if not rows:
        return
    width = max(len(row) for row in rows)
    table = word.add_table(rows=len(rows), cols=width)
    table._tbl.tblStyle_val = TABLE_GRID
    for n, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
        for cell, value in zip(row.cells, cells, strict=False):
            paragraph = cell.paragraphs[0]
            if n == 0:
                paragraph.add_run(value.replace("**", "")).bold = True
            else:
                _inline(paragraph, value)


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return [cell.strip() for cell in line.split("|")]


# --- agenda pack -------------------------------------------------------------------------------


@dataclass
class PackEntry:
    item: str
    title: str
    pages: str = ""
    reason: str = ""
    url: str = ""


NOT_PDF = "Ikke en PDF-fil ({name}); hentes i Klynge"
IS_LINK = "Link"
UNREADABLE = "PDF-filen kunne ikke læses; hentes i Klynge"
MISSING = "Filen findes ikke"


def agenda_pack(doc: MeetingDoc, attachments: list[Attachment]) -> bytes:
    """The agenda, then every PDF attachment of the items the document shows, then a page listing
    what the pack holds and what it does not (other files, links, unreadable PDFs).

    Only attachments the document itself lists are packed, so a closed item's attachments follow
    the document: a `without_closed()` document packs none of them.
    """
    agenda = doc.as_agenda()
    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(minutes_pdf(agenda, minutes=False))), outline_item=AGENDA)
    by_pk = {attachment.pk: attachment for attachment in attachments}
    included: list[PackEntry] = []
    not_included: list[PackEntry] = []
    for item in agenda.items:
        label = f"{ITEM} {item.number}" if item.number else item.title
        for ref in item.attachments:
            entry = PackEntry(item=label, title=ref.title, url=_absolute(ref.url))
            attachment = by_pk.get(ref.pk)
            entry.reason = _why_not_packed(ref.is_link, attachment)
            if not entry.reason:
                entry.reason = _append_pdf(writer, attachment, entry)
            (not_included if entry.reason else included).append(entry)
    index = render_pdf(
        "meetings/pack_index_print.html", _index_context(agenda, included, not_included)
    )
    writer.append(PdfReader(BytesIO(index)), outline_item="Bilagsoversigt")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _index_context(
    doc: MeetingDoc, included: list[PackEntry], not_included: list[PackEntry]
) -> dict[str, object]:
    return {
        "doc": doc,
        "day": danish_day(doc.day),
        "included": included,
        "not_included": not_included,
    }


def _why_not_packed(is_link: bool, attachment: Attachment | None) -> str:
    if is_link or (attachment is not None and attachment.is_link):
        return IS_LINK
    if attachment is None or not attachment.file:
        return MISSING
    if not attachment.is_pdf:
        return NOT_PDF.format(name=attachment.filename or attachment.content_type or "?")
    return ""


def _append_pdf(writer: PdfWriter, attachment: Attachment, entry: PackEntry) -> str:
    """Append the attachment's pages; a damaged or locked PDF is left out, never breaking the
    pack. Returns why it was left out, or "" when it is in."""
    before = len(writer.pages)
    try:
        with attachment.file.storage.open(attachment.file.name, "rb") as stored:
            reader = PdfReader(BytesIO(stored.read()))
        if reader.is_encrypted and not reader.decrypt(""):
            return UNREADABLE
        if not reader.pages:
            return UNREADABLE
        writer.append(reader, outline_item=entry.title)
    except Exception:  # Uploaded files are untrusted; pypdf raises many kinds of errors.
        logger.warning(
            "Bilag %s kunne ikke lægges i dagsordenspakken", attachment.pk, exc_info=True
        )
        while len(writer.pages) > before:
            writer.remove_page(len(writer.pages) - 1)
        return UNREADABLE
    entry.pages = _page_range(before + 1, len(writer.pages))
    return ""


def _page_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


# --- iCalendar ---------------------------------------------------------------------------------


def _uid_host() -> str:
    return urlsplit(settings.KLYNGE_BASE_URL).hostname or "klynge"


def _summary(meeting: Meeting) -> str:
    return f"{meeting.forum.name}: {meeting.title}" if meeting.title else meeting.forum.name


def _description(meeting: Meeting, url: str) -> str:
    lines = [
        f"{VIRTUAL}: {meeting.virtual_address}" if meeting.virtual_address else "",
        f"{FORM}: {meeting.booking_note}" if meeting.booking_note else "",
        f"Dagsorden og referat: {url}",
    ]
    return "\n".join(line for line in lines if line)


def meeting_event(meeting: Meeting) -> Event:
    """One meeting as a VEVENT: when, where and a link; never any item's content."""
    url = settings.KLYNGE_BASE_URL + meeting.get_absolute_url()
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@{_uid_host()}")
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", meeting.starts_at.astimezone(TZ))
    event.add("dtend", meeting.ends_at.astimezone(TZ))
    event.add("summary", _summary(meeting))
    place = ", ".join(line.strip() for line in meeting.place.splitlines() if line.strip())
    if place or meeting.virtual_address:
        event.add("location", place or meeting.virtual_address)
    event.add("description", _description(meeting, url))
    event.add("url", url)
    return event


LEFT_OUT = (
    "{count} møde(r) med en dato uden for {first}–{last} kan ikke stå i en kalender og er udeladt."
)


def datable_meetings(calendar: Calendar, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings a calendar file can hold: those dated within the years Klynge accepts. Any
    left out (stored before dates were bounded) are named in a note on the calendar."""
    shown = [m for m in meetings if _datable(m)]
    if len(shown) < len(meetings):
        note = LEFT_OUT.format(
            count=len(meetings) - len(shown),
            first=validation.EARLIEST.year,
            last=validation.LATEST.year,
        )
        calendar.add("x-klynge-note", note)
    return shown


def _datable(meeting: Meeting) -> bool:
    days = (meeting.starts_at.date(), meeting.ends_at.date())
    return all(validation.EARLIEST <= day <= validation.LATEST for day in days)


def _calendar(meetings: list[Meeting], name: str = "") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Klynge//Klynge//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    meetings = datable_meetings(calendar, meetings)
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting))
    if meetings:
        first = min(m.starts_at for m in meetings).astimezone(TZ).date()
        last = max(m.ends_at for m in meetings).astimezone(TZ).date()
        calendar.add_missing_timezones(
            first_date=first - datetime.timedelta(days=366),
            last_date=last + datetime.timedelta(days=366),
        )
    return calendar.to_ical()


def meeting_ics(meeting: Meeting) -> bytes:
    """One meeting for the reader's calendar (meeting.forum should be loaded)."""
    return _calendar([meeting])


def feed_meetings(person: Person) -> list[Meeting]:
    """The meetings a person's calendar feed shows, from a year back onwards.

    Every meeting of a forum on a day the person held a seat there (so a former member stops
    getting new meetings, and a new member does not get the forum's past), plus every meeting the
    person is invited to otherwise (as a guest or a substitute).
    """
    since = timezone.now() - FEED_HISTORY
    memberships = list(person.memberships.all())
    invited = Attendance.objects.filter(person=person).values("meeting_id")
    candidates = (
        Meeting.objects.filter(starts_at__gte=since)
        .filter(Q(forum_id__in={m.forum_id for m in memberships}) | Q(pk__in=invited))
        .select_related("forum")
        .order_by("starts_at")
    )
    invited_ids = set(
        Attendance.objects.filter(person=person, meeting__starts_at__gte=since).values_list(
            "meeting_id", flat=True
        )
    )
    return [
        meeting
        for meeting in candidates
        if meeting.pk in invited_ids
        or any(
            seat.forum_id == meeting.forum_id and seat.is_active_on(meeting.local_day())
            for seat in memberships
        )
    ]


def person_feed_ics(person: Person) -> bytes:
    """A person's subscribable calendar of meetings (see feed_meetings)."""
    return _calendar(feed_meetings(person), name=f"Klynge – {person.name}")
