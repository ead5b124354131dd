"""Sections inside an item: recommendation lead-ins and at-clauses in their common forms, where
the list ends, decisions after a Referat, the case's history and signatures that are no
decisions, and attachment lists that say there are none or number their entries."""

from __future__ import annotations

import pytest

from .test_segment_cues import _only_item as _second_item


@pytest.mark.parametrize(
    "text",
    [
        "Administrationen indstiller, at udvalget godkender budgettet, og at sagen sendes videre.",
        "Indstilling: at udvalget godkender budgettet og at sagen sendes videre.",
        "Indstilling\nDet indstilles, at udvalget godkender budgettet; at sagen sendes videre.",
        "Indstilling\nForvaltningen indstiller til udvalget,\nat udvalget godkender budgettet\n"
        "at sagen sendes videre.",
        "Direktionen indstiller:\nat udvalget godkender budgettet\nat sagen sendes videre.",
    ],
)
def test_each_at_clause_is_one_recommendation(text):
    item = _second_item(f"{text}\n\nBeslutning\nGodkendt.")
    assert [r.lower() for r in item.recommendations] == [
        "at udvalget godkender budgettet",
        "at sagen sendes videre.",
    ]
    assert item.decisions == ["Godkendt."]


def test_a_subordinate_at_clause_is_not_split():
    item = _second_item(
        "Indstilling\nDet indstilles, at udvalget beslutter, at projektet fortsætter og at der "
        "afsættes midler."
    )
    assert len(item.recommendations) == 1


def test_a_wrapped_line_that_begins_with_at_continues_its_sentence():
    item = _second_item(
        "Indstilling\nDet indstilles, at udvalget drøfter erfaringerne ift.\nat understøtte "
        "arbejdet, og at der afsættes midler til\nat styrke indsatsen."
    )
    assert item.recommendations == [
        "at udvalget drøfter erfaringerne ift. at understøtte arbejdet",
        "at der afsættes midler til at styrke indsatsen.",
    ]


@pytest.mark.parametrize(
    "lead",
    ["Direktionen indstiller:", "Det indstilles:", "Forvaltningen foreslår:"],
)
def test_a_lead_in_with_a_colon_opens_the_recommendations(lead):
    item = _second_item(
        f"Sagsfremstilling\nTekst om sagen.\n\n{lead}\nAt budgettet godkendes\n"
        "At sagen sendes til regionsrådet\n\nBeslutning\nGodkendt."
    )
    assert item.recommendations == ["At budgettet godkendes", "At sagen sendes til regionsrådet"]
    assert lead.rstrip(":") in item.case_text


def test_foreslaar_opens_the_recommendations_where_nothing_stronger_does():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nForvaltningen foreslår, at udvalget godkender budgettet."
        "\n\nBeslutning\nGodkendt."
    )
    assert item.recommendations == ["at udvalget godkender budgettet."]
    assert item.is_unsure("recommendations")


def test_a_proposal_in_the_case_text_is_no_recommendation_beside_an_indstilling():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nArbejdsgruppen anbefaler, at der laves en fælles model."
        "\n\nIndstilling\nDet indstilles, at budgettet godkendes."
    )
    assert item.recommendations == ["at budgettet godkendes."]
    assert "Arbejdsgruppen anbefaler" in item.case_text


def test_prose_after_the_at_clause_ends_the_list():
    item = _second_item(
        "Indstilling\nDirektionen indstiller, at budgettet godkendes.\n\nSagen har været i "
        "høring. Den blev drøftet i juni.\n\nBeslutning\nGodkendt."
    )
    assert item.recommendations == ["at budgettet godkendes."]
    assert "Sagen har været i høring." in item.case_text


def test_a_clause_ending_in_a_colon_takes_the_lines_it_announces():
    item = _second_item(
        "Indstilling\nDet indstilles, at møderne ligger på følgende datoer:\n5. marts\n"
        "7. april\n9. maj\n\nBeslutning\nGodkendt."
    )
    assert item.recommendations == [
        "at møderne ligger på følgende datoer: 5. marts 7. april 9. maj"
    ]


@pytest.mark.parametrize(
    "section",
    [
        "Indstilling\nForvaltningen indstiller, at\n\nAlternativ indstilling\nIngen.",
        "Indstilling\nUdvalget anbefaler over for regionsrådet:\n\nPolitisk behandling\nTekst.",
        "Indstillinger: Fagafdelingen indstiller\n\nSagsbeskrivelse\nTekst.",
    ],
)
def test_a_lead_in_without_a_recommendation_is_case_text(section):
    item = _second_item(f"{section}\n\nBeslutning\nGodkendt.")
    assert item.recommendations == []
    assert item.decisions == ["Godkendt."]


def test_a_lead_in_that_names_who_before_a_numbered_list_stays_prose():
    item = _second_item(
        "Indstilling\nDirektøren indstiller, at udvalget:\n1. godkender budgettet\n"
        "2. sender sagen videre"
    )
    assert item.recommendations == ["godkender budgettet", "sender sagen videre"]


def test_a_short_outcome_under_beslutning_after_a_referat_is_the_decision():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nReferat\nUdvalget drøftede sagen længe med mange indlæg. "
        "Der var enighed om at fortsætte arbejdet.\n\nBeslutning\nGodkendt."
    )
    assert item.decisions == ["Godkendt."]
    assert "enighed" in item.minutes_text


def test_an_ordinal_does_not_make_a_decision_two_sentences():
    item = _second_item(
        "Beslutning i Udvalget den 3. marts 2020\nPunkt 8. Beslutning om køb af grund udsat.\n"
        "Dagsordenen blev herefter godkendt."
    )
    assert item.decisions == [
        "Punkt 8. Beslutning om køb af grund udsat.",
        "Dagsordenen blev herefter godkendt.",
    ]


@pytest.mark.parametrize(
    "history",
    [
        "Sagens forløb 25-03-2019 Udvalget\nGodkendt med bemærkninger.",
        "Sagens forløb\nUdvalget den 3. marts 2020\nGodkendt med bemærkninger.",
        "Tidligere beslutninger\nØkonomiudvalget den 3. marts 2020\nAnbefalet.",
    ],
)
def test_the_history_of_the_case_holds_no_decision_of_this_meeting(history):
    item = _second_item(
        f"Indstilling\nDet indstilles, at budgettet godkendes.\n\nBeslutning\nGodkendt.\n\n"
        f"{history}\n\nBilag\nBudget.pdf"
    )
    assert item.recommendations == ["at budgettet godkendes."]
    assert item.decisions == ["Godkendt."]
    assert history.split("\n")[0] in item.case_text
    assert item.attachments == ["Budget.pdf"]


def test_signatures_end_the_decision():
    item = _second_item("Beslutning\nGodkendt.\n\nUnderskrifter\nAnne Hansen\nBo Berg")
    assert item.decisions == ["Godkendt."]
    assert "Anne Hansen" in item.case_text


@pytest.mark.parametrize("none", ["Ingen", "Ingen bilag.", "-"])
def test_an_attachment_section_that_says_none_lists_none(none):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\nBilag\n{none}\n\nBeslutning\nGodkendt.")
    assert item.attachments == []


def test_attachment_numbers_without_a_full_stop_are_the_lists_numbering():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBilag\n1 Budget 2024\n2 Notat om sagen\n\n"
        "Beslutning\nGodkendt."
    )
    assert item.attachments == ["Budget 2024", "Notat om sagen"]


def test_a_number_that_is_part_of_the_name_stays():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBilag\n3 mødereferater\n\nBeslutning\nGodkendt."
    )
    assert item.attachments == ["3 mødereferater"]


@pytest.mark.parametrize(
    "heading",
    [
        "Beslutninger",
        "Beslutning truffet af Sundhedsudvalget",
        "Beslutning (Sundhedsudvalget, 21. august 2012)",
        "Behandling i udvalget",
        "Behandling i Sundhedsudvalget den 4. maj 2021:",
    ],
)
def test_more_decision_headings(heading):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{heading}\nIndstillingen blev godkendt.")
    assert item.decisions == ["Indstillingen blev godkendt."]


def test_behandling_in_a_sentence_heads_nothing():
    item = _second_item("Sagsfremstilling\nBehandling i udvalget sker i juni.\nMere tekst.")
    assert item.decisions == []


@pytest.mark.parametrize("heading", ["Referat", "Referat:"])
def test_a_referat_that_says_only_the_outcome_is_the_decision(heading):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{heading}\nTaget til efterretning.")
    assert item.decisions == ["Taget til efterretning."]


def test_a_referat_that_tells_the_discussion_is_no_decision():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nReferat\nDer var en præsentationsrunde, og dagsordenen "
        "blev godkendt."
    )
    assert item.decisions == []
    assert "præsentationsrunde" in item.minutes_text


@pytest.mark.parametrize(
    "footer", ["Side 4", "Sundhedsudvalget, 21. august 2012, side 4", "Referat - side 4 af 9"]
)
def test_a_page_footer_after_the_decision_is_no_decision(footer):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.\n\n{footer}")
    assert item.decisions == ["Godkendt."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Beslutning i Økonomiudvalget den 3. marts 2020\nAnbefales.",
            "Beslutning i Byrådet den 10. marts 2020\nGodkendt.",
        ),
        (
            "Byrådets beslutning den 10-03-2020\nGodkendt.",
            "Økonomiudvalgets beslutning den 03-03-2020\nAnbefales.",
        ),
    ],
)
def test_of_several_dated_decisions_the_latest_is_this_meetings(first, second):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{first}\n\n{second}")
    assert item.decisions == ["Godkendt."]
    assert "Anbefales." in item.minutes_text


@pytest.mark.parametrize(
    "clauses",
    [
        "at budgettet godkendes\nat sagen sendes videre",
        "Det indstilles,\n\nat budgettet godkendes,\n\nat sagen sendes videre",
        "Direktionen indstiller, at udvalget over for byrådet anbefaler,\nat budgettet "
        "godkendes,\nat sagen sendes videre",
        "Direktionen indstiller, at udvalget anbefaler over for byrådet,\n\nat budgettet "
        "godkendes,\n\nat sagen sendes videre",
        "Det indstilles,\nat budgettet for 2024 og\noverslagsårene godkendes,\nat sagen sendes "
        "videre",
    ],
)
def test_unbulleted_at_clauses_are_each_a_recommendation(clauses):
    item = _second_item(f"Indstilling\n{clauses}\n\nBeslutning\nGodkendt.")
    assert len(item.recommendations) == 2
    assert item.recommendations[0].startswith("at budgettet")
    assert item.recommendations[0].endswith("godkendes")
    assert item.recommendations[1] == "at sagen sendes videre"
    assert item.decisions == ["Godkendt."]


def test_a_full_municipal_item():
    item = _second_item(
        "Sagsnr.: 12/3456\n\nResumé\nKort om sagen.\n\nSagsfremstilling\nForvaltningen har "
        "udarbejdet et budget.\n\nØkonomi\nIngen.\n\nIndstilling\nDirektøren for Sundhed "
        "indstiller,\n1. at budgettet godkendes, og\n2. at sagen sendes videre.\n\n"
        "Beslutning i Sundhedsudvalget den 21-08-2012\nGodkendt.\nFraværende: Anne Hansen\n\n"
        "Bilag\n1. Budget 2013 (12345/12)\n2. Notat"
    )
    assert item.recommendations == ["at budgettet godkendes", "at sagen sendes videre."]
    assert item.decisions == ["Godkendt."]
    assert item.attachments == ["Budget 2013 (12345/12)", "Notat"]
    assert "Anne Hansen" in item.minutes_text


@pytest.mark.parametrize(
    "line",
    [
        "Indstilling: 1. at budgettet godkendes, 2. at sagen sendes videre",
        "Indstilling\nDet indstilles, at budgettet godkendes 2. at sagen sendes videre",
    ],
)
def test_numbered_at_clauses_run_onto_one_line(line):
    item = _second_item(f"{line}\n\nBeslutning\nGodkendt.")
    assert item.recommendations == ["at budgettet godkendes", "at sagen sendes videre"]


def test_a_sentence_beginning_with_a_small_letter_is_a_point_whose_bullet_was_lost():
    item = _second_item(
        "Indstilling\nSekretariatet indstiller, at bestyrelsen drøfter samarbejdet. godkender "
        "notatet om arbejdskraft.\n\nSagsfremstilling\nTekst."
    )
    assert item.recommendations == [
        "at bestyrelsen drøfter samarbejdet.",
        "godkender notatet om arbejdskraft.",
    ]


def test_an_abbreviation_before_a_small_letter_splits_nothing():
    item = _second_item(
        "Indstilling\nDet indstilles, at udvalget drøfter planen ift. økonomien og vedr. "
        "bemandingen.\n\nSagsfremstilling\nTekst."
    )
    assert len(item.recommendations) == 1


def test_a_lead_in_and_its_recommendation_on_one_line_are_told_apart():
    item = _second_item(
        "Indstilling\nDirektionen indstiller: At budgettet godkendes.\n\nBeslutning\nGodkendt."
    )
    assert item.recommendations == ["At budgettet godkendes."]
    assert item.case_text == "Direktionen indstiller:"


@pytest.mark.parametrize(
    "answers",
    [
        "Ad 1) Godkendt.\nAd 2) Udsat.",
        "Ad. 1: Godkendt.\nAd. 2: Udsat.",
        "Indstillingens pkt. 1: Godkendt.\nIndstillingens punkt 2: Udsat.",
    ],
)
def test_answers_to_numbered_recommendations(answers):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\nBeslutning\n{answers}")
    assert item.decisions == ["Godkendt.", "Udsat."]


@pytest.mark.parametrize(
    "heading", ["Bilagsoversigt", "Vedlagte bilag:", "Bilag til sagen", "Oversigt over bilag"]
)
def test_more_attachment_headings(heading):
    item = _second_item(
        f"Sagsfremstilling\nTekst.\n\n{heading}\n1. Budget 2024\n2. Notat\n\nBeslutning\nGodkendt."
    )
    assert item.attachments == ["Budget 2024", "Notat"]
    assert item.decisions == ["Godkendt."]


def test_who_was_absent_ends_the_attachments():
    item = _second_item(
        "Beslutning\nGodkendt.\n\nBilag\n1. Budget 2024\n2. Notat\n\nFraværende: Anne Hansen"
    )
    assert item.attachments == ["Budget 2024", "Notat"]
    assert item.decisions == ["Godkendt."]


def test_after_the_discussion_the_last_outcome_sentence_is_the_decision():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nBorgmesteren orienterede om, at der var "
        "udsendt to sager uden for dagsordenen, og foreslog, at de blev optaget som nye punkter "
        "3 og 4. Der var enighed om det, og sekretariatet sørger for at sende materialet ud "
        "igen.\n\nDagsordenen blev godkendt med ovenstående bemærkninger."
    )
    assert item.decisions == ["Dagsordenen blev godkendt med ovenstående bemærkninger."]
    assert "Borgmesteren orienterede" in item.minutes_text
    assert item.is_unsure("decisions")


def test_a_discussion_without_an_outcome_sentence_decides_nothing():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nUdvalget drøftede oplægget grundigt, og der "
        "var mange spørgsmål til økonomien. Forvaltningen svarede på spørgsmålene.\n\nDer "
        "kommer en ny sag i juni, hvor økonomien er belyst bedre, og hvor høringssvarene indgår."
    )
    assert item.decisions == []


@pytest.mark.parametrize(
    "subheading", ["Behandling på sygehuset", "Behandling i almen praksis", "Beslutning fra 2019"]
)
def test_a_subheading_about_treatment_or_an_old_decision_opens_no_decision(subheading):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{subheading}\nPatienten ses hos lægen.")
    assert item.decisions == []
    assert "Patienten ses hos lægen." in item.case_text


def test_a_proposal_in_the_middle_of_the_case_text_is_no_recommendation():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nSundhedsstyrelsen anbefaler, at kommunerne styrker "
        "indsatsen.\n\nDet har forvaltningen fulgt op på.\n\nBeslutning\nGodkendt."
    )
    assert item.recommendations == []
    assert "Sundhedsstyrelsen anbefaler" in item.case_text


@pytest.mark.parametrize(
    "section",
    [
        "Konklusion\nGodkendt.",
        "Konklusion: Godkendt.",
        "Referat/beslutning\nGodkendt.",
        "Beslutning og konklusion:\nGodkendt.",
        "BESLUTNING Godkendt.",
    ],
)
def test_conclusions_and_an_outcome_on_the_headings_line(section):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{section}")
    assert item.decisions == ["Godkendt."]


def test_a_heading_that_is_a_title_is_no_decision():
    item = _second_item("Sagsfremstilling\nTekst.\n\nBeslutning om nye regler\nMere tekst.")
    assert item.decisions == []


def test_an_adverb_after_the_verb_of_a_lead_in():
    item = _second_item(
        "Indstilling\nForvaltningen indstiller hermed, at budgettet godkendes.\n\n"
        "Beslutning\nGodkendt."
    )
    assert item.recommendations == ["at budgettet godkendes."]


def test_the_case_history_at_the_end_of_its_text_is_no_bare_outcome():
    item = _second_item(
        "Sagsfremstilling\nRegionen har lavet en ny plan for området.\n\n"
        "Planen blev godkendt af regionsrådet i 2019."
    )
    assert item.decisions == []
    assert item.case_text.endswith("Planen blev godkendt af regionsrådet i 2019.")


def test_an_outcome_alone_under_the_title_is_the_decision_whoever_it_names():
    item = _second_item("Planen blev godkendt af udvalget.")
    assert item.decisions == ["Planen blev godkendt af udvalget."]


def test_a_body_and_a_date_with_the_decision_on_its_line():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nForretningsudvalget den 5. marts 2024: Indstillingen blev "
        "tiltrådt."
    )
    assert item.decisions == ["Indstillingen blev tiltrådt."]


def test_an_attachment_naming_a_body_and_a_date_is_no_decision():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBilag\nHøringsbrev\nDagsordenspunkt Sundhedsudvalget 8. maj "
        "2023: Pkt. 3 Godkendelse af høringsversion\n\nReferat\nDer var bemærkninger."
    )
    assert item.decisions == []
    assert len(item.attachments) == 2


@pytest.mark.parametrize(
    "absence",
    [
        "Fraværende: Anne Hansen",
        "Anne Hansen (A) deltog ikke i sagens behandling.",
        "Anne Hansen (A) og Bo Berg (V) var fraværende.",
    ],
)
@pytest.mark.parametrize("referat", ["", "Referat\nDer var en drøftelse.\n\n"])
def test_who_was_absent_on_the_decisions_line_is_no_part_of_it(absence, referat):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{referat}Beslutning\nGodkendt. {absence}")
    assert item.decisions == ["Godkendt."]
    assert absence in item.minutes_text


@pytest.mark.parametrize(
    "line", ["Beslutning: Godkendt.", "Beslutning i Udvalget den 3. marts 2020: Godkendt."]
)
def test_the_decision_on_the_headings_line_is_not_repeated_in_the_minutes(line):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\n{line}")
    assert item.decisions == ["Godkendt."]
    assert "Godkendt" not in item.minutes_text


def test_beslutninger_with_a_body_and_a_lost_date_reads_as_beslutning():
    item = _second_item("Sagsfremstilling\nTekst.\n\nBeslutninger Handicaprådet den Godkendt.")
    assert item.decisions == ["Godkendt."]


def test_the_outcome_after_a_run_together_list_of_the_absent():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nIkke til stede: Anne Holm, Bo Berg "
        "Dagsordenen godkendt."
    )
    assert item.decisions == ["Dagsordenen godkendt."]
    assert "Ikke til stede: Anne Holm, Bo Berg" in item.minutes_text


@pytest.mark.parametrize(
    "line",
    [
        "Udvalget tager orienteringen til efterretning Sundheds- og Forebyggelsesudvalgets "
        "beslutning den Punkt 1 Godkendt",
        "Formandskabet indstiller: At dagsordenen godkendes Beslutninger Handicaprådet den "
        "Godkendt",
    ],
)
def test_a_decision_heading_inside_a_run_together_line(line):
    item = _second_item(f"Indstilling\n{line}")
    assert item.decisions == ["Godkendt"]
    assert "beslutning" not in " ".join(item.recommendations).lower()


def test_a_body_s_decision_with_its_date_inside_prose_cuts_nothing():
    item = _second_item(
        "Sagsfremstilling\nSagen blev sendt til Økonomiudvalgets beslutning den 3. marts 2020 "
        "sammen med budgettet.\nMere tekst om sagen."
    )
    assert item.decisions == []


def test_punkt_and_a_number_before_a_capital_answers_that_point():
    item = _second_item("Sagsfremstilling\nTekst.\n\nBeslutning\nPunkt 1 Godkendt")
    assert item.decisions == ["Godkendt"]


def test_bullets_after_a_decision_lead_in_are_the_decisions():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nUdvalget besluttede:\n- at budgettet godkendes\n"
        "- at sagen sendes videre"
    )
    assert item.decisions == ["at budgettet godkendes", "at sagen sendes videre"]
    assert item.minutes_text == "Udvalget besluttede:"


def test_an_outcome_with_the_bullets_that_complete_it():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nIndstillingen blev godkendt med følgende "
        "tilføjelser:\n- datoen flyttes\n- notatet rettes"
    )
    assert item.decisions == [
        "Indstillingen blev godkendt med følgende tilføjelser:",
        "datoen flyttes",
        "notatet rettes",
    ]


def test_bullets_in_a_discussion_before_the_outcome_stay_minutes():
    item = _second_item(
        "Sagsfremstilling\nTekst.\n\nBeslutning\nUdvalget drøftede sagen, og der blev nævnt:\n"
        "- økonomien\n- tidsplanen\n\nGodkendt."
    )
    assert item.decisions == ["Godkendt."]
    assert "- økonomien" in item.minutes_text


def test_an_attachment_line_naming_a_body_and_a_date_is_an_attachment():
    item = _second_item(
        "Bilag 1: Referat fra møde i Handicaprådet den 10. oktober 2023\n"
        "Referatet blev godkendt uden ændringer."
    )
    assert item.attachments == ["Bilag 1: Referat fra møde i Handicaprådet den 10. oktober 2023"]
    assert item.decisions == ["Referatet blev godkendt uden ændringer."]


@pytest.mark.parametrize(
    ("absent", "outcome"),
    [("Fraværende: Anne Hansen", "Godkendt."), ("Afbud: Anne Hansen (A)", "Anbefales.")],
)
def test_who_was_absent_above_the_decision_is_no_part_of_it(absent, outcome):
    item = _second_item(f"Sagsfremstilling\nTekst.\n\nBeslutning\n{absent}\n{outcome}")
    assert item.decisions == [outcome]
    assert item.minutes_text == absent


@pytest.mark.parametrize("heading", ["Konklusion", "Behandling i udvalget"])
def test_a_conclusion_of_the_case_before_the_recommendation_is_case_text(heading):
    item = _second_item(
        f"Sagsfremstilling\nTekst.\n\n{heading}\nAnalysen viser et fald i ventetiden.\n\n"
        "Indstilling\nDet indstilles, at analysen tages til efterretning."
    )
    assert item.decisions == []
    assert "Analysen viser et fald i ventetiden." in item.case_text
    assert item.recommendations == ["at analysen tages til efterretning."]
