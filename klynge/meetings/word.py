"""The agenda and the minutes as Word documents (DOCX) in the layout users know.

Case texts are written in a small Markdown subset (add_markdown); Word gets it as paragraphs,
lists, bold and italic runs and tables, never as the marks themselves.
"""

from __future__ import annotations

import re
from io import BytesIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from .document import ItemDoc, MeetingDoc, PersonDoc
from .printing import (
    ABSENT,
    AGENDA,
    APOLOGIES,
    APPROVAL,
    ATTACHMENTS,
    CASE,
    CLOSED,
    CONTENTS,
    DECISION,
    DISSENT,
    FORM,
    GUESTS,
    INVITED,
    ITEM_GUESTS,
    LEADER,
    LINK,
    MINUTE_TAKERS,
    MINUTES,
    MINUTES_TITLE,
    OTHERS,
    PAGE,
    PAGE_OF,
    PARTICIPANTS,
    PLACE,
    PRESENTED_BY,
    RECOMMENDATION,
    SUBSTITUTE,
    SUMMARY,
    TIME,
    VIRTUAL,
    danish_day,
    excluded_note,
    item_heading,
    printable,
)

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_INLINE = re.compile(r"\*\*(.+?)\*\*|(?<![*\w])\*(?!\s)([^*]+?)\*(?![*\w])")
# Style ids of python-docx's default template.
LIST_BULLET = "ListBullet"
TABLE_GRID = "TableGrid"
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def agenda_docx(doc: MeetingDoc) -> bytes:
    """The agenda, for those who edit or send it on in Word."""
    return _docx(doc, minutes=False)


def minutes_docx(doc: MeetingDoc) -> bytes:
    """The minutes, for those who edit or send them on in Word."""
    return _docx(doc, minutes=True)


def _docx(doc: MeetingDoc, minutes: bool) -> bytes:
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
        (PARTICIPANTS, doc.participants or "–") if minutes else (INVITED, doc.invitees or "–"),
        (APOLOGIES, [_apology(p) for p in doc.apologies]),
        (ABSENT, [_person(p) for p in doc.absent] if minutes else []),
        (GUESTS, [_person(p) for p in doc.guests]),
    ]
    if minutes:
        rows.append((APPROVAL, "; ".join(doc.approvals)))
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
