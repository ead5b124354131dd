"""Seed 004 (Sundhedsklynge Lillebælt, 26 February 2025) read by the segmenter, field by field.

The expected structure is the document's. Where klynge/demo/meeting_004.py differs, it is because
the demo is an editor's reading, not the document's text:
- the demo answers every recommendation with a decision ("Drøftet" for items 2 and 4, which only
  have discussion prose under "Beslutning"); the document numbers decisions only in items 3, 5-9,
  11 and 12, and item 10 says "Drøftet." — prose stays minutes_text here;
- the demo's attachments of item 16 use the agenda's description, here the file named under the
  second "Bilag" (the description list goes to the case text, like items 5, 14 and 15);
- the demo keeps the trailing comma of item 9's first recommendation, the list glue is cut here;
- the demo adds the SDU link of item 6 as an attachment; here it stays in the case text, where the
  document announces it ("Se evt. beskrivelse … hjemmeside:").
"""

from __future__ import annotations

import time
from typing import NamedTuple

from klynge.archive.importer.parsed import ParsedMeeting
from klynge.archive.importer.segment import segment
from klynge.archive.tests.seeds import SEED_004
from klynge.archive.tests.test_segment_seed003 import assert_nothing_dropped

SEED = SEED_004


class Item(NamedTuple):
    number: int | None
    kind: str
    title: str
    start: str | None
    end: str | None
    presenter: str
    recommendations: list[str]
    decisions: list[str]
    attachments: list[str]


def _meeting() -> ParsedMeeting:
    return segment(SEED.read_text(encoding="utf-8"))


def _squash(text: str) -> str:
    return " ".join(text.split())


EXPECTED_ITEMS = [
    Item(
        1,
        "welcome",
        "Velkomst",
        "14:30",
        "14:45",
        "Hanne Andersen",
        recommendations=[],
        decisions=[],
        attachments=[],
    ),
    Item(
        2,
        "discussion",
        "Besøg fra det tværsektorielle forskningscenter",
        "14:45",
        "15:05",
        "",
        recommendations=[
            "Drøfter muligheder for samarbejde på baggrund af oplæg fra Tværsektorielt "
            "Forskningscenter"
        ],
        decisions=[],
        attachments=[],
    ),
    Item(
        3,
        "decision",
        "Implementering af samarbejdsaftale for gravide med overvægt og / eller negativ "
        "kropsofattelse",
        "15:05",
        "15:25",
        "",
        recommendations=[
            "Godkender, at elementerne fra flow-diagrammet implementeres i de øvrige kommuner samt "
            "almen praksis.",
            "Godkender, at underarbejdsgruppen udarbejder implementeringsplan på baggrund af "
            "afprøvning "
            "mellem Kolding Kommune, Almen Praksis og Sygehus Lillebælt.",
            "Godkender, at der følges op via Det koordinerende niveau én gang årligt, hvor "
            "implementeringen følges tæt og evalueres.",
        ],
        decisions=[
            "Godkendt (PLO har nogle forbehold i forhold til arbejdsmængden. Hvis implementeringen "
            "medfører en øget belastning for Almen Praksis bør projektet drøftes i Fagligt "
            "Strategisk "
            "Niveau igen, derudover skal Almen Praksis repræsentanten i arbejdsgruppen belyse "
            "mængden "
            "af korrespondancer til Almen Praksis i projektet og kommunikere dette videre til "
            "kollegaer).",
            "Godkendt.",
            "Godkendt.",
        ],
        attachments=["Flow diagram_endelig version.pptx"],
    ),
    Item(
        4,
        "discussion",
        "Styrkelse af samarbejde mellem psykiatrisygehuset og civilsamfundet",
        "15:25",
        "15:40",
        "",
        recommendations=[
            "Tager orientering om Regionsrådets bevilling til psykiatrisygehusets "
            "frivillighedsindsats "
            "til efterretning.",
            "Drøfter om kommunerne har opmærksomhedspunkter til en styrkelse af samarbejdet eller "
            "er "
            "interesseret i at samarbejde med psykiatrisygehuset og civilsamfundet ift. "
            "frivillighedsindsats",
        ],
        decisions=[],
        attachments=[],
    ),
    Item(
        5,
        "decision",
        "Udvælgelse af indsatser til Det nationale ledelsesprogram hold 4",
        "15:40",
        "15:45",
        "",
        recommendations=[
            "Godkender de to indsats",
            "Igangsætter udpegning af deltagelse til det nationale ledelsesprogram via Det "
            "koordinerende niveau.",
        ],
        decisions=[
            "Godkendes.",
            "GAF indsats: Middelfart Kommune undersøger sammen med psykiatrien mulighed for "
            "udpegning "
            "af deltagere.\n"
            "\n"
            "CFS: Fra Vejen Kommune er der opmærksomhed på sammenfaldet mellem CFS og kravet om at "
            "skulle lave funktionsevnescoringer, da de to skalaer/scorer ligner hinanden meget, "
            "Derfor "
            "er der opmærksomhed på oplevelse af meningsfuldhed for personalet, såfremt to "
            "funktionsevneskalaer skal anvendes sideløbende. Nationalt er det besluttet at "
            "implementere "
            "CFS på sygehusene, hvorfor SLB er i gang med implementering.\n"
            "\n"
            "Sekretariatet undersøger muligheder for deltagelse i Vejle, Kolding og Middelfart "
            "kommuner. Hvis der ikke findes opbakning, frafalder indsatsen i regi af Det Nationale "
            "Ledelsesprogram.",
        ],
        attachments=[
            "Beskrivelse af indsats - styrket fælles sprog mellem bostøtte og lokalpsykiatri.docx",
            "Clinical Frailty Score (det nationale ledelsesprogram).docx",
        ],
    ),
    Item(
        None,
        "break",
        "Pause",
        "15:45",
        "15:55",
        "",
        recommendations=[],
        decisions=[],
        attachments=[],
    ),
    Item(
        6,
        "discussion",
        "Samarbejdsmuligheder med erhvervskandidatuddannelser på SDU",
        "15:55",
        "16:15",
        "",
        recommendations=[
            "Drøfter muligheder for samarbejde med SDUs sundhedsfaglige "
            "erhvervskandidatuddannelser på "
            "baggrund af oplægget."
        ],
        decisions=[
            "Punktet blev drøftet. Der laves ikke konkrete aftaler i dag. Det aftales, at "
            "kommunerne "
            "internt afsøger interessen for at indgå partnerskab, og vender tilbage ved interesse."
        ],
        attachments=[
            "Punkt 6 BILAG Pressemedd. Hospital og universitet er rykket tættere sammen – og det "
            "nyder "
            "patienterne godt af _ Syddansk Universitet 2024-11-11.pdf",
            "PUNKT 6 BILAG Sundhedsmonitor - Debat. Nej. Universiteterne uddanner ikke "
            "sundhedspersonale ud af faget - 2024-05-24.pdf",
        ],
    ),
    Item(
        7,
        "decision",
        "Klyngemidler; status og beslutning om honorering af almen praksis",
        "16:15",
        "16:25",
        "",
        recommendations=[
            "Tager orientering om status for klyngemidlerne til efterretning",
            "Godkender honorering af almen praksis på 8576,00 kr. for indsats i Træning og Trivsel",
            "Godkender honorering af repræsentant for almen praksis på 42.881,00 kr. for indsats "
            "i FLUS",
        ],
        decisions=["Orienteringen blev taget til efterretning.", "Godkendt.", "Godkendt."],
        attachments=[
            "punkt 7. Bilag Notat - Status over klyngemidler og klyngemiddelinitiativer - "
            "2025-feb.docx"
        ],
    ),
    Item(
        8,
        "decision",
        "Godkendelse af evalueringsplan for klyngemiddelinitiativet Træning og Trivsel for "
        "seniorer",
        "16:25",
        "16:35",
        "",
        recommendations=[
            "Godkender oplæg til evaluering, dokumentation og afrapportering vedr. "
            "klyngemiddelprojektet Træning og Trivsel for Seniorer."
        ],
        decisions=["Godkendt."],
        attachments=[
            "punkt 8 BILAG Evaluering - dokumentation - afrapportering vedr. TOT - 07.02.25.docx",
            "Projektbeskrivelse - Træning og trivsel for seniorer - 2024-08-27 _ ENDELIG.pdf",
        ],
    ),
    Item(
        9,
        "decision",
        "Tilbagemelding vedr. driftsmodel for fælles kompetenceudvikling på børne- og "
        "ungeområderne vedr. mistrivsel",
        "16:35",
        "16:45",
        "",
        recommendations=[
            "Godkender, at kommuner og psykiatri ikke udarbejder en fælles model for "
            "kompetenceudvikling i Sundhedsklynge Lillebælt",
            "Godkende, at kommuner og psykiatri har fremadrettet fokus på at invitere gensidigt "
            "til "
            "relevant vidensdeling og større kompetenceforløb.",
        ],
        decisions=["Godkendt.", "Godkendt."],
        attachments=[],
    ),
    Item(
        10,
        "mutual_orientation",
        "Sundhedsreformen",
        "16:45",
        "17:05",
        "",
        recommendations=[],
        decisions=["Drøftet."],
        attachments=[],
    ),
    Item(
        11,
        "decision",
        "Punkter til næste møde i Politisk Niveau d. 4. april 2025",
        "17:05",
        "17:15",
        "",
        recommendations=["Beslutter, om der er yderligere punkter til dagsordenen"],
        decisions=["Punkterne blev godkendt uden tilføjelser."],
        attachments=[],
    ),
    Item(
        12,
        "decision",
        "Punkter til næste møde i Fagligt Strategisk Niveau d. 15. maj 2025",
        "17:15",
        "17:25",
        "",
        recommendations=["Beslutter, om der er yderligere punkter til dagsordenen"],
        decisions=[
            "De fremlagte punkter blev godkendt. Punktet om sundhedsberedskabsplan tilføjes."
        ],
        attachments=[],
    ),
    Item(
        13,
        "any_other_business",
        "Eventuelt",
        "17:25",
        "17:30",
        "",
        recommendations=[],
        decisions=[],
        attachments=[],
    ),
    Item(
        14,
        "written_orientation",
        "Organisering og implementering af SAM:BO-aftalen",
        None,
        None,
        "",
        recommendations=[],
        decisions=[],
        attachments=[
            "Mail til sundhedsklyngerne vedr. SAMBO.docx",
            "Invitation SAMBO undervisning Sundhedsklynge Lillebælt.docx",
            "godkendt-sambo-aftale-d-29-januar-2025.pdf",
            "Bilag - SAMBO - Tids- og procesplan - centrale nedslag_3 december.docx",
        ],
    ),
    Item(
        15,
        "written_orientation",
        "Evaluering, tværsektoriel temadag i Sundhedsklynge Lillebælt d. 6. november 2024",
        None,
        None,
        "",
        recommendations=[],
        decisions=[],
        attachments=["Bilag, Evaluering, tværsektoriel temadag.docx"],
    ),
    Item(
        16,
        "written_orientation",
        "Status på implementeringen af det tværsektorielle forløbsprogram for borgere med "
        "lænderygbesvær",
        None,
        None,
        "",
        recommendations=[],
        decisions=[],
        attachments=[
            "Generisk punkt - Sundhedsklyngerne vedr. Forløbsprogrammet for mennesker med "
            "lænderygbesvær.docx"
        ],
    ),
]

PRESENT = [
    ("Hanne Andersen", ""),
    ("Mette Heidemann", ""),
    ("Kurt Æbelø", ""),
    ("Kaj Andersen", ""),
    (
        "Thomas Reintoft",
        "Kommunaldirektør og direktør for Sekretariat & Borgerservice samt Sundhed & Sammenhæng",
    ),
    ("Rasmus Knudsen", "PLO-repræsentant"),
    ("Rebekka Reinert", ""),
    ("Jens Skov", ""),
    ("Charlotte Rosenkrantz Josefsen", ""),
    (
        "Helene Smet",
        "Patient- og pårørenderepræsentant for SIND – Landsforeningen for psykisk sundhed",
    ),
]
APOLOGIES = ["Sofie Plenge", "Else Zippor", "Anette Lund", "Irene Rossavik"]


def test_header():
    meeting = _meeting()
    assert meeting.document_kind == "minutes"
    assert meeting.forum == "Sundhedsklynge Lillebælt - Fagligt strategisk niveau"
    assert meeting.date == "2025-02-26"
    assert meeting.start_time == "14:30"
    # The header gives only the start; the end is that of the last timed item (Eventuelt).
    assert meeting.end_time == "17:30"
    assert meeting.location == "Regionshuset, Damhaven 12 7100 Vejle, Mødelokale 6 - stuen"
    # No "Mødeleder:": the one who welcomes ("Velkomst v. Hanne Andersen") leads, as in the demo.
    assert meeting.leader == "Hanne Andersen"
    assert meeting.minute_takers == []


def test_participants_and_apologies_from_item_1():
    meeting = _meeting()
    assert [(p.name, p.title) for p in meeting.participants] == PRESENT
    assert [p.name for p in meeting.apologies] == APOLOGIES
    assert all(not p.substitute_for for p in meeting.participants)


def test_items_field_by_field():
    items = _meeting().items
    assert len(items) == len(EXPECTED_ITEMS) == 17
    for item, expected in zip(items, EXPECTED_ITEMS, strict=True):
        where = f"item {expected.number} {expected.title!r}"
        assert item.number == expected.number, where
        assert item.kind == expected.kind, where
        assert item.title == expected.title, where
        assert (item.start_time, item.end_time) == (expected.start, expected.end), where
        assert item.presenter == expected.presenter, where
        assert [_squash(r) for r in item.recommendations] == expected.recommendations, where
        assert [_squash(d) for d in item.decisions] == [_squash(d) for d in expected.decisions]
        assert item.attachments == expected.attachments, where


def test_sections_of_item_3():
    item = _meeting().items[2]
    assert item.summary.startswith("I nærværende sag skal Sundhedsklynge Lillebælt")
    assert item.case_text.startswith("Baggrund\n\n1. april 2023 trådte")
    assert "1. Undersøge hvordan samarbejdet" in item.case_text
    # The lead-in of the recommendations is case text, as in the demo.
    assert item.case_text.endswith(
        "Det indstilles, at Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau"
    )
    assert item.minutes_text == ""


def test_prose_under_beslutning_is_minutes_and_numbered_lines_are_decisions():
    items = _meeting().items
    clusterfunds = items[7]
    assert clusterfunds.minutes_text.startswith("Drøftelser\n\nBillund Kommune spørger")
    assert clusterfunds.decisions == [
        "Orienteringen blev taget til efterretning.",
        "Godkendt.",
        "Godkendt.",
    ]
    welcome = items[0]
    assert welcome.minutes_text.startswith("Deltagere:\n\nHanne Andersen, Mette Heidemann")
    assert "- Rasmus Knudsen, PLO-repræsentant," in welcome.minutes_text


def test_written_orientations_keep_indstilling_og_proces_in_case_text():
    sambo = _meeting().items[14]
    assert sambo.recommendations == []
    assert "INDSTILLING OG PROCES\n\nFagligt strategiske niveau beder" in sambo.case_text
    assert sambo.case_text.endswith("- Link til revideret aftale")


def test_table_of_contents_is_kept_unplaced():
    unplaced = _meeting().unplaced_text
    assert unplaced.startswith("Indholdsfortegnelse")
    assert "Pause (kl. 15:45 – 15:55).....\t10" in unplaced


def test_nothing_dropped():
    text = SEED.read_text(encoding="utf-8")
    assert_nothing_dropped(text, segment(text))


def test_idempotent_and_round_trips_through_json():
    first, second = _meeting(), _meeting()
    assert first == second
    assert ParsedMeeting.from_json(first.to_json()) == first


def test_speed():
    text = SEED.read_text(encoding="utf-8")
    started = time.perf_counter()
    segment(text)
    print(f"segment(seed 004): {(time.perf_counter() - started) * 1000:.1f} ms")
