"""A saved web page: recognised by its content, read by its structure, the site's frame left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from klynge.archive.importer.extract import UnreadableDocument, extract_text
from klynge.archive.importer.html import decode_html, looks_like_html


def page(body: str, head: str = '<meta charset="utf-8"><title>Referat</title>') -> bytes:
    return f"<!DOCTYPE html>\n<html lang=da><head>{head}</head><body>{body}</body></html>".encode()


def text(body: str) -> str:
    return extract_text(page(body), "referat.html")


@pytest.mark.parametrize(
    "start",
    [
        b"<!DOCTYPE html><html>",
        b"<!doctype HTML>\n<html lang='da'>",
        b"\xef\xbb\xbf  <html><body>",
        b"<!-- saved from url=(0042)https://example.dk/ -->\r\n<html>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        b' Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">',
        b"<head><meta charset=utf-8>",
        "<!DOCTYPE html><html>".encode("utf-16"),
    ],
)
def test_a_web_page_is_recognised_by_how_it_begins(start):
    assert looks_like_html(start + b"<p>x</p>")


@pytest.mark.parametrize(
    "start",
    [
        b"Referat\n<html> is not the first thing here",
        b"1. Godkendelse af dagsorden",
        b"<p>a fragment, not a page</p>",
        b"%PDF-1.7",
        b"",
    ],
)
def test_text_and_fragments_are_not_web_pages(start):
    assert not looks_like_html(start)


def test_the_name_does_not_decide():
    html = page("<h1>Referat</h1><p>Mødedato: 7. juni 2023</p>")
    assert extract_text(html, "referat.txt") == extract_text(html, "referat.html")
    assert "<h1>" not in extract_text(html, "referat.txt")
    # Text called .html is read as text.
    assert extract_text(b"Referat <b>fed</b>", "referat.html") == "Referat <b>fed</b>"


def test_a_picture_called_html_is_refused():
    with pytest.raises(UnreadableDocument, match="PNG"):
        extract_text(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "referat.html")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('<meta charset="windows-1252"><p>Mødested</p>'.encode("cp1252"), "Mødested"),
        # Browsers read "iso-8859-1" as Windows-1252, whose 0x96 is an en dash.
        (b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\x96', "–"),
        ('<meta charset="utf-8"><p>Mødested</p>'.encode(), "Mødested"),
        ("<p>Mødested</p>".encode("cp1252"), "Mødested"),  # no charset, not UTF-8
        ("\ufeff<p>Mødested</p>".encode(), "Mødested"),
        ('<meta charset="no-such-codec"><p>Mødested</p>'.encode(), "Mødested"),
    ],
)
def test_the_encoding_is_the_one_a_browser_would_use(data, expected):
    assert expected in decode_html(data)


def test_an_encoded_page_reads_its_letters():
    data = (
        '<!DOCTYPE html><html><head><meta charset="iso-8859-1"></head>'
        "<body><h1>Ældre- og Sundhedsudvalget</h1><p>Mødested: Rådhuset</p></body></html>"
    ).encode("latin-1")
    assert extract_text(data, "side.htm") == "Ældre- og Sundhedsudvalget\n\nMødested: Rådhuset"


def test_headings_paragraphs_and_line_breaks():
    body = "<h1>Referat</h1><p>Første  linje<br>anden\nlinje</p><div>Et afsnit</div><h2>Punkt</h2>x"
    assert text(body) == "Referat\n\nFørste linje\nanden linje\n\nEt afsnit\n\nPunkt\n\nx"


def test_lists_as_bullets_and_numbers_as_the_browser_shows_them():
    body = (
        "<ul><li>Anna Hansen (A)</li><li><p>Bo Jensen</p></li></ul>"
        "<ol><li>Godkendelse af dagsorden</li><li>Budget</li><li value=7>Eventuelt</li></ol>"
        "<ol start=3 type=a><li>c-punkt</li></ol>"
        "<ul><li>Medlemmer<ul><li>Cecilie</li></ul></li></ul>"
    )
    assert text(body).split("\n") == [
        "• Anna Hansen (A)",
        "• Bo Jensen",
        "",
        "1. Godkendelse af dagsorden",
        "2. Budget",
        "7. Eventuelt",
        "",
        "c. c-punkt",
        "",
        "• Medlemmer",
        "• Cecilie",
    ]


def test_tables_as_rows_of_cells_or_as_labels_and_values():
    body = (
        "<table><thead><tr><th>Navn</th><th>Parti</th></tr></thead>"
        "<tbody><tr><td>Anna</td><td>A</td></tr></tbody></table>"
        "<table><tr><th>Mødedato:</th><td>21-08-2012</td></tr>"
        "<tr><td>Sted:</td><td>Rådhuset, <b>lokale 1</b></td></tr>"
        "<tr><td>Deltagere</td><td><ul><li>Anna</li><li>Bo</li></ul></td></tr>"
        "<tr><td colspan=2>Åbent møde</td></tr></table>"
        "<table><caption>Økonomi</caption><tr><td>1</td><td>Punkt</td><td>3</td></tr>"
        "<tr><td>2</td><td><ul><li>a</li><li>b</li></ul></td><td></td></tr></table>"
    )
    assert text(body).split("\n") == [
        "Navn | Parti",
        "Anna | A",
        "",
        "Mødedato: 21-08-2012",
        "Sted: Rådhuset, lokale 1",
        "Deltagere:",
        "• Anna",
        "• Bo",
        "Åbent møde",
        "",
        "Økonomi",
        "1 | Punkt | 3",
        "2 | a, b |",
    ]


def test_a_grid_of_names_in_two_columns_is_not_read_as_labels():
    body = (
        "<table><tr><td>Lone Møller</td><td>Børge Sørensen</td></tr>"
        "<tr><td>Klaus Nielsen</td><td>&nbsp;</td></tr>"
        "<tr><td>Janne Danielsen:</td><td>Erik Kjærsgaard</td></tr></table>"
    )
    assert text(body).split("\n") == [
        "Lone Møller | Børge Sørensen",
        "Klaus Nielsen |",
        "Janne Danielsen: | Erik Kjærsgaard",
    ]


def test_description_lists_as_labels_and_values():
    body = (
        "<dl><dt>Tid</dt><dd>kl. 14:00 - 16:00</dd><div><dt>Sted</dt><dd>Rådhuset</dd></div>"
        "<dt>Afbud</dt><dd><ul><li>Anna</li><li>Bo</li></ul></dd></dl>"
    )
    assert text(body).split("\n") == [
        "Tid: kl. 14:00 - 16:00",
        "Sted: Rådhuset",
        "Afbud:",
        "• Anna",
        "• Bo",
    ]


CHROME = """
<a class="skip-link" href="#indhold">Gå til indhold</a>
<div id="cookie-banner">Vi bruger cookies</div>
<header><a href="/">Kommunen</a><nav><ul><li>Borger</li><li>Politik</li></ul></nav>
  <form role="search"><label>Søg</label><input name="q"><button>Søg</button></form></header>
<div class="breadcrumb"><a>Forside</a> › <a>Politik</a></div>
<ul class="main-menu"><li>Dagsordener</li></ul>
<div role="navigation">Udvalg A | Udvalg B</div>
<aside>Se også</aside>
<script>track()</script><style>p {}</style><noscript>Slå JavaScript til</noscript>
"""


def test_the_sites_frame_is_left_out():
    body = CHROME + (
        "<h1>Referat</h1><p>Mødedato: 7. juni 2023</p>"
        "<div hidden>skjult</div><p aria-hidden=true>pynt</p><p style='display: none'>væk</p>"
        "<form><input name=x><button>Send</button></form>"
        "<footer>Kommunen · Rådhuspladsen 1</footer><div role=contentinfo>Kontakt</div>"
    )
    assert text(body) == "Referat\n\nMødedato: 7. juni 2023"


def test_only_the_main_content_when_the_page_marks_it():
    body = CHROME + (
        "<p>Nyheder</p><main><header><h1>Referat</h1><p>7. juni 2023</p></header>"
        "<p>Punkt 1</p><footer>Referent: Anna</footer></main><p>Kontakt</p>"
    )
    assert text(body) == "Referat\n\n7. juni 2023\n\nPunkt 1\n\nReferent: Anna"
    roles = "<div>Nyheder</div><div role=main><h1>Referat</h1></div>"
    assert text(roles) == "Referat"


def test_only_the_articles_when_there_is_no_main():
    body = "<p>Nyheder</p><article><h2>Punkt 1</h2><article>Under</article></article>"
    body += "<div>Reklame</div><article><h2>Punkt 2</h2></article>"
    assert text(body) == "Punkt 1\n\nUnder\n\nPunkt 2"


def test_an_empty_main_does_not_hide_the_document():
    assert text("<main></main><div><h1>Referat</h1></div>") == "Referat"


def test_a_page_wrapped_in_one_form_is_read():
    # ASP.NET pages put the whole body in one <form>.
    body = "<form id=aspnetForm><input type=hidden><h1>Referat</h1><p>Punkt 1</p></form>"
    assert text(body) == "Referat\n\nPunkt 1"


def test_old_style_frames_named_by_class_or_id_are_left_out():
    body = (
        "<div id=header><img alt=Logo><ul id=topmenu><li>Borger</li></ul></div>"
        "<div id=breadcrumbs>Forside &gt; Udvalg</div><ul class=leftMenu><li>Byrådet</li></ul>"
        "<div class=mainnav>Politik</div><div id=searchbox><input></div>"
        "<div id=content><div class=header><h2>1. Dagsorden</h2></div><p>Godkendt.</p>"
        "<p class=totop><a>Til toppen</a></p></div>"
        "<div id=footer>Rådhuset · Torvet 1</div><div class='page-footer'>Kontakt</div>"
    )
    assert text(body) == "1. Dagsorden\n\nGodkendt."


def test_a_table_that_lays_out_the_page_is_read_as_blocks():
    body = (
        "<table id=pageheader><tr><td><img alt=Logo></td><td>Forside | Søg</td></tr></table>"
        "<table><tr><td class=leftmenu>Byrådet<br>Udvalg</td><td id=indhold>"
        "<h1>Udvalget</h1><p><b>Onsdag den 25-09-2013 kl. 07:00</b></p>"
        "<table><tr><td>Anna</td><td>Bo</td></tr></table><p>Godkendt.</p></td></tr></table>"
        "<div class=bundtekst>Rådhusvej 3</div>"
    )
    assert text(body).split("\n") == [
        "Udvalget",
        "",
        "Onsdag den 25-09-2013 kl. 07:00",
        "",
        "Anna | Bo",
        "",
        "Godkendt.",
    ]
    presentation = "<table role=presentation><tr><td>Referat</td><td>Punkt 1</td></tr></table>"
    assert text(presentation) == "Referat\n\nPunkt 1"


def test_a_name_is_not_a_nav():
    body = "<div class='navn'>Anna</div><div class='navigator-note'>Bo</div>"
    body += "<div class='main-nav'>Menu</div>"
    assert text(body) == "Anna\n\nBo"


def test_deep_nesting_is_read_without_its_structure():
    # lxml's parser keeps about 255 levels; below MAX_DEPTH the text is read without recursion.
    body = "<div>" * 250 + "<table><tr><td>dybt <b>nede</b></td></tr></table>" + "</div>" * 250
    assert text(body).endswith("dybt nede")


@pytest.mark.parametrize(
    "body", ["", "<script>only()</script>", "<nav>Forside</nav>", "<p>   </p>"]
)
def test_a_page_without_text_is_refused(body):
    with pytest.raises(UnreadableDocument, match="ingen tekst"):
        extract_text(page(body), "tom.html")


def test_comments_and_entities():
    body = "<p>Sundheds&shy;udvalget &amp; <!-- note -->Ældreråd&nbsp;m.fl.</p>"
    assert text(body) == "Sundhedsudvalget & Ældreråd m.fl."


FIXTURES = Path(__file__).resolve().parents[3] / "bench" / "fixtures" / "archive"
# Each HTML fixture: the first line of its document and words only its frame holds.
HTML_FIXTURES = {
    "300_html_odense_2023-12-05.html": ("Handicapråd den 5. december 2023", ["Flakhaven"]),
    "301_html_koege_2022-05-09.html": ("Referat af møde i Socialudvalget", ["Torvet 1"]),
    "302_html_broenderslev_2020-01-29.html": ("Byrådet - Referat", ["cookies", "Rådhusplads"]),
    "303_html_gribskov_2013-09-25.html": ("Arbejdsmarkedsudvalget", ["Du er her", "Rådhusvej"]),
}
FRAME_WORDS = ["Forside", "Søg", "Borger\n", "Erhverv\n", "Gå til indhold", "Til toppen"]


@pytest.mark.parametrize("name", sorted(HTML_FIXTURES))
def test_the_html_fixtures_read_as_their_documents_without_the_frame(name):
    first, frame = HTML_FIXTURES[name]
    read = extract_text((FIXTURES / name).read_bytes(), name)
    assert read.split("\n")[0] == first
    for word in [*frame, *FRAME_WORDS]:
        assert word not in read, word
    assert "<" not in read and "&nbsp;" not in read
