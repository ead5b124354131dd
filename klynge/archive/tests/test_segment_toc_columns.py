"""A contents table whose number and title columns came out apart (toc_columns), made-up texts."""

from __future__ import annotations

from klynge.archive.importer.segment import segment
from klynge.archive.importer.toc_columns import split_toc_columns

# Sections with numbered cases; the columns' lines interleaved as a PDF extraction gives them.
WITH_CASES = """DAGSORDEN
Udvalget for Sundhed
Dato: 12-05-2025 09:00
Sted: Rådhuset, mødesal 2
Udvalget for Sundhed | 12-05-2025
1.
Godkendelse af dagsorden. ......................................... 3
1.1.
2.
Sager til beslutning .............................................. 4
2.1.
2.2.
Godkendelse af dagsorden .......................................... 3
Ny sundhedspolitik ................................................ 4
Plan for genoptræning ............................................. 7
3.
Udpegninger ....................................................... 9
4.
Eventuelt ......................................................... 10
"""

# Only top-level numbers, and a last title the extraction cut before its page number.
FLAT = """Referat
Dato: 3. juni 2025
1.
2.
3.
Velkomst ........................................ 2
Budget 2026 ..................................... 2
Eventuelt ........
"""


def test_cases_are_the_items_and_a_section_without_cases_keeps_its_number():
    # A case number such as 2.1 is no item number.
    meeting = segment(WITH_CASES)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),  # the one case repeating its section's title
        (None, "Ny sundhedspolitik"),
        (None, "Plan for genoptræning"),
        (3, "Udpegninger"),
        (4, "Eventuelt"),
    ]
    assert all(item.is_unsure("title") for item in meeting.items)
    assert "Sager til beslutning" not in meeting.unplaced_text  # a section's head, read


def test_numbers_and_titles_paired_in_page_order():
    meeting = segment(FLAT)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Velkomst"),
        (2, "Budget 2026"),
        (3, "Eventuelt"),
    ]


def test_columns_that_do_not_agree_are_left_alone():
    lines = ["1.", "2.", "3.", "Velkomst ....... 2", "Eventuelt ...... 3"]
    assert split_toc_columns(lines) is None
    assert (
        split_toc_columns(["1. Velkomst ..... 2", "2. Budget ..... 3", "3. Eventuelt ... 4"])
        is None
    )


# Spaced leaders, a section numbered on its own title line, a page number among the lines, and
# the text cut inside the title column.
VARIANTS = """Dagsorden
Dato: 12-05-2025
1.
1.1.
Godkendelse af dagsorden . . . . . . . . . . . 3
Godkendelse af dagsorden . . . . . . . . . . 3
2
2. Budget 2026 . . . . . . . . . . . . . . . . 4
3.
3.1.
3.2.
Sager til drøftelse . . . . . . . . . . . . . 6
Ny sundhedspolitik . . . . . . . . . . . . . 6
"""


def test_spaced_leaders_numbered_title_lines_and_a_text_cut_short():
    meeting = segment(VARIANTS)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2026"),
        (None, "Ny sundhedspolitik"),
    ]


def test_a_number_column_that_came_out_of_order():
    text = WITH_CASES.replace("1.1.\n2.\n", "1.1.\n2.\n3.\n").replace(
        "3.\nUdpegninger", "Udpegninger"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (None, "Ny sundhedspolitik"),
        (None, "Plan for genoptræning"),
        (3, "Udpegninger"),
        (4, "Eventuelt"),
    ]
