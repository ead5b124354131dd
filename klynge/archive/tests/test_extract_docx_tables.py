"""A Word file's header table (labels in bold or ending in a colon, beside their values) is read
as "Label: value" lines, as the reader knows header fields; other tables keep their cells."""

from __future__ import annotations

import io

import docx

from klynge.archive.importer.extract import extract_text
from klynge.archive.importer.pipeline import read_document


def word_file(*tables: list[tuple[str, ...]], bold: str = "labels") -> bytes:
    """bold: 'labels' (every other cell from the first), 'first row' or 'first column'."""
    document = docx.Document()
    document.add_paragraph("Referat")
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for number, (row, texts) in enumerate(zip(table.rows, rows, strict=True)):
            for column, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.bold = {
                    "labels": column % 2 == 0 and not text.endswith(":"),
                    "first row": number == 0,
                    "first column": column == 0,
                }[bold]
        document.add_paragraph("")
    document.add_paragraph("1. Godkendelse af referat")
    document.add_paragraph("Beslutning")
    document.add_paragraph("Godkendt.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


HEADER = [
    ("Møde", "Sundhedssamarbejdsudvalget", "Dato", "2. september 2026"),
    ("Tid:", "9.30 – 12.00", "Sted:", "Kystsygehuset, auditorium B"),
    ("Mødeleder", "Erik Sandholm", "Referent", "Mette Brøns"),
]


def test_a_header_table_of_labels_and_values_gives_label_lines():
    lines = extract_text(word_file(HEADER), "referat.docx").split("\n")
    assert lines[1:7] == [
        "Møde: Sundhedssamarbejdsudvalget",
        "Dato: 2. september 2026",
        "Tid: 9.30 – 12.00",
        "Sted: Kystsygehuset, auditorium B",
        "Mødeleder: Erik Sandholm",
        "Referent: Mette Brøns",
    ]


def test_the_header_fields_of_such_a_table_are_read():
    meeting = read_document(word_file(HEADER), "referat.docx")
    assert meeting.location == "Kystsygehuset, auditorium B"
    assert meeting.leader == "Erik Sandholm"
    assert meeting.start_time == "09:30"


def test_column_heads_in_bold_and_names_keep_their_cells():
    people = [("Navn", "Organisation"), ("Erik Sandholm", "Kystsygehuset")]
    lines = extract_text(word_file(people, bold="first row"), "x.docx").split("\n")
    assert "Navn | Organisation" in lines
    assert "Erik Sandholm | Kystsygehuset" in lines


def test_names_in_bold_beside_their_organisation_are_no_labels():
    people = [("Erik Sandholm", "Kystsygehuset"), ("Gitte Møllgaard", "Bakkedal Kommune")]
    lines = extract_text(word_file(people, bold="first column"), "x.docx").split("\n")
    assert "Gitte Møllgaard | Bakkedal Kommune" in lines


def test_figures_are_no_labels():
    figures = [("Initiativ", "2023"), ("2024", "1.267")]
    lines = extract_text(word_file(figures, bold="first column"), "x.docx").split("\n")
    assert lines[1:3] == ["Initiativ | 2023", "2024 | 1.267"]  # the table is read as one
