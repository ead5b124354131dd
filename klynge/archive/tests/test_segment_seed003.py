"""Seed 003 (Midtklyngen's steering group, 7 June 2023; OCR text) read by the segmenter.

The test runs the pipeline's order, segment(repair_text(raw)), and compares text after fold(),
which removes vowels and the OCR stand-ins of æ/ø/å ("mgde", "drgfter", "Igbet", "p&", "3r"), so
that it passes whatever the repair's quality; numbers, kinds, times and counts must match exactly.
Expected text is written in repaired Danish (taken from klynge/demo/meeting_003.py where the demo
keeps the document's wording).

Where the demo differs from the document, the document wins:
- the document numbers the last two items "8." and "9." (after item 10), the demo 11 and 12;
- the break ("PAUSE 10 min.") has no number; its times follow from item 4's end and its length;
- the demo splits the bulleted decisions per recommendation (item 2's first bullet answers two
  recommendations, item 5's last two bullets answer one) and adds "drøftet"/"taget til
  efterretning" decisions where the document has only a Referat; here each bullet under
  "Beslutning:" is one decision and items without one have none;
- item 4's "o" line under Beslutning is a decision of its own, as in the demo (forwarded);
- the document writes "Joans Dahl" (the demo corrects it; fold() does not tell them apart),
  "formandsskabet" and "der er er" (the demo edits them; kept here);
- the patient representatives' association is in the title ("Scleroseforeningen, Danske
  Patienter") and their organisation is the heading they are listed under;
- item 2's four budget attachments are bullets at the end of the case text without a "Bilag"
  heading, so they stay in the case text; the links after item 3's minutes become its attachments.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict
from typing import Any, NamedTuple

from klynge.archive.importer.parsed import ParsedMeeting
from klynge.archive.importer.repair import repair_text
from klynge.archive.importer.segment import segment
from klynge.archive.tests.seeds import SEED_003

SEED = SEED_003

# Words that only mark structure (section headings, labels, "kl.", "Punkt") and are consumed.
STRUCTURE_WORDS = {
    "af", "afbud", "åbent", "lukket", "baggrund", "beskrivelse", "beslutning", "beslutningspunkt",
    "beslutningssag",
    "beslutnings", "bilag", "dagsorden", "deltagere", "drøftelsepunkt", "drøftelsespunkt",
    "drøftelsessag", "gensidigt", "indholdsfortegnelse", "indstilling", "inviterede", "kl",
    "link", "links", "min", "mødedato", "mødeleder", "mødested", "onsdag", "orientering",
    "orienteringspunkt", "proces", "punkt", "referat", "referenter", "resumé", "sag", "sagen",
    "sagsfremstilling", "sagsfremstlling", "skriftlig", "tidspunkt",
    # read into the date field
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december", "mandag", "tirsdag", "torsdag", "fredag",
    # labels and markers of other systems; a substitute's "(midlertidigt for …)"
    "beslutningsprotokol", "fold", "dette", "ind", "resume", "nr", "sted", "medlemmer",
    "fraværende", "mødetidspunkt", "referent", "midlertidigt",
}  # fmt: skip


def fold(text: str) -> str:
    """Text without vowels, OCR stand-ins and punctuation: "drgfter" and "drøfter" agree."""
    text = text.lower().replace("i", "l")  # "Igbet" is "løbet"
    text = re.sub(r"[aeouyæøåg@0&38dz]", "", text)
    return re.sub(r"[\W_]", "", text)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{2,}", text.lower())


def assert_nothing_dropped(text: str, meeting: ParsedMeeting) -> None:
    """Every word of the input is somewhere in the output, as often as in the input (or, for OCR
    variants of one word, as often after fold()), except structure words; a word missing as
    such must be part of a word rejoined across a line break ("Midt-" + "klyngen")."""
    words = _words(" ".join(_strings(meeting.to_json())))
    # An invitee who sent apologies is listed twice (under "Inviterede" and "Afbud"), kept once.
    words += _words(" ".join(_strings([asdict(p) for p in meeting.apologies])))
    output, folded = Counter(words), Counter(fold(w) for w in words)
    wanted = Counter(_words(text))
    folded_wanted = Counter(fold(w) for w in wanted.elements())
    structure = {fold(w) for w in STRUCTURE_WORDS}
    joined = [w for w in output if len(w) > 4]
    missing = []
    for word, count in wanted.items():
        if word in STRUCTURE_WORDS or (len(word) > 5 and fold(word) in structure):
            continue
        if output[word] >= count or folded[fold(word)] >= folded_wanted[fold(word)]:
            continue
        if not any(word in longer and word != longer for longer in joined):
            missing.append((word, count - output[word]))
    assert missing == []


class Item(NamedTuple):
    number: int | None
    kind: str
    title: str
    start: str | None
    end: str | None
    presenter: str
    recommendations: list[str]
    decisions: list[str]
    attachment_count: int


def _meeting() -> ParsedMeeting:
    return segment(repair_text(SEED.read_text(encoding="utf-8")))


def _folded(texts: list[str]) -> list[str]:
    return [fold(t) for t in texts]


EXPECTED_ITEMS = [
    Item(
        1,
        "welcome",
        "Velkomst, præsentationsrunde og godkendelse af dagsorden",
        "08:30",
        "08:40",
        "",
        recommendations=["At Klyngestyregruppen godkender dagsordenen"],
        decisions=[],
        attachment_count=0,
    ),
    Item(
        2,
        "decision",
        "Status på de 4 initiativer i regi af de politisk prioriterede fokusområder i Midtklyngen",
        "08:40",
        "09:05",
        "Mette Andreassen samt formandskaber for initiativer",
        recommendations=[
            "at klyngestyregruppen tager orienteringen til efterretning",
            "at klyngestyregruppen giver input til det videre arbejde med patient/pårørende "
            "perspektivet i initiativerne",
            "at klyngestyregruppen godkender, at klyngesekretariatet udarbejder forslag til en "
            "model "
            "for økonomistyring, som godkendes af klyngeformandskabet.",
        ],
        decisions=[
            "Orienteringerne og input til det videre arbejde med patient/pårørende perspektivet i "
            "initiativerne blev taget til efterretning",
            "Sekretariatet udarbejder forslag til en model for økonomistyring til godkendelse i "
            "formandskabet.",
        ],
        attachment_count=0,
    ),
    Item(
        3,
        "discussion",
        "Foreløbige erfaringer med det nye politiske niveau i Midtklyngen - den politiske "
        "klyngegruppe",
        "09:05",
        "09:20",
        "",
        recommendations=[
            "Klyngestyregruppen drøfter de foreløbige erfaringer og opmærksomhedspunkter ift. at "
            "understøtte den politiske klyngegruppe i Midtklyngen"
        ],
        decisions=[],
        attachment_count=5,
    ),
    Item(
        4,
        "decision",
        "Godkendelse af opdateret kommissorium for Midtklyngen",
        "09:20",
        "09:35",
        "formandskabet",
        recommendations=[
            "At Klyngestyregruppen drøfter opdateret kommissorium mhp. godkendelse, herunder at "
            "deltagerkredsen i klyngestyregruppen justeres således at: HE Midt deltager med 1 "
            "direktør "
            "fra hospitalsledelsen (ikke hele hospitalsledelsen); Den fælleskommunale "
            "repræsentation af "
            "hhv. socialområdet og beskæftigelsesområdet udgår",
            "at deltagerkredsen i Temagruppen Børn, Unge og Familien reduceres, så temagruppen "
            "fremadrettet har deltagelse af: 1 Familiechef fra hver kommune, 1-2 "
            "chef/ledelsesrepræsentanter fra HE Midt og 1 chef/ledelsesrepræsentant fra Børne- og "
            "Ungdomspsykiatrien",
            "at klyngestyregruppen tager stilling til, om den kommunale medformandskabsperiode i "
            "de 3 "
            "temagrupper skal være 2 år eller 4 år",
        ],
        decisions=[
            "Kommissoriet blev godkendt",
            "Drøftelserne fra dette punkt videreføres i voksentemagruppen for somatik mhp. at "
            "temagruppen kommer med en anbefaling til eventuelle justeringer vedrørende "
            "voksentemagruppen somatik, herunder temagruppens samspil og snitflade til "
            "klyngestyregruppen. Anbefalingerne forelægges efterfølgende den samlede "
            "direktørkreds.",
            "Den kommunale medformandskabsperiode i temagrupperne fastholdes som 2-årig.",
        ],
        attachment_count=1,
    ),
    Item(
        None,
        "break",
        "Pause",
        "09:35",
        "09:45",
        "",
        recommendations=[],
        decisions=[],
        attachment_count=0,
    ),
    Item(
        5,
        "decision",
        "Arbejdet med forbedringsinitiativer i regi af det Nationale Ledelsesprogram på "
        "Sundhedsområdet (NLPS) i Midtklyngen",
        "09:45",
        "10:05",
        "formandskabet",
        recommendations=[
            "At Klyngestyregruppen tager orienteringen om Midtklyngens deltagere og "
            "forbedringsinitiativer til hold 2 til efterretning",
            "At Klyngestyregruppen drøfter notatet 'Ramme for arbejdet med forbedringsinitiativer "
            "i "
            "regi af det Nationale Ledelsesprogram på Sundhedsområdet (NLPS) i Midtklyngen' med "
            "henblik "
            "på godkendelse",
            "At Klyngestyregruppen godkender, at der nedsættes et formandskab for hvert af de to "
            "forbedringsteams på hold 2, jf. vedhæftede forslag til rammenotat",
        ],
        decisions=[
            "Klyngestyregruppen tog orienteringen til efterretning og godkendte rammenotatet.",
            "Nikolai Hoffmann-Petersen og Kristine Stange varetager formandskabet for "
            "forbedringsteamet "
            "vedr. rygområdet.",
            "Malene Herbsleb varetager, i samarbejde med ledelsesrep. fra Skive kommune, "
            "formandskab "
            "for forbedringsteamet vedr. forebyggelse af akutte indlæggelser af multisyge.",
        ],
        attachment_count=1,
    ),
    Item(
        6,
        "orientation",
        "72-timers behandlingsansvar",
        "10:05",
        "10:20",
        "Jonas Dahl og Mette Fjord Nielsen",
        recommendations=[
            "at klyngestyregruppen tager orienteringen til efterretning",
            "at klyngestyregruppe drøfter om der er yderligere input/opmærksomhedspunkter til "
            "implementeringsgruppen",
            "at Klyngestyregruppen drøfter og beslutter om der på nuværende tidspunkt er behov for "
            "yderligere tiltag.",
        ],
        decisions=[
            "Orienteringen blev taget til efterretning med ovenstående opmærksomhedspunkter. HE "
            "Midt "
            "vurderer, om dette giver anledning til justering af implementeringsplanen."
        ],
        attachment_count=1,
    ),
    Item(
        7,
        "orientation",
        "Den akutte natordning",
        "10:20",
        "10:35",
        "Jonas Dahl og Mette Fjord Nielsen",
        recommendations=[
            "At klyngestyregruppen tager orienteringen til efterretning",
            "At klyngestyregruppen drøfter om der er er noget i snitfladen vi skal være særligt "
            "opmærksomme på ift. at undgå afledte konsekvenser som øget antal indlæggelser i "
            "Akutafdelingen",
        ],
        decisions=[
            "Orienteringen blev taget til efterretning med ovenstående opmærksomhedspunkter."
        ],
        attachment_count=2,
    ),
    Item(
        8,
        "mutual_orientation",
        "Sundhedsaftalen i høring",
        "10:35",
        "10:45",
        "formandsskabet",
        recommendations=[
            "At klyngestyregruppen gensidigt orienterer hinanden om eventuelle "
            "opmærksomhedspunkter "
            "ift. høring af forslag til sundhedsaftale 2024-2027"
        ],
        decisions=[],
        attachment_count=4,
    ),
    Item(
        9,
        "orientation",
        "Orientering fra øvrige mødefora",
        "10:45",
        "10:55",
        "",
        recommendations=[
            "At Klyngestyregruppen tager orienteringen til efterretning",
            "At deltagerne kort orienterer hinanden om arbejdet i øvrige aktuelle tværsektorielle "
            "fora "
            "og arbejdsgrupper, såfremt der er er opmærksomhedspunkter ift. arbejdet i Midtklyngen",
            "At klyngestyregruppen beslutter, om orienteringerne giver anledning til opfølgning",
        ],
        decisions=[],
        attachment_count=0,
    ),
    Item(
        10,
        "discussion",
        "Punkter til kommende klyngestyregruppemøder",
        "10:55",
        "11:05",
        "",
        recommendations=[
            "At Klyngestyregruppen drøfter punkter til kommende klyngestyregruppemøder og ønskede "
            "resultater heraf"
        ],
        decisions=[],
        attachment_count=0,
    ),
    Item(
        8,
        "any_other_business",
        "Eventuelt",
        "11:05",
        "11:15",
        "",
        recommendations=[],
        decisions=[],
        attachment_count=0,
    ),
    Item(
        9,
        "written_orientation",
        "Skriftlige orienteringspunkter",
        None,
        None,
        "",
        recommendations=[],
        decisions=[],
        attachment_count=0,
    ),
]

# (name, title, organisation) as listed under "Inviterede" (seed order), without the three who
# sent apologies: participants are those who took part (docs/archive-import.md).
PARTICIPANTS = [
    ("Jonas Dahl", "konst. hospitalsdirektør (medformand)", "Hospitalsenhed Midt"),
    ("Mette Fjord Nielsen", "sygeplejefaglig direktør", "Hospitalsenhed Midt"),
    ("Jens Peter Nielsen", "cheflæge", "Hospitalsenhed Midt"),
    ("Anne Dorthe Bjerrum", "chefsygeplejerske", "Hospitalsenhed Midt"),
    ("Nikolai Hoffman-Petersen", "cheflæge", "Hospitalsenhed Midt"),
    ("Karen Rabens Kudsk", "cheflæge", "Hospitalsenhed Midt"),
    ("Leif P. Christensen", "økonomi- og planchef", "Hospitalsenhed Midt"),
    ("Katrine Gimm", "specialkonsulent", "Hospitalsenhed Midt"),
    ("Claus Graversen", "sygeplejefaglig direktør", "Regionspsykiatrien"),
    ("Yrsa Bro", "chefsygeplejerske", "Regionspsykiatrien"),
    ("Malene Herbsleb", "sundheds- og omsorgschef", "Silkeborg Kommune"),
    ("Anita Jensen", "beskæftigelseschef", "Silkeborg Kommune"),
    ("Ellen Høstrup", "sygeplejefaglig konsulent", "Silkeborg Kommune"),
    ("Lars Harder", "social- og arbejdsmarkedsdirektør", "Skive Kommune"),
    ("Trine Brøcker", "sundhedschef", "Skive Kommune"),
    ("Jan Bendix Jensen", "chef for Pleje og Omsorg", "Skive Kommune"),
    ("Helle Trangbæk", "familiechef", "Skive Kommune"),
    ("Helena Vendelin Æbeløe", "udviklingskonsulent", "Skive Kommune"),
    ("Mette Andreassen", "direktør (medformand)", "Viborg Kommune"),
    ("Kristine Stange", "sundhedschef", "Viborg Kommune"),
    ("Morten Kurth", "socialchef", "Viborg Kommune"),
    ("Mette Kvist", "specialkonsulent", "Viborg Kommune"),
    ("Poul Oluf Olesen", "praksiskoordinator", "Almen praksis"),
    ("Jane Gregersen", "PLO Midt", "Almen praksis"),
    (
        "Trine Frøstrup",
        "Scleroseforeningen, Danske Patienter",
        "Patient- og pårørenderepræsentanter",
    ),
    ("Ralph Jørgensen", "Bedre Psykiatri, Danske Patienter", "Patient- og pårørenderepræsentanter"),
]
APOLOGIES = [
    ("Claus Brøckner Nielsen", "lægefaglig direktør", "Hospitalsenhed Midt"),
    ("Lauge Clemmensen", "koncerndirektør", "Silkeborg Kommune"),
    ("Anja Skaarup", "chefkonsulent", "Regionspsykiatrien"),
]


def _people(people: list) -> list[tuple[str, str, str]]:
    return [(fold(p.name), fold(p.title), fold(p.organisation)) for p in people]


def _expected_people(people: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(fold(n), fold(t), fold(o)) for n, t, o in people]


def test_header():
    meeting = _meeting()
    assert meeting.document_kind == "minutes"
    assert fold(meeting.forum) == fold("Klyngestyregruppen Midtklyngen")
    assert fold(meeting.title) == fold("Klyngestyregruppemøde Midtklyngen")
    # The running date "13. juni 2023" at the top of the pages is not the meeting's date.
    assert meeting.date == "2023-06-07"
    assert (meeting.start_time, meeting.end_time) == ("08:30", "11:30")
    # The contact column ("mkvi@viborg.dk", "Mette Kvist", "tif. 2942 9271") is cut out.
    assert fold(meeting.location) == fold(
        "Mødelokale 303+304, Indgang M, Lilla trappe Etage 3, Toldbodgade 12M, Viborg, "
        "Regionshospitalet Viborg"
    )
    assert meeting.leader == "Mette Andreassen"
    assert meeting.minute_takers == ["Mette Kvist"]


def test_participants_and_apologies():
    meeting = _meeting()
    assert len(meeting.participants) == 26
    assert _people(meeting.participants) == _expected_people(PARTICIPANTS)
    assert len(meeting.apologies) == 3
    assert _people(meeting.apologies) == _expected_people(APOLOGIES)


def test_contact_column_is_unplaced_not_participants():
    meeting = _meeting()
    unplaced = meeting.unplaced_text
    for fragment in ("mkvi@viborg.dk", "7844 1416", "2942 9271", "Katrine Gimm", "13. juni 2023"):
        assert fragment in unplaced
    assert "Form: Fysisk" in unplaced
    names = [p.name for p in meeting.participants]
    assert not any("@" in name or any(c.isdigit() for c in name) for name in names)


def test_items_field_by_field():
    items = _meeting().items
    assert len(items) == len(EXPECTED_ITEMS) == 13
    for item, expected in zip(items, EXPECTED_ITEMS, strict=True):
        where = f"item {expected.number} {expected.title!r}"
        assert item.number == expected.number, where
        assert item.kind == expected.kind, where
        assert fold(item.title) == fold(expected.title), where
        assert (item.start_time, item.end_time) == (expected.start, expected.end), where
        assert fold(item.presenter) == fold(expected.presenter), where
        assert len(item.recommendations) == len(expected.recommendations), where
        assert _folded(item.recommendations) == _folded(expected.recommendations), where
        assert len(item.decisions) == len(expected.decisions), where
        assert _folded(item.decisions) == _folded(expected.decisions), where
        assert len(item.attachments) == expected.attachment_count, where


def test_sections_are_joined_and_dehyphenated():
    items = _meeting().items
    status = items[1]
    assert fold(status.title).endswith(fold("i Midtklyngen"))  # "Midt-" + "klyngen"
    assert "Tele-KOL" in status.minutes_text  # a real hyphen stays
    assert fold(status.case_text).startswith(
        fold("Direktørkredsen godkendte på møde den 24. april")
    )
    assert "\n\n" in status.case_text  # paragraphs stay apart
    welcome = items[0]
    assert fold(welcome.minutes_text) == fold(
        "Der var en præsentationsrunde, og dagsorden blev godkendt."
    )
    assert fold(welcome.case_text).endswith(fold("som er tilbage efter barselsorlov."))


def test_attachments_and_stray_links():
    items = _meeting().items
    politics = items[2]
    assert fold(politics.attachments[0]).startswith(fold("Referat fra møderne i den politiske"))
    assert politics.attachments[2:] == [
        "https://dagsorden.rm.dk/vis?id=2214320e-c356-420a-b40e-aeb30c7b989e",
        "https://dagsorden.rm.dk/vis?id=2214320e-c356-420a-b40e-aeb30c7b989e",
        "https://dagsorden.rm.dk/vis?id=acb8e287-5697-4f5a-964e-165fbc4334e1",
    ]
    hearing = items[8]
    assert _folded(hearing.attachments) == _folded(
        [
            "Høringsbrev Sundhedsaftalen 2024-2027",
            "Høringsparter Sundhedsaftalen 2024-2027",
            "Høringsversion Sundhedsaftalen 2024-2027",
            "Dagsordenspunkt Sundhedssamarbejdsudvalget 8. maj 2023: Pkt. 3 Godkendelse af "
            "høringsversion ny sundhedsaftale",
        ]
    )


def test_page_numbers_are_unplaced():
    meeting = _meeting()
    assert meeting.unplaced_text.splitlines()[-2:] == ["12", "13"]
    assert not any(
        line.strip() in {"12", "13"} for i in meeting.items for line in i.case_text.splitlines()
    )


def test_nothing_dropped():
    text = SEED.read_text(encoding="utf-8")
    assert_nothing_dropped(text, segment(text))
    assert_nothing_dropped(repair_text(text), segment(repair_text(text)))


def test_idempotent_and_round_trips_through_json():
    first, second = _meeting(), _meeting()
    assert first == second
    assert ParsedMeeting.from_json(first.to_json()) == first
