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
