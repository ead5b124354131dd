"""Minutes that head each item 'Ad 1.', 'Ad pkt. 2:' or 'Ad punkt 3)', made-up texts."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment


@pytest.mark.parametrize("mark", ["Ad {n}.", "Ad {n})", "Ad pkt. {n}:", "Ad punkt {n}", "AD {n}."])
def test_ad_headings_head_the_items(mark):
    first, second, third = (mark.format(n=n) for n in (1, 2, 3))
    text = (
        "Referat af møde i Seniorrådet den 3. marts 2025\n\n"
        f"{first} Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
        f"{second} Budget 2026\nRådet drøftede budgettet for ældreområdet.\n\n"
        f"{third} Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2026"),
        (3, "Eventuelt"),
    ]


def test_ad_hoc_is_no_heading():
    text = (
        "Referat\n\n1. Velkomst\n\nFormanden bød velkommen.\n\nAd hoc-gruppen om trafik\n"
        "Beslutning\nGruppen fortsætter.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert [i.title for i in segment(text).items] == ["Velkomst", "Eventuelt"]
