"""Item headings in the forms Danish minutes print them, over plain prose bodies with no
section words below (items, agenda_index)."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

_TITLES = ["Godkendelse af dagsorden", "Budget for 2027", "Trafikplan for byen", "Eventuelt"]


@pytest.mark.parametrize(
    "form",
    [
        "Punkt {n} – {t}",
        "Punkt {n}: {t}",
        "Sag {n}. {t}",
        "Ad punkt {n}: {t}",
        "{n}) {t}",
        "{n}.{t}.",
        "Pkt. {n} {t}",
        "Dagsordenspunkt {n}: {t}",
        "DAGSORDENSPUNKT {n} {t}",
    ],
)
def test_numbered_headings_over_prose_bodies(form):
    body = "\n\n".join(
        form.format(n=n, t=t) + "\nRådet talte om sagen, og der var enighed om at gå videre."
        for n, t in enumerate(_TITLES, 1)
    )
    meeting = segment("Referat af møde i Ældrerådet 3. marts 2026\n\n" + body + "\n")
    assert [(i.number, i.title) for i in meeting.items] == list(enumerate(_TITLES, 1))


_INDEX = (
    "Dagsorden til møde i Ældrerådet 3. marts 2026\n\nDagsorden\n1. Godkendelse af dagsorden\n"
    "2. Budget 2027 for ældreområdet\n3. Høring om trafikplan\n4. Eventuelt\n\n"
)


@pytest.mark.parametrize(
    "headings",
    [
        ["Godkendelse af dagsordenen", "Budget 2027 – ældreområdet", "Høring vedr. trafikplan",
         "Eventuelt"],
        ["GODKENDELSE AF DAGSORDEN", "Budget 2027 for ældreområdet (B)",
         "Høring om trafikplanen", "Evt."],
    ],
)  # fmt: skip
def test_unnumbered_headings_that_repeat_the_index_in_other_words(headings):
    texts = ["Sekretariatet har sendt dagsordenen ud.", "Forvaltningen fremlægger budgettet.",
             "Rådet skal afgive høringssvar.", "Ingen punkter."]  # fmt: skip
    body = "\n\n".join(f"{h}\n{t}" for h, t in zip(headings, texts, strict=True))
    meeting = segment(_INDEX + body + "\n")
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert [i.title for i in meeting.items][:3] == [
        "Godkendelse af dagsorden",
        "Budget 2027 for ældreområdet",
        "Høring om trafikplan",
    ]
    assert [i.case_text for i in meeting.items][:3] == texts[:3]
