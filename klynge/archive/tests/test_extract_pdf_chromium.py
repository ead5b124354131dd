"""Made-up minutes printed to PDF by Chromium (a browser-based committee system's print): its
header and footer templates are page furniture, and the list bullets it draws as shapes are
read as bullets."""

from __future__ import annotations

from klynge.archive.importer.extract import extract_text
from klynge.archive.importer.pipeline import read_document

MINUTES = """<html lang="da"><body style="font: 10pt sans-serif">
<h1>Social- og Sundhedsudvalget</h1><p>Mødedato: 9. december 2026</p>
<p>Mødetid: 14:00 - 16:45</p>
<h2>1. Forebyggelsespakker</h2><h3>Indstilling</h3><p>Forvaltningen indstiller, at</p>
<ul><li>statusrapporten tages til efterretning</li>
<li>forvaltningen udarbejder en handleplan.</li></ul>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2 style="page-break-before: always">2. Eventuelt</h2><p>Intet.</p>
</body></html>"""


def printed(page) -> bytes:
    page.set_content(MINUTES)
    return page.pdf(
        format="A4",
        display_header_footer=True,
        header_template="<div style='font-size: 8px; padding: 0 20mm'>Udvalget 9.12.2026</div>",
        footer_template=(
            "<div style='font-size: 8px; width: 100%; text-align: center'>Side "
            "<span class='pageNumber'></span> af <span class='totalPages'></span></div>"
        ),
        margin={"top": "25mm", "bottom": "25mm", "left": "20mm", "right": "20mm"},
    )


def test_chromium_print_without_furniture_and_with_its_bullets(page):
    data = printed(page)
    lines = extract_text(data, "referat.pdf").split("\n")
    assert lines[0] == "Social- og Sundhedsudvalget"
    assert lines[-1] == "Intet."
    assert "• statusrapporten tages til efterretning" in lines
    (first, second) = read_document(data, "referat.pdf").items
    assert first.recommendations == [
        "statusrapporten tages til efterretning",
        "forvaltningen udarbejder en handleplan.",
    ]
    assert second.title == "Eventuelt"
