"""Decisions told as an outcome that opens its paragraph and says more after it, the outcome
with the list of changes it was made with, and an earlier body's decision in the case text.
Made-up texts in several forms."""

from __future__ import annotations

import pytest

from .test_segment_cues import _only_item


@pytest.mark.parametrize(
    "decision",
    [
        "Godkendt som indstillet, således at mødet den 12. maj i stedet holdes den 19. maj og "
        "mødet den 3. oktober holdes den 10. oktober. Der holdes temadag den 2. april.",
        "Vedtaget med den ændring, at puljen fordeles efter antal borgere i hvert område, og at "
        "fordelingen evalueres efter et år. Forvaltningen orienterer udvalget i efteråret.",
        "Tiltrådt, idet udvalget lægger vægt på, at de frivillige foreninger inddrages tidligt "
        "i arbejdet. Sagen oversendes til Økonomiudvalget med udvalgets bemærkninger.",
        "Taget til efterretning. Udvalget ønsker en status på ventelisterne på mødet i marts, "
        "herunder hvor mange borgere der venter mere end tre måneder på en plads.",
    ],
)
def test_a_long_paragraph_under_beslutning_opening_with_the_outcome_is_the_decision(decision):
    item = _only_item(f"Sagsfremstilling\nTekst.\n\nBeslutning\n{decision}")
    assert item.decisions == [decision]


def test_a_long_discussion_under_beslutning_is_no_decision_of_its_own():
    text = (
        "Udvalget drøftede sagen grundigt, og der blev spurgt til økonomien, tidsplanen og "
        "inddragelsen af borgerne. Formanden svarede, at forvaltningen vender tilbage. Der var "
        "ikke enighed om, hvornår sagen skal behandles igen, og den blev ikke afsluttet."
    )
    item = _only_item(f"Sagsfremstilling\nTekst.\n\nBeslutning\n{text}")
    assert item.decisions == []


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt med følgende rettelser: Punkt 4 tilføjelse: Kassereren tager budgettet op med "
        "forvaltningen. Punkt 7 b. rute 12 skal være rute 21. Punkt 9: Eva Kro indtræder i "
        "gruppen.",
        "Vedtaget med disse ændringer: Mødet i maj flyttes til juni. Referenten sender "
        "listen ud inden næste møde, og formanden kontakter de nye medlemmer.",
        "Godkendt med flg. bemærkninger: Bilaget om trafik mangler side 3. Datoen for "
        "høringen rettes til den 4. april, og afsnittet om økonomi skrives om.",
    ],
)
def test_an_outcome_with_its_list_of_changes_ends_the_item(text):
    item = _only_item(text)
    assert item.decisions == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Dagsorden blev godkendt. Der blev byttet om på to punkter, da nogle medlemmer kom senere.",
        "Referatet blev godkendt. Punkt 4 rettes, så det er klart, hvem der følger op.",
        "Godkendt. Formanden takkede for de mange bidrag til dagsordenen.",
    ],
)
def test_a_referat_opening_with_the_outcome_is_the_decision(text):
    item = _only_item(f"Referat\n\n{text}\n\nOpfølgning")
    assert item.decisions == [text]


def test_a_referat_telling_the_discussion_first_stays_minutes():
    text = (
        "Der blev drøftet, hvordan rådet kan synliggøre sit arbejde. Dagsordenen blev "
        "godkendt senere."
    )
    item = _only_item(f"Referat\n\n{text}")
    assert item.decisions == []


@pytest.mark.parametrize(
    "told",
    [
        "Regionsrådet besluttede den 3. maj at udvide forsøget til alle hospitaler.",
        "Kommunalbestyrelsen besluttede i 2024 at samle tilbuddene ét sted.",
        "Byrådet besluttede på sit møde at sende planen i høring.",
        "Udvalget besluttede d. 12. juni at udskyde sagen.",
    ],
)
def test_an_earlier_bodys_decision_ending_the_case_is_no_decision_of_this_meeting(told):
    item = _only_item(f"Sagen handler om tilbuddene på området.\n\n{told}")
    assert item.decisions == []
    item = _only_item(told)
    assert item.decisions == []


def test_this_meetings_decision_in_the_past_tense_still_ends_the_case():
    item = _only_item("Sagen handler om tilbuddene.\n\nUdvalget besluttede at udsætte sagen.")
    assert item.decisions == ["Udvalget besluttede at udsætte sagen."]


@pytest.mark.parametrize(
    ("lead", "changes"),
    [
        ("Godkendt med disse tilføjelser:", ["at Trafik og Klima kommer op som faste punkter."]),
        (
            "Godkendt med følgende rettelser:",
            ["Punkt 5: datoen er den 3. maj.", "Punkt 8: Bo Berg deltog også."],
        ),
        ("Vedtaget med nedenstående ændringer:", ["Mødet i juni aflyses."]),
    ],
)
def test_an_outcome_announcing_its_changes_takes_the_paragraphs_after_it(lead, changes):
    body = "\n\n".join([lead, *changes])
    item = _only_item(f"{body}\n\n3. Eventuelt\nIntet.")
    assert item.decisions == [lead, *changes]
    assert item.case_text == ""


def test_changes_announced_under_beslutning_are_its_decisions():
    item = _only_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nGodkendt med følgende ændringer:\n\n"
        "Fristen flyttes til maj.\n\nNotatet rettes."
    )
    assert item.decisions == [
        "Godkendt med følgende ændringer:",
        "Fristen flyttes til maj.",
        "Notatet rettes.",
    ]


@pytest.mark.parametrize(
    "said", ["Intet at rapportere.", "Intet nyt at berette", "Ingen at melde."]
)
def test_nothing_to_report_is_no_decision(said):
    item = _only_item(f"Sagen handler om høringer.\n\n{said}")
    assert item.decisions == []


@pytest.mark.parametrize("said", ["Intet.", "Ingen bemærkninger."])
def test_nothing_said_to_the_item_is_still_its_outcome(said):
    item = _only_item(f"Sagen handler om høringer.\n\n{said}")
    assert item.decisions == [said]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Sag 12-3 Budget. Byrådet, 4.5.2020 Bo Berg var fraværende. Godkendt.", "Godkendt."),
        (
            "Rådet gennemgik de tre høringer kort. Taget til efterretning.",
            "Taget til efterretning.",
        ),
        ("Forvaltningen svarede på spørgsmål om tidsplanen. Drøftet", "Drøftet"),
    ],
)
def test_a_bare_outcome_ending_the_items_last_line_is_its_decision(text, outcome):
    item = _only_item(text)
    assert item.decisions == [outcome]
    assert outcome not in item.case_text


def test_a_bare_outcome_ending_a_beslutning_line_stays_with_it():
    item = _only_item("Sagsfremstilling\nTekst.\n\nBeslutning\nUdvalget drøftede sagen. Godkendt.")
    assert item.decisions == ["Udvalget drøftede sagen. Godkendt."]


def test_an_outcome_word_inside_the_last_sentence_is_not_cut_off():
    item = _only_item("Planen blev sendt i høring, og den er endnu ikke godkendt.")
    assert item.decisions == []


@pytest.mark.parametrize(
    "files",
    [
        "1.\nReferat af møde 2.3.2021 (DOC)",
        "1.\nNotat om trafik (PDF)",
        "Notat om trafik.pdf",
    ],
)
def test_a_linked_file_under_the_decisions_is_none_of_them(files):
    lines = [
        "Der blev holdt møde den 2.3.2021. Referat sendt til rådet.",
        "Rådet ønsker flere bænke ved stationen.",
        "Besøg på havnen i juni.",
    ]
    body = "\n".join(lines)
    item = _only_item(
        f"Sagsfremstilling\nTekst.\n\nKulturudvalget, den 4. marts 2021:\n\n{body}\n\n{files}"
    )
    assert item.decisions == lines
    assert files.splitlines()[-1] in item.minutes_text


@pytest.mark.parametrize(
    "decided",
    [
        "Besluttes at vi venter med invitationen til foreningerne.",
        "Det besluttes, at kassereren indhenter tre tilbud.",
        "Det blev besluttet, at mødet i maj flyttes til juni.",
    ],
)
def test_a_line_saying_what_is_decided_is_the_decision_and_the_text_after_it_case(decided):
    after = "Forslag: Foreningerne kunne inviteres til en dagspris. Som midlertidig løsning."
    item = _only_item(f"{decided}\n{after}")
    assert item.decisions == [decided]
    assert item.case_text == after


@pytest.mark.parametrize(
    "text",
    [
        "Stedet er blevet meget dyrere end de tidligere år, så bestyrelsen beslutter at indhente "
        "tilbud fra tre andre steder i Jylland og på Fyn igen, for at have noget at sammenligne "
        "med, inden der skrives kontrakt",
        "Efter en længere drøftelse af økonomien og de mange henvendelser fra medlemmerne i "
        "løbet af foråret besluttes, at foreningen holder et ekstra medlemsmøde i september "
        "om kontingentet",
    ],
)
def test_a_long_sentence_telling_the_decision_as_it_falls_ends_the_item(text):
    item = _only_item(f"Formanden orienterede.\n\n{text}")
    assert item.decisions == [text]


def test_a_recommendation_that_the_body_decide_is_no_decision_line():
    item = _only_item(
        "Sagsfremstilling\nTekst.\n\nIndstilling\n"
        "Det indstilles, at udvalget beslutter at udsætte sagen."
    )
    assert item.decisions == []


@pytest.mark.parametrize(
    ("lead", "clause"),
    [
        ("Administrationen indstiller, at", "at løsning 2 godkendes."),
        ("Forvaltningen indstiller at", "at planen sendes i høring i otte uger."),
        ("Teknik og Miljø indstiller, at", "at bevillingen gives."),
    ],
)
def test_a_recommendation_told_inside_a_run_on_paragraph(lead, clause):
    item = _only_item(
        "Sagen er sendt i høring, og partshøringen er gennemført. "
        f"{lead} {clause.removeprefix('at ')} Ansøgning Havnen har søgt om at fjerne kranen."
    )
    assert item.recommendations == [clause]
    assert "Havnen har søgt om at fjerne kranen." in item.case_text
    assert "partshøringen er gennemført." in item.case_text


@pytest.mark.parametrize(
    "text",
    [
        "Sagsfremstilling\nBestyrelsen drøftede tilbuddene.\n\nDet besluttes, at vi venter.",
        "Sagsfremstilling\nReferatet blev gennemgået.\n\nGodkendt med følgende rettelser:\n"
        "Punkt 4 flyttes til næste møde.",
    ],
)
def test_a_decision_stated_under_no_heading_is_marked_unsure(text):
    item = _only_item(text)
    assert item.decisions
    assert item.is_unsure("decisions")


def test_a_decision_under_its_heading_is_sure():
    item = _only_item("Sagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.")
    assert item.decisions == ["Godkendt."]
    assert not item.is_unsure("decisions")
