"""Minutes typed as a plain list: the outcome on the title's own line, and the document's kind
told by its outcome sentences (title_tail, items, segment)."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment
from klynge.archive.importer.title_tail import presenter_by_role, split_title_tail


@pytest.mark.parametrize(
    ("heading", "title", "tail"),
    [
        ("Godkendelse af dagsorden. Godkendt.", "Godkendelse af dagsorden", "Godkendt."),
        ("Referat fra sidste møde Godkendt med en rettelse.", "Referat fra sidste møde",
         "Godkendt med en rettelse."),
        ("Forslag om ny vedtægt. Vedtaget uden ændringer.", "Forslag om ny vedtægt",
         "Vedtaget uden ændringer."),
        ("Valg af referent- Jonas", "Valg af referent", "Jonas"),
        ("Godkendelse af dagsorden: Godkendt", "Godkendelse af dagsorden", "Godkendt"),
        ("Godkendelse af dagsorden – godkendt.", "Godkendelse af dagsorden", "godkendt."),
        ("Godkendelse af referat. Referatet blev godkendt.", "Godkendelse af referat",
         "Referatet blev godkendt."),
        ("Regnskab 2025 Taget til efterretning", "Regnskab 2025", "Taget til efterretning"),
        ("Godkendelse af dagsorden. Godkendt. D A G S O R D E N", "Godkendelse af dagsorden",
         "Godkendt."),
        ("Godkendelse af referat. Godkendt. R E F E R A T 2 0 2 6", "Godkendelse af referat",
         "Godkendt."),
        ("Valg af kasserer- Mette Holm", "Valg af kasserer", "Mette Holm"),
        ("Skal vi holde julefrokost? Karin undersøger priser", "Skal vi holde julefrokost?",
         "Karin undersøger priser"),
    ],
)  # fmt: skip
def test_what_follows_the_title_on_its_line_is_cut_off(heading, title, tail):
    assert split_title_tail(heading) == (title, tail)


@pytest.mark.parametrize(
    "heading",
    [
        "Social- og Sundhedsudvalgets budget",
        "Godkendelse af regnskab",
        "Hvad gør vi nu?",
        "Orientering om det godkendte budget",
        "Orientering: Vedtaget lokalplan for bydelen",
        "Status på projektet - godkendt budget 2026",
        "Status på projekt Sundhed- Og Trivsel i hele regionen",
    ],
)
def test_a_title_without_a_tail_is_kept_whole(heading):
    assert split_title_tail(heading)[0] == heading


@pytest.mark.parametrize(
    ("heading", "title", "who"),
    [
        ("Årsmøde 2026 ved formanden", "Årsmøde 2026", "formanden"),
        ("Nyt fra kommunen ved sekretariatet", "Nyt fra kommunen", "sekretariatet"),
        ("Oplæg ved direktør Hanne Berg", "Oplæg ved direktør Hanne Berg", ""),
        ("Ændringer ved budgettet", "Ændringer ved budgettet", ""),
    ],
)
def test_a_role_after_ved_presents_the_item(heading, title, who):
    assert presenter_by_role(heading) == (title, who)


def test_minutes_with_the_outcome_on_the_title_line():
    text = (
        "Bestyrelsesmøde 4. marts 2026\n\n"
        "Til stede: Ole Berg, Kirsten Dahl og Lise Holm\n\n"
        "1. Godkendelse af dagsorden. Godkendt.\n\n"
        "2. Referat af sidste møde. Godkendt med en rettelse af datoen.\n\n"
        "3. Valg af referent- Lise\n\n"
        "4. Årsmøde 2026 ved formanden\n"
        "Vi undersøger tre steder.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Referat af sidste møde"),
        (3, "Valg af referent"),
        (4, "Årsmøde 2026"),
    ]
    assert meeting.document_kind == "minutes"
    assert meeting.items[3].presenter == "formanden"


@pytest.mark.parametrize(
    "outcome",
    [
        "Besluttes at vi venter med invitationen.",
        "Det blev besluttet at holde mødet i Vejle.",
        "Godkendt.",
        "Vedtaget",
    ],
)
def test_an_outcome_sentence_opening_a_line_makes_minutes(outcome):
    text = (
        "Møde i bestyrelsen 4. marts 2026\n\n"
        "1. Sommerfest\nDer var forslag om flere datoer.\n"
        f"{outcome}\n\n2. Eventuelt\nIntet.\n"
    )
    assert segment(text).document_kind == "minutes"


@pytest.mark.parametrize(
    "line",
    [
        "Det indstilles, at bestyrelsen godkender budgettet.",
        "Regionsrådet besluttede den 3. maj at gå videre med planen.",
        "videnscenter og forum for fælles initiativer og\nbeslutninger.",
    ],
)
def test_an_agenda_that_proposes_or_tells_history_stays_an_agenda(line):
    text = (
        "Møde i bestyrelsen 4. marts 2026\n\n"
        f"1. Sommerfest\n{line}\nSekretariatet har undersøgt priserne på tre steder.\n\n"
        "2. Eventuelt\n"
    )
    meeting = segment(text)
    assert meeting.document_kind == "agenda"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("first", "rest", "title"),
    [
        ("Ny sammensætning af udvalget, herunder valg af", "kasserer og sekretær.",
         "Ny sammensætning af udvalget, herunder valg af kasserer og sekretær"),
        ("Orientering om samarbejdet mellem kommunen og", "Regionen.",
         "Orientering om samarbejdet mellem kommunen og Regionen"),
    ],
)  # fmt: skip
def test_a_title_cut_after_a_function_word_takes_its_rest(gap, first, rest, title):
    double = gap == "\n\n"
    text = (
        "Møde i forretningsudvalget 4. marts 2026\n\n"
        + "\n\n".join(["1. Godkendelse af dagsorden. Godkendt.", f"2. {first}{gap}{rest}"])
        + ("\n\n" if double else "\n")
        + "Der var enighed om forslaget.\n\n3. Eventuelt.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items][1] == (2, title)
    assert len(meeting.items) == 3


def test_a_run_on_page_keeps_its_items_past_a_stray_number():
    from klynge.archive.importer.reline import cut_run_together

    line = (
        "3 1. Godkendelse af dagsorden Godkendt. 2. Referat af sidste møde Godkendt med "
        "rettelser: Punkt 4 b. rute 212 skal være rute 213. Anden rettelse om punkt 6. "
        "3. Eventuelt Der var mange meninger om den nye busrute, som står i bilaget på side "
        "7. Bilag følger med referatet."
    )
    starts = [p.split(".")[0] for p in cut_run_together(line) if p[:1].isdigit()]
    assert starts[1:] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("bodies", "kind"),
    [
        (["Formanden orienterede om budgettet, og der var en god snak.",
          "Der blev nedsat en arbejdsgruppe med Ole og Kirsten."], "minutes"),
        (["Kirsten fortalte om mødet i kommunen. Ole spurgte til hjemmeplejen.",
          "Der var enighed om at vente til foråret."], "minutes"),
        (["Forvaltningen vil fremlægge budgettet. Rådet skal drøfte hjemmeplejen.",
          "Rådet skal afgive høringssvar."], "agenda"),
        (["Regionsrådet besluttede i 2024 at bygge et nyt hus.\nHuset skal nu indrettes.",
          "Rådet skal afgive høringssvar.", "Sekretariatet sender materiale ud."], "agenda"),
    ],
)  # fmt: skip
def test_a_document_without_its_kind_is_minutes_when_its_items_report(bodies, kind):
    items = "\n\n".join(f"{n}. Punkt nummer {n}\n{b}" for n, b in enumerate(bodies, 1))
    meeting = segment(f"Møde i Ældrerådet 3. marts 2026\n\n{items}\n")
    assert meeting.document_kind == kind
    assert meeting.is_unsure("document_kind")


@pytest.mark.parametrize("footer", ["Side 1 af 6", "Side! 1 af! 6", "side 1/6"])
def test_a_run_on_page_ends_with_its_footer_on_a_line_of_its_own(footer):
    prose = " Rådet talte om sagen, og der var enighed om at gå videre med planen." * 3
    line = (
        f"Referat af mødet den 3. marts 2026 1. Godkendelse af dagsorden. Godkendt.{prose} "
        f"2. Trafikplan for byen{prose} 3. Eventuelt {footer}"
    )
    meeting = segment(line + "\n")
    assert [i.title for i in meeting.items][-1] == "Eventuelt"
    assert footer in meeting.unplaced_text


@pytest.mark.parametrize("theme", ["TEMA: ØKONOMI OG BUDGET", "Tema: Ældrepolitik"])
def test_a_theme_heading_over_the_next_items_is_no_part_of_the_item_above(theme):
    text = (
        "Referat af mødet den 3. marts 2026\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
        f"2. Nyt fra formanden\nFormanden fortalte om sommerfesten.\n\n{theme}\n\n"
        "3. Budget 2027\nRådet drøftede budgettet.\n"
    )
    meeting = segment(text)
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert all(theme not in i.case_text for i in meeting.items)
    assert theme in meeting.unplaced_text
