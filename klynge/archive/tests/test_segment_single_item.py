"""A page holding one item: its numbered heading with the case's file label or a section below."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Sagsnr.: 27.69.48-G01-1-17 Sagsbehandler: Anne Holm", 25),
        ("Sagsnummer: 18/17773", 1),
        ("J. nr.: 00.01.00-A10-0001/2013", 7),
    ],
)
def test_one_numbered_item_with_its_file_label_below(label, number):
    meeting = segment(
        "Udvalg: Handicaprådet\nMødedato: 8. oktober 2020\nMødested: Lokale 3\n\n"
        f"{number}.Mødekalender for 2021\n\n{label}\n\nSagsfremstilling\n\n"
        "Administrationen foreslår nye datoer.\n\nIndstilling\n\n"
        "Formanden indstiller,\n\nat mødeplanen godkendes.\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [(number, "Mødekalender for 2021")]
    assert meeting.items[0].decisions == ["Godkendt."]


def test_a_numbered_line_in_prose_is_no_item():
    meeting = segment(
        "Udvalg: Handicaprådet\nMødedato: 8. oktober 2020\n\n"
        "Referatet blev sendt ud.\n\n2. Runde af høringen er slut.\nSe bilaget.\n"
    )
    assert meeting.items == []


def test_index_entries_led_by_their_access_mark():
    meeting = segment(
        "Referat\nÆldrerådet\n23-03-2021 kl. 09:30\n\nDagsordenspunkter\n\n"
        "  åbent 1 Fraværende og bemærkninger til dagsordenen\n"
        "  åbent 2 Orientering fra formanden\n"
        "  lukket 3 Salg af grund\n\n"
        " 1  Fraværende og bemærkninger til dagsordenen\n\nBeslutning\n\nIngen.\n\n"
        " 2  Orientering fra formanden\n\nBeslutning\n\nTaget til efterretning.\n\n"
        " 3  Salg af grund\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Fraværende og bemærkninger til dagsordenen", False),
        (2, "Orientering fra formanden", False),
        (3, "Salg af grund", True),
    ]
