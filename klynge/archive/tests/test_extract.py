"""Text out of real PDF, DOCX and text files; what cannot be read is refused with a clear error."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from weasyprint import HTML

from klynge.archive.importer.extract import MAX_BYTES, UnreadableDocument, extract_text, normalise

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def minutes_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Referat Klyngestyregruppen", level=1)
    document.add_paragraph("Mødedato: 7. juni 2023 kl. 08:30")
    document.add_paragraph("Velkomst og godkendelse af dagsorden", style="List Number")
    document.add_paragraph("Status på de fire initiativer", style="List Number")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(
        table.rows, [("Initiativ", "2023", "2024"), ("Tele-KOL", "1.267", "733")], strict=True
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Beslutning: godkendt.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_keeps_body_order_tables_numbers_and_headings():
    lines = extract_text(minutes_docx(), "referat.docx").split("\n")
    assert "Referat Klyngestyregruppen" in lines
    assert "1. Velkomst og godkendelse af dagsorden" in lines
    assert "2. Status på de fire initiativer" in lines
    assert "Initiativ | 2023 | 2024" in lines
    assert lines.index("Tele-KOL | 1.267 | 733") < lines.index("Beslutning: godkendt.")
    assert lines.index("Mødedato: 7. juni 2023 kl. 08:30") < lines.index("Initiativ | 2023 | 2024")


def test_docx_is_recognised_by_content_not_by_name():
    assert "Tele-KOL | 1.267 | 733" in extract_text(minutes_docx(), "referat.txt")


def test_pdf_pages_in_reading_order():
    html = (
        "<h1>Referat</h1><p>Mødeleder: Mette Andreassen</p>"
        "<p style='page-break-before: always'>Punkt 2. Økonomi og budgetår</p>"
    )
    text = extract_text(HTML(string=html).write_pdf(), "referat.pdf")
    assert text.index("Referat") < text.index("Mødeleder: Mette Andreassen")
    assert text.index("Mette Andreassen") < text.index("Punkt 2. Økonomi og budgetår")
    assert "\n\n" in text[text.index("Andreassen") : text.index("Punkt 2")]


def test_text_in_cp1252_utf8_bom_and_crlf():
    danish = "Drøftelse af økonomi på tværs\r\nsærlig velkommen"
    assert extract_text(danish.encode("cp1252"), "a.txt") == (
        "Drøftelse af økonomi på tværs\nsærlig velkommen"
    )
    assert extract_text(b"\xef\xbb\xbf" + danish.encode("utf-8"), "b.txt").startswith("Drøftelse")


def test_normalise_spaces_soft_hyphens_ligatures_and_composed_letters():
    assert normalise("kl.\u00a08:30 sund\u00adhed \ufb01nansiering a\u030angerne\r\n") == (
        "kl. 8:30 sundhed finansiering ångerne\n"
    )


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"", "empty.txt"),
        (b"  \n\n ", "blank.txt"),
        (PNG, "scan.pdf"),
        (b"%PDF-1.7\n this is no pdf at all", "broken.pdf"),
        (b"PK\x03\x04 not really a zip", "broken.docx"),
        (b"\x00\x01\x02binary", "data.txt"),
    ],
)
def test_unreadable_files_are_refused(data, name):
    with pytest.raises(UnreadableDocument) as error:
        extract_text(data, name)
    assert name in str(error.value)


def test_zip_without_word_document_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("content.xml", "<office/>")
    with pytest.raises(UnreadableDocument, match="ikke et Word-dokument"):
        extract_text(out.getvalue(), "referat.docx")


def test_oversize_file_is_refused():
    with pytest.raises(UnreadableDocument, match="større end 25 MB"):
        extract_text(b"a" * (MAX_BYTES + 1), "big.txt")
