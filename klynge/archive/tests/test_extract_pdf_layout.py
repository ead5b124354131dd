"""PDFs as a committee system prints them (made-up minutes rendered by WeasyPrint at run time):
running heads and footers on every page, bullets drawn after the body, words hyphenated at a
line's end, tables of participants, and a scan without a text layer."""

from __future__ import annotations

import pytest
from pypdf.generic import NameObject
from weasyprint import HTML

from klynge.archive.importer.extract import UnreadableDocument, extract_text, normalise
from klynge.archive.importer.pdf_layout import (
    Line,
    _Dots,
    _single,
    reading_order,
    without_furniture,
)
from klynge.archive.importer.pipeline import read_document
from klynge.archive.importer.repair import join_hyphenated

PAGE = """
@page { size: A4; margin: 25mm 20mm;
  @top-left { content: "Sundhedsudvalget"; font-size: 9pt }
  @top-right { content: "14. marts 2026"; font-size: 9pt }
  @bottom-center { content: "Side " counter(page) " af " counter(pages); font-size: 9pt } }
body { font: 11pt/1.3 "DejaVu Sans", sans-serif }
"""

PLAIN = "@page { size: A4 } body { font-size: 11pt }"

CASE = (
    "<p>Akutfunktionen i Fjordby og Havnbjerg har siden september 2025 haft en fælles "
    "visitationsenhed, som nu dækker alle borgere i klyngens fire kommuner.</p>"
)


def pdf(body: str, style: str = PAGE) -> bytes:
    return HTML(
        string=f"<html lang='da'><style>{style}</style><body>{body}</body></html>"
    ).write_pdf()


def lines_of(body: str, style: str = PAGE) -> list[str]:
    return extract_text(pdf(body, style), "x.pdf").split("\n")


def region_minutes() -> bytes:
    items = "".join(
        f"<h2 style='page-break-before: always'>{number}. {title}</h2>"
        f"<p><b>Sagsfremstilling</b></p>{CASE * 3}"
        "<ul><li>færre genindlæggelser</li><li>bedre overlevering</li></ul>"
        "<p><b>Beslutning</b></p><p>Godkendt.</p>"
        for number, title in ((1, "Akutfunktionen"), (2, "Sundhedshusene"), (3, "Meddelelser"))
    )
    header = (
        "<h1>Referat</h1><p>Mødedato: 14. marts 2026</p><p>Mødetidspunkt: Kl. 13.00 - 15.30</p>"
        "<p>Mødested: Mødelokale 3, Regionshuset Fjordby</p>"
    )
    return pdf(header + items)


def test_running_heads_footers_and_page_numbers_are_dropped_from_every_page():
    lines = extract_text(region_minutes(), "referat.pdf").split("\n")
    assert not [line for line in lines if "Side" in line or "Sundhedsudvalget" in line]
    assert lines[0] == "Referat"


def test_no_item_holds_the_page_furniture():
    meeting = read_document(region_minutes(), "referat.pdf")
    assert [item.number for item in meeting.items] == [1, 2, 3]
    assert meeting.start_time == "13:00"
    for item in meeting.items:
        text = " ".join([item.case_text, item.minutes_text, *item.decisions])
        assert "Sundhedsudvalget" not in text
        assert "Side" not in text


def test_a_running_head_from_the_second_page_only_is_dropped_in_a_two_page_document():
    style = (
        "@page { size: A4; margin: 30mm 20mm; @top-center { content: 'Udvalget – Referat';"
        " font-size: 8pt } } @page :first { @top-center { content: none } }"
        " body { font-size: 10pt }"
    )
    body = "<p>Side et.</p><p style='page-break-before: always'>Punkt 3. Eventuelt</p>"
    assert lines_of(body, style) == [
        "Side et.",
        "",
        "Punkt 3. Eventuelt",
    ]


def test_small_print_at_the_top_of_the_second_page_is_kept():
    style = "@page { size: A4; margin: 25mm 20mm } body { font-size: 10pt } h2 { margin-top: 20pt }"
    body = (
        "<p>Side et.</p><p style='page-break-before: always; font-size: 8pt'>Bilag: notat</p>"
        "<h2>Punkt 3. Eventuelt</h2>"
    )
    assert "Bilag: notat" in lines_of(body, style)


def test_heads_and_footers_drawn_before_the_body_are_dropped_too():
    style = (
        "@page { size: A4; margin: 30mm 25mm } body { font-size: 11pt }"
        " .head { position: fixed; top: -18mm; font-size: 8pt }"
        " .foot { position: fixed; bottom: -16mm; font-size: 8pt }"
    )
    body = (
        "<div class='head'>Klyngestyregruppen – referat af møde 12.10.2026</div>"
        "<div class='foot'>Klyngesekretariatet, Havnbjerg Kommune</div>"
        "<p>Pkt. 1 Godkendelse af dagsorden</p>"
        "<p style='page-break-before: always'>Pkt. 2 Næste møde</p>"
    )
    assert lines_of(body, style) == [
        "Pkt. 1 Godkendelse af dagsorden",
        "",
        "Pkt. 2 Næste møde",
    ]


def test_bullets_drawn_after_the_body_stand_before_their_lines():
    lines = extract_text(region_minutes(), "referat.pdf").split("\n")
    assert lines.count("• færre genindlæggelser") == 3
    assert lines.count("• bedre overlevering") == 3
    assert "•" not in lines


def test_list_numbers_drawn_after_their_items_stand_before_them():
    body = (
        "<ol><li>afklaring af ansvarsfordelingen</li><li>fælles dokumentation</li></ol><p>Slut.</p>"
    )
    lines = lines_of(body, PLAIN)
    assert lines == ["1. afklaring af ansvarsfordelingen", "2. fælles dokumentation", "Slut."]


def test_a_cell_of_a_narrow_table_column_keeps_its_lines_together():
    body = (
        "<table style='width: 100%'><tr><td style='width: 20mm; vertical-align: top'>"
        "Vestfjord Nord</td><td style='width: 20mm; vertical-align: top'>4 af 11</td>"
        "<td style='vertical-align: top'>To læger går på pension i foråret</td></tr></table>"
    )
    lines = lines_of(body, PLAIN)
    assert lines.index("Vestfjord") + 1 == lines.index("Nord")


def test_the_columns_of_a_two_column_page_are_read_one_after_the_other():
    body = (
        "<div style='columns: 2; font-size: 10pt'>"
        + "<p>Første spalte fortæller om samarbejdet om medicingennemgang på plejecentrene.</p>" * 6
        + "<p>Anden spalte.</p></div>"
    )
    lines = lines_of(body)
    assert lines[-1] == "Anden spalte."


def test_text_turned_up_the_margin_is_left_out():
    style = PAGE.replace(
        "@bottom-center",
        "@left-middle { content: 'Dok. nr. 26/04411'; transform: rotate(-90deg) } @bottom-center",
    )
    body = "<p>Praksiskonsulenterne orienterede.</p>" * 30
    text = extract_text(pdf(body, style), "x.pdf")
    assert "Dok. nr." not in text
    assert "26/04411" not in text
    assert text.count("Praksiskonsulenterne orienterede.") == 30


def test_two_page_numbers_at_the_foot_of_a_one_page_document_are_both_dropped():
    drawn = [[Line(60, 700, "Godkendt."), Line(496, 33, "Side 1 af 1"), Line(282, 16, "1/1")]]
    assert [line.text for line in without_furniture(drawn)[0]] == ["Godkendt."]
    kept = [[Line(60, 700, "Antal"), Line(60, 680, "12"), Line(282, 16, "Side 1")]]
    assert [line.text for line in without_furniture(kept)[0]] == ["Antal", "12"]


def test_a_line_drawn_twice_for_a_bold_look_is_read_once():
    style = (
        "@page { size: A4 } .fb { position: relative } .fb span { position: absolute; left: 0.3pt }"
    )
    body = "<p>Indledning.</p><p class='fb'>Beslutning<span>Beslutning</span></p><p>Godkendt.</p>"
    assert lines_of(body, style) == [
        "Indledning.",
        "Beslutning",
        "Godkendt.",
    ]


@pytest.mark.parametrize("text", ["Sag 2 Sag 2", "BeslutningBeslutning"])
def test_single(text):
    assert _single(text) == text[: len(text) // 2].strip()


@pytest.mark.parametrize("text", ["haha", "1010", "Nej nej", "Godkendt. Godkendt med bemærkning."])
def test_single_leaves_other_lines(text):
    assert _single(text) == text


def test_a_small_dot_drawn_before_a_line_is_its_bullet():
    dot = (
        "<span style='display: inline-block; width: 4pt; height: 4pt; border-radius: 2pt;"
        " background: #000; margin-right: 6pt; vertical-align: middle'></span>"
    )
    square = (
        "<span style='display: inline-block; width: 20pt; height: 20pt; background: #000'></span>"
    )
    body = (
        f"<p>Forvaltningen indstiller, at</p><p>{dot}sagen godkendes</p><hr>"
        f"<p>{square}Logo</p><table style='border: 1px solid #000'><tr><td>Celle</td></tr></table>"
    )
    assert lines_of(body, PLAIN) == [
        "Forvaltningen indstiller, at",
        "• sagen godkendes",
        "Logo",
        "Celle",
    ]


def test_a_damaged_path_is_no_bullet_and_no_error():
    dots = _Dots()
    identity = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    dots(b"re", [NameObject("/x"), 1, 2, 3], identity)
    dots(b"re", [10, 10, 3, 3], identity)
    dots(b"f", [], identity)
    assert dots.found == [(11.5, 11.5)]


def test_a_heading_at_the_foot_of_one_page_and_the_top_of_the_next_is_kept():
    # The same line at the edge of two pages, in two places: text, not a running head.
    filler = "<p>Linje med tekst.</p>" * 44
    body = f"{filler}<p>Beslutning</p><p style='page-break-before: always'>Beslutning</p>"
    lines = lines_of(body, "@page { size: A4 }")
    assert lines.count("Beslutning") == 2


def test_a_word_hyphenated_by_the_typesetter_is_joined():
    style = "@page { size: A5 } p { width: 32mm; hyphens: manual; font-size: 11pt }"
    text = extract_text(pdf("<p>Meget sammen&shy;hængende patientforløb</p>", style), "x.pdf")
    assert "sammenhængende" in text.split()


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("en fælles vi\u2010\nsitationsenhed i klyngen", "en fælles visitationsenhed i klyngen"),
        ("sund-\nhedsområdet", "sundhedsområdet"),
        ("Havn-\nbjerg Kommune", "Havnbjerg Kommune"),
        ("EU-\nmidler", "EU-midler"),
        ("Tele-\nKOL", "Tele-KOL"),
        ("COVID-\n19", "COVID-19"),
        ("et social-\nog sundhedsfagligt", "et social-\nog sundhedsfagligt"),
        ("Mødetid 13.00 -\n15.30", "Mødetid 13.00 -\n15.30"),
        ("- punkt\n- punkt", "- punkt\n- punkt"),
    ],
)
def test_join_hyphenated(printed, read):
    assert join_hyphenated(printed) == read


def test_soft_hyphen_at_a_line_end_joins_the_word_and_other_hyphens_become_plain():
    assert normalise("sammen\u00ad\nhængende forløb\nnæste") == "sammenhængende forløb\nnæste"
    assert normalise("COVID\u201119 og Holst\u2010Villadsen") == "COVID-19 og Holst-Villadsen"


@pytest.mark.parametrize("glyph", ["\uf0b7", "\uf0a7", "\uf0d8", "➢", "○", "◆"])
def test_word_bullets_in_the_symbol_fonts_private_codes_become_bullets(glyph):
    text = f"indstiller, at\n{glyph}\tsagen godkendes\n  {glyph} udgiften afholdes"
    assert normalise(text) == "indstiller, at\n• sagen godkendes\n  • udgiften afholdes"


def test_recommendations_behind_symbol_font_bullets_are_read_one_by_one():
    text = (
        "Referat\nMødedato: 9. december 2026\n1. Forebyggelsespakker\nIndstilling\n"
        "Forvaltningen indstiller, at\n\uf0b7 statusrapporten tages til efterretning\n"
        "\uf0b7 forvaltningen udarbejder en handleplan.\nBeslutning\nGodkendt.\n"
    )
    (item,) = read_document(text.encode(), "referat.txt").items
    assert item.recommendations == [
        "statusrapporten tages til efterretning",
        "forvaltningen udarbejder en handleplan.",
    ]


def test_a_bullet_glyph_inside_a_line_or_alone_is_left():
    assert normalise("pil ➢ frem\n○\nnæste") == "pil ➢ frem\n○\nnæste"


def test_columns_of_a_participants_table_keep_their_order():
    body = (
        "<table style='width: 100%'><tr><td><b>Medlemmer</b></td><td><b>Fraværende</b></td></tr>"
        "<tr><td>Birgit Dam<br>Lene Ørum<br>Tina Marbæk</td><td>Rasmus Krogsgaard</td></tr>"
        "</table><p>Efter tabellen.</p>"
    )
    lines = lines_of(body)
    assert lines.index("Medlemmer Fraværende") < lines.index("Birgit Dam")
    assert lines.index("Lene Ørum") < lines.index("Tina Marbæk") < lines.index("Rasmus Krogsgaard")
    assert lines.index("Rasmus Krogsgaard") < lines.index("Efter tabellen.")


def test_reading_order_puts_stragglers_in_place_and_keeps_a_second_column():
    drawn = [
        Line(80, 700, "Venstre spalte linje 1"),
        Line(80, 688, "Venstre spalte linje 2"),
        Line(320, 700, "Højre spalte linje 1"),
        Line(320, 688, "Højre spalte linje 2"),
        Line(70, 688, "•"),
        Line(60, 800, "Regionsrådet"),
        Line(400, 800, "Side 3"),
    ]
    assert [line.text for line in reading_order(drawn)] == [
        "Regionsrådet Side 3",
        "Venstre spalte linje 1",
        "• Venstre spalte linje 2",
        "Højre spalte linje 1",
        "Højre spalte linje 2",
    ]


def test_furniture_is_taken_from_the_edges_inwards_only():
    def page(number: int, decision: str) -> list[Line]:
        return [
            Line(60, 800, f"Regionsrådet 25. januar 2026 Side {number}"),
            Line(80, 700, f"Punkt {number}"),  # each item on a page of its own
            Line(80, 680, decision),
            Line(280, 40, "Region Fjordland, Skovvej 4"),
            Line(280, 30, f"{number}/3"),
        ]

    pages = [page(1, "Godkendt."), page(2, "Taget til efterretning."), page(3, "Udsat.")]
    assert [[line.text for line in lines] for lines in without_furniture(pages)] == [
        ["Punkt 1", "Godkendt."],
        ["Punkt 2", "Taget til efterretning."],
        ["Punkt 3", "Udsat."],
    ]


def test_word_processor_pdf_without_page_furniture():
    style = "@page { size: A4; margin: 25mm; @bottom-right { content: counter(page) } }"
    body = (
        "<h1>Referat fra møde i Klyngeforum Nordkysten</h1>"
        "<p>Dato: Torsdag den 5. november 2026 kl. 14.00-16.00<br>"
        "Sted: Sundhedshuset i Strandvig, lokale 2.14</p>"
        "<p><b>1. Velkomst</b></p><p>Dagsordenen blev godkendt.</p>"
        "<p><b>2. Eventuelt</b></p><p>Intet.</p>"
    )
    text = extract_text(pdf(body, style), "referat.pdf")
    assert text.split("\n")[-1] == "Intet."
    meeting = read_document(pdf(body, style), "referat.pdf")
    assert [item.title for item in meeting.items] == ["Velkomst", "Eventuelt"]
    assert meeting.location == "Sundhedshuset i Strandvig, lokale 2.14"


PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAF"
    "AAH/iZk9HQAAAABJRU5ErkJggg=="
)


@pytest.mark.parametrize(
    "style",
    ["@page { size: A4 }", "@page { size: A4; @bottom-center { content: 'Side 1 af 1' } }"],
)
def test_a_scan_without_a_text_layer_is_refused_not_imported_empty(style):
    scan = pdf(f"<img src='{PIXEL}' style='width: 170mm; height: 250mm'>", style)
    with pytest.raises(UnreadableDocument, match=r"scan\.pdf har intet tekstlag"):
        read_document(scan, "scan.pdf")


def one_page_pdf(font: str, lines: list[str]) -> bytes:
    """A minimal PDF that shows the lines in one of the standard fonts."""
    shown = " ".join(f"({line}) Tj T*" for line in lines)
    stream = f"BT /F1 12 Tf 72 760 Td 14 TL {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s >>" % font.encode(),
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return (
        out
        + b"xref\n0 %d\n0000000000 65535 f \n%s" % (len(objects) + 1, table)
        + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, len(out))
    )


MINUTES_LINES = ["Referat fra mode i udvalget", "Punkt 1 Godkendelse af dagsorden", "Godkendt"]


def test_a_text_layer_of_glyph_codes_read_as_other_letters_is_refused():
    # The Symbol font prints the codes of "Referat" as "Ρεφερατ": no text to import.
    with pytest.raises(UnreadableDocument, match=r"Tekstlaget i PDF-filen scan\.pdf kan ikke"):
        read_document(one_page_pdf("Symbol", MINUTES_LINES), "scan.pdf")
    text = extract_text(one_page_pdf("Helvetica", MINUTES_LINES), "referat.pdf")
    assert text.split("\n") == MINUTES_LINES
