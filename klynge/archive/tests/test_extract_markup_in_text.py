"""A text file whose fields carry HTML markup (a CMS's export): the tags dropped and the
entities decoded; a text with a lone "<" or "&" is left as it is. Made-up texts."""

from __future__ import annotations

import pytest

from klynge.archive.importer.extract import extract_text


def test_markup_in_a_text_file_is_read_as_text() -> None:
    data = (
        b"Referat\n\nSagsfremstilling\n\n<p>Bem&aelig;rk: m&oslash;det holdes online.</p> "
        b"<p>&nbsp;</p> <p><strong>Medlemmer</strong></p> <p>Ida H&oslash;j (A)</p> "
        b"<p>Bo Berg&nbsp;(B)</p> <p>Eva K&uacute;ko (C)</p>\n"
    )
    lines = [line for line in extract_text(data, "a.txt").split("\n") if line.strip()]
    assert lines == [
        "Referat",
        "Sagsfremstilling",
        "Bemærk: mødet holdes online.",
        "Medlemmer",
        "Ida Høj (A)",
        "Bo Berg (B)",
        "Eva Kúko (C)",
    ]


def test_line_breaks_and_list_items_end_lines() -> None:
    data = b"<ul><li>Ida Holm</li><li>Bo Berg</li></ul>Afbud:<br>Eva Kro<br/>Karl Vest<br>"
    lines = [line for line in extract_text(data, "a.txt").split("\n") if line.strip()]
    assert lines == ["Ida Holm", "Bo Berg", "Afbud:", "Eva Kro", "Karl Vest"]


@pytest.mark.parametrize(
    "text",
    [
        "Andelen steg til < 5 % og faldt igen; A & B blev enige.\n",
        "Forslag: <b>ikke vedtaget</b> &amp; sendt videre.\n",
        "Udgifter <p> 10 mio. kr. &oslash; og <Navn> skrevet med vinkler.\n",
    ],
)
def test_a_lone_angle_bracket_or_ampersand_is_left_as_written(text: str) -> None:
    assert extract_text(text.encode(), "a.txt").strip() == text.strip()
